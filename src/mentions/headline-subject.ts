import { ARTICLES } from "./words";
import type { Token } from "../document/types";
import type { Entity, Mention } from "./types";
import { headOfMention } from "./coref/heads";
import { isFirstName } from "./lexicon";
import { lastWord } from "./coref/name-index";

/** How many sentences after the headline the lede may take to describe what the headline names bare. */
const LEDE_SENTENCES = 3;

/**
 * A headline names its subject bare, by a common noun ("Newspaper Says Lee Must Visit", "Poll: Lee
 * Trails", "Republican seeks new inquiry"); the lede then describes it with a determiner and the
 * same head ("a Baton Rouge newspaper called on", "according to a poll ... by Civic Pulse", "the
 * Utah Republican asks") or names someone with it as title ("This Big-Name Senator Endorsed Voss",
 * "Alabama Sen. Dale Harmon"), and that description is linked to whom it stands for. The headline's
 * word, which no other mention shares, joins the lede's description's entity when the article names
 * that entity (by a name, or by its issuer: "the Quinnipiac University poll").
 */
export function mergeHeadlineSubjects(
  mentions: readonly Mention[], tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined, lines = 1,
): void {
  for (let at = 0; at < mentions.length; at++) {
    const m = mentions[at]!;
    if (m.firstToken < 0) continue;
    if (tokens[m.firstToken]!.sentence >= lines) break;
    const e = entityOf(m);
    if (m.kind === "pronoun" || !e || e.mentions.length !== 1 || ARTICLES.has(tokens[m.extentFirstToken]!.lower)) continue;
    const head = headWord(m.text);
    // A headline phrase that names someone ("Elizabeth Warren Hammers Wells Fargo CEO") is no bare role.
    const bare = !m.text.split(/\s+/).some((w) => isFirstName(w.toLowerCase()));
    const target = ledeDescription(mentions, at, tokens, head, entityOf, bare, lines);
    // A description of nothing named ("a new poll", "a Romanian hacker") would only reword the headline's noun.
    if (!target || target === e || headWord(target.name) === head) continue;
    m.entity = target.id;
    target.mentions.push(m);
    e.mentions = [];
  }
}

/** The entity of the first description in the lede with a determiner and this head ("a Baton Rouge newspaper"). */
function ledeDescription(
  mentions: readonly Mention[], at: number, tokens: readonly Token[], head: string, entityOf: (m: Mention) => Entity | undefined, bare: boolean,
  lines: number,
): Entity | undefined {
  for (let k = at + 1; k < mentions.length; k++) {
    const x = mentions[k]!;
    if (x.firstToken < 0) continue;
    const sentence = tokens[x.firstToken]!.sentence;
    if (sentence < lines || x.kind === "pronoun") continue;
    if (sentence >= lines + LEDE_SENTENCES) return undefined;
    // "This Big-Name Senator Endorsed Voss" ... "Alabama Sen. Dale Harmon": a name the lede titles with the head.
    const titled = bare && x.kind === "name" && x.title !== undefined && headOfMention(x) === head;
    if (!titled && (headWord(x.text) !== head || !afterDeterminer(x, tokens))) continue;
    // "a new national poll shows ... The latest Quill Research poll shows": an unnamed description
    // only rewords the headline's noun; a later one of the lede with the same head may name it.
    const e = entityOf(x);
    if (e && !titled && headWord(e.name) === head) continue;
    return e;
  }
  return undefined;
}

/** "a Baton Rouge newspaper", "the Utah Republican" (an epithet's extent leaves its article out). */
function afterDeterminer(x: Mention, tokens: readonly Token[]): boolean {
  const before = tokens[x.extentFirstToken - 1];
  return ARTICLES.has(tokens[x.extentFirstToken]!.lower) || (before?.sentence === tokens[x.extentFirstToken]!.sentence && ARTICLES.has(before.lower));
}

/** The last word of a mention's text or an entity's name, lower case. */
function headWord(text: string): string {
  return lastWord(text.trim());
}
