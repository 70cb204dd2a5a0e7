import { isSubordinator, openingClauseEnd } from "../document/opening-clause";
import { countStartingBefore } from "../document/sorted";
import type { Token } from "../document/types";
import { isClauseSubject } from "./salience";
import type { Entity, Mention } from "./types";

/** Adverbs that may stand before the subordinator of a fronted clause: "Ever since she", "Even as they", "Just as he". */
const BEFORE_SUBORDINATOR = new Set(["ever", "even", "just", "only", "long"]);

/**
 * The referent a pronoun points forward to: a pronoun that is the subject of a clause opening its
 * sentence ("Ever since she endorsed Lee, Ann Reyes has been", "As they left, Lee supporters
 * cheered") refers to the main clause's subject when that subject is a name or a description
 * right after the clause's comma; a writer who meant someone else would have named them in the
 * clause and used the pronoun after it. Undefined when the sentence has no such shape, or when
 * `fits` (the pronoun's agreement) rejects the main subject.
 */
export function cataphoricReferent(
  pronoun: Mention, mentions: readonly Mention[], tokens: readonly Token[],
  entityOf: (m: Mention) => Entity | undefined, fits: (e: Entity) => boolean,
): Entity | undefined {
  const opener = fronting(tokens, pronoun.firstToken);
  if (opener < 0) return undefined;
  const sentence = tokens[pronoun.firstToken]!.sentence;
  let end = tokens.length;
  for (let k = pronoun.firstToken; k < tokens.length; k++) if (tokens[k]!.sentence !== sentence) {
    end = k;
    break;
  }
  const comma = openingClauseEnd(tokens, opener, end);
  if (comma < 0) return undefined;
  for (let k = countStartingBefore(mentions, tokens[comma]!.end); k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.extentFirstToken < comma + 1) continue;
    if (m.extentFirstToken > comma + 1 || m.kind === "pronoun" || !isClauseSubject(m, tokens)) return undefined;
    const e = entityOf(m);
    return e && fits(e) ? e : undefined;
  }
  return undefined;
}

/**
 * The token of the subordinator whose clause the pronoun at `k` is the subject of, when that
 * clause opens the sentence ("When he", "Ever since she"); else -1.
 */
function fronting(tokens: readonly Token[], k: number): number {
  const sub = tokens[k - 1];
  if (!sub || !(isSubordinator(sub) || sub.pos === "SCONJ")) return -1;
  const before = tokens[k - 2];
  const opensSentence = !before || before.sentence !== tokens[k]!.sentence;
  if (opensSentence) return k - 1;
  const first = tokens[k - 3];
  return BEFORE_SUBORDINATOR.has(before.lower) && (!first || first.sentence !== before.sentence) ? k - 1 : -1;
}
