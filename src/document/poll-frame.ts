import type { Token } from "./types";

// "In a CNN poll released Monday, 45 percent said ...": a sentence opened by a poll frame reports
// the poll's findings. The reported-speech stage takes the clause after it as the poll's, and
// attribution names the poll as the speaker of what the people answering it say there.

/** Nouns of polling that head such a frame. */
const POLL_NOUNS = new Set(["poll", "polls", "survey", "surveys", "polling"]);
/** Lower-case words that, before the poll noun, open a clause the poll stands in ("In states where exit polls were taken,"). */
const CLAUSE_TAGS = new Set(["VERB", "AUX", "SCONJ", "PRON"]);
const CLAUSE_WORDS = new Set(["where", "which", "that", "of", "when"]);
/** How many tokens the frame may run to before its comma. */
const MAX_FRAME = 16;

/**
 * The frame "In ... poll ...," whose "In" is token `at`: its closing comma and its last poll noun,
 * or null. A capitalised word before the noun is part of the sponsor's name whatever its tag ("a
 * Lakeside Herald poll"); after it, a participle may describe it ("released Monday").
 */
export function pollFrameAt(tokens: readonly Token[], at: number, end: number): { comma: number; head: number } | null {
  if (tokens[at]?.lower !== "in") return null;
  let head = -1;
  for (let k = at + 1; k < Math.min(end, at + MAX_FRAME); k++) {
    const t = tokens[k]!;
    if (t.text === ",") return head > 0 ? { comma: k, head } : null;
    // (Not a noun's modifier: "about the polling places".)
    if (POLL_NOUNS.has(t.lower) && tokens[k + 1]?.pos !== "NOUN") head = k;
    else if (head < 0 && t.text === t.lower && (CLAUSE_TAGS.has(t.pos) || CLAUSE_WORDS.has(t.lower))) return null;
  }
  return null;
}
