import { countStartingBefore } from "../document/sorted";
import type { Token } from "../document/types";
import { insideQuotation } from "./coref/inside-quotation";
import type { Entity, Mention } from "./types";

/** Conjunctions that open a clause of its own after a comma: ", and he said" has left the relative clause. */
const JOINING = new Set(["and", "but", "yet", "so"]);

/**
 * The person a "he" or "she" inside a relative clause set off by ", who" refers to: the name the
 * relative stands for ("The senator rallied for Eric Voss, who is running for Congress and who
 * worked the crowd as he promised to ..." is Voss, not the senator), when no other person the
 * pronoun could be is named (outside quotation marks) between the relative and the pronoun.
 * Undefined when the pronoun is not in such a clause, right after "who" ("Ann Lee, who he
 * praised": the relative is the object), or after a comma (", he added", ", and he said": the
 * relative clause has ended).
 */
export function relativeClauseHost(
  pronoun: Mention, mentions: readonly Mention[], tokens: readonly Token[],
  entityOf: (m: Mention) => Entity | undefined, fits: (e: Entity) => boolean,
): Entity | undefined {
  const at = pronoun.firstToken;
  const sentence = tokens[at]!.sentence;
  // ", and he said": a clause of its own; ", he added": an attribution after the clause has ended.
  if (tokens[at - 1]?.text === "," || (JOINING.has(tokens[at - 1]?.lower ?? "") && tokens[at - 2]?.text === ",")) return undefined;
  let who = -1;
  for (let k = at - 1; k > 0 && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.lower === "who" && tokens[k - 1]!.text === ",") {
      who = k;
      break;
    }
  }
  // "Marco Rubio, who he dubbed ...": the pronoun is the clause's subject, the relative its object.
  if (who < 0 || who === at - 1) return undefined;
  let host: Entity | undefined;
  for (let i = countStartingBefore(mentions, pronoun.start) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.firstToken < 0 || tokens[m.firstToken]!.sentence !== sentence) break;
    if (m.kind !== "name") continue;
    const e = entityOf(m);
    if (m.firstToken > who) {
      // Someone else the pronoun could be, named inside the clause.
      if (e && e.kind === "person" && fits(e) && !insideQuotation(tokens, m.firstToken)) return undefined;
    } else if (m.endToken === who - 1) {
      host = e && e.kind === "person" && fits(e) ? e : undefined;
      break;
    }
  }
  return host;
}
