/** The person an epithet that is no listed role describes: by age, by the sentence before, by salience. */

import type { Token } from "../../document/types";
import { EPITHET_REACH } from "../epithet-referents";
import type { Entity, Mention } from "../types";
import { headOfMention } from "./heads";
import { isFullName } from "./name-index";

/** How many sentences back an epithet that is no role looks for the sentence naming its person. */
const EPITHET_SENTENCES = 6;

/**
 * The person an epithet that is no role ("the 19-year-old", "the Portuguese") describes: the one
 * person named in the nearest sentence before it that names anyone (outside quotation marks);
 * none when that sentence names two. A sports report or a vox pop names each speaker in the
 * sentence before the quotation, where the article's most named person is often someone else.
 */
export function nearestSentencePerson(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[],
  entityOf: (m: Mention) => Entity | undefined, person: (x: Mention, e: Entity) => boolean,
): Entity | undefined {
  const sentence = tokens[m.firstToken]!.sentence;
  let found: Entity | undefined;
  let foundSentence = -1;
  for (let k = at - 1; k >= 0; k--) {
    const x = mentions[k]!;
    const s = tokens[x.firstToken]!.sentence;
    if (foundSentence >= 0 && s !== foundSentence) break;
    if (sentence - s > EPITHET_SENTENCES) break;
    const e = entityOf(x);
    if (!e || !person(x, e)) continue;
    if (found && found !== e) return undefined;
    found = e;
    foundSentence = s;
  }
  return found;
}

/**
 * The person "the 24-year-old" describes when the article gave someone that age before it: "An
 * illegal miner, 24, who ...", "Ann Lee (24) said", "Ann Lee, who is 24,". Ages set off so are
 * facts the writer matches on purpose, so they outrank who was named last, however far back the
 * age was given (a profile gives it in its first lines and quotes "the 58-year-old" at its end).
 */
export function agedReferent(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  const age = /\b(\d{1,3})-year-old\b/.exec(m.text)?.[1];
  if (age === undefined) return undefined;
  for (let k = at - 1; k >= 0; k--) {
    const x = mentions[k]!;
    const e = entityOf(x);
    if (ageSetOff(tokens, x.extentEndToken, age) && (e?.kind === "person" || e?.kind === "unknown")) return e;
  }
  return undefined;
}

/** Whether the tokens from `at` give an age set off after a name: ", 24," "(24)" ", who is 24,". */
function ageSetOff(tokens: readonly Token[], at: number, age: string): boolean {
  const open = tokens[at]?.text;
  const relative = open === "," && tokens[at + 1]?.lower === "who" && tokens[at + 2]?.lower === "is" ? 2 : 0;
  const close = tokens[at + relative + 2]?.text;
  if (tokens[at + relative + 1]?.text !== age) return false;
  return (open === "," && (close === "," || close === ".")) || (open === "(" && close === ")" && relative === 0);
}

/**
 * The person an epithet describes ("the soft-spoken owner", "the 71-year-old", "the Florida
 * senator" with no senator named before): the one person named in the text just before it, when
 * only one is. With two or more, the one the whole article names most often: an article calls
 * its main figure "the candidate"; with a tie it is not clear which, and the epithet stays an
 * entity of its own.
 */
export function epithetReferent(
  m: Mention, mentions: readonly Mention[], at: number, entityOf: (m: Mention) => Entity | undefined, counts: (x: Mention) => boolean = () => true,
): Entity | undefined {
  if (m.category !== "person" || m.plural) return undefined;
  const near = new Set<Entity>();
  for (let k = at - 1; k >= 0; k--) {
    const other = mentions[k]!;
    if (m.start - other.end > EPITHET_REACH) break;
    if (other.kind !== "name" || !counts(other)) continue;
    const e = entityOf(other);
    if (e && e.kind === "person") near.add(e);
  }
  if (near.size <= 1) return near.values().next().value;
  return mostNamed(near);
}

/** Of these entities, the one with the most name mentions in the article, if no other has as many. */
function mostNamed(candidates: ReadonlySet<Entity>): Entity | undefined {
  let best: Entity | undefined;
  let bestCount = 0;
  let tied = false;
  for (const e of candidates) {
    let count = 0;
    for (const x of e.mentions) if (x.kind === "name") count++;
    if (count > bestCount) {
      best = e;
      bestCount = count;
      tied = false;
    } else if (count === bestCount) tied = true;
  }
  return tied ? undefined : best;
}

/**
 * The person the sentence after a description introduces by full name under a title of another
 * role ("the pilot asked for volunteers. So Labor Secretary Ann Lee moved to the back"): that
 * person is not the one the description means, though the headline may have named them before.
 */
export function introducedInOtherRole(
  m: Mention, head: string, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  const next = (tokens[m.firstToken]?.sentence ?? -2) + 1;
  for (let k = at + 1; k < mentions.length; k++) {
    const x = mentions[k]!;
    if (x.firstToken < 0) continue;
    const sentence = tokens[x.firstToken]!.sentence;
    if (sentence > next) return undefined;
    if (sentence < next || x.kind !== "name" || x.title === undefined || !isFullName(x.text)) continue;
    const titleHead = headOfMention(x);
    const e = entityOf(x);
    // The first full name of the entity: a person named in full before is known, not introduced.
    const introduced = e?.mentions.find((y) => y.kind === "name" && isFullName(y.text)) === x;
    if (titleHead !== "" && titleHead !== head && introduced) return e;
  }
  return undefined;
}
