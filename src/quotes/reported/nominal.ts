import type { Doc, Sentence } from "../../document/types";
import type { CueMatch, CueMatcher } from "../../lexicon/match";
import { clause, type Span } from "./clause";
import { hasVerb, nextComma, tokenIndexAfter } from "./phrases";
import { inQuote, type Range, type Region } from "./region";

// Nominalised cues: a noun of saying after its speaker's possessive introduces a clause:
// "his statement that the ferry will run", "Lee's reply: the ferry will run". Not lexicon cues
// (most of these nouns are no cue on their own: "a statement", "the reply").

const SPEECH_NOUNS = new Set([
  "statement", "claim", "claims", "assertion", "remark", "remarks", "comment", "comments", "reply", "response", "answer",
  "warning", "argument", "contention", "insistence", "suggestion", "promise", "pledge", "vow", "announcement",
  "admission", "accusation", "allegation", "prediction", "assurance", "message", "explanation", "complaint",
  "view", "belief", "hope", "fear", "conclusion", "verdict", "position",
]);

const POSSESSIVES = new Set(["'s", "\u2019s", "his", "her", "their", "its", "our", "my", "your", "s'", "s\u2019"]);

/** How many adjectives may stand between the possessive and the noun ("his repeated public claim that"). */
const MAX_ADJECTIVES = 3;

/** The token before noun `i` past its adjectives: where its owner's possessive stands. */
function ownerEnd(tokens: Doc["tokens"], s: Sentence, i: number): number {
  let k = i - 1;
  while (k > s.firstToken && i - 1 - k < MAX_ADJECTIVES && tokens[k]!.pos === "ADJ") k--;
  return k;
}

/** The weight given to a nominal cue: as strong as a learned cue of middling precision. */
const NOMINAL_WEIGHT = 0.5;

/** The clauses that nominalised cues of sentence `s` introduce, with their cues. */
export function nominalClauses(doc: Doc, s: Sentence, last: number, blocked: readonly Range[], matcher: CueMatcher): Array<Span & { cue: CueMatch }> {
  const { tokens } = doc;
  const out: Array<Span & { cue: CueMatch }> = [];
  for (let i = s.firstToken + 1; i < last - 1; i++) {
    const noun = tokens[i]!;
    if (!SPEECH_NOUNS.has(noun.lower) || !POSSESSIVES.has(tokens[ownerEnd(tokens, s, i)]!.lower)) continue;
    const r: Region = { first: s.firstToken, last, blocked, doc, matcher, leadsInto: null };
    if (inQuote(r, noun)) continue;
    const marker = tokens[i + 1]!;
    const opensClause = marker.lower === "that" ? !/^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? "") : marker.text === ":";
    if (!opensClause || !hasVerb(tokens, i + 2, last)) continue;
    // The noun's clause is shorter than a verb's: it ends at the next comma ("After his statement
    // that X, the mayor left").
    const found = clause(tokens, r, i + 2, nextComma(tokens, i + 2, last));
    if (!found) continue;
    out.push({ ...found, cue: { text: noun.text, start: noun.start, end: noun.end, firstToken: i, endToken: i + 1, lemma: noun.lower, weight: NOMINAL_WEIGHT } });
    i = tokenIndexAfter(tokens, i + 1, found.end) - 1;
  }
  return out;
}
