import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ExtractionResult } from "../../src/index";

/** One quote as a hand-written expected file states it: only the fields given are asserted. */
export interface ExpectedQuote {
  type?: string;
  text?: string;
  /** The speaker's name, or null for no speaker. */
  speaker?: string | null;
  /** The cue's text, or null for no cue. */
  cue?: string | null;
}

export interface RegressionCase {
  name: string;
  text: string;
  expected: { note?: string; quotes: ExpectedQuote[] };
}

/** Every `NAME.txt` of a folder with its hand-written `NAME.expected.json`. */
export function readCases(dir: string): RegressionCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".txt".length);
      return {
        name,
        text: readFileSync(join(dir, f), "utf8"),
        expected: JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as RegressionCase["expected"],
      };
    });
}

/** The output reduced to the fields each expected quote states, to compare with `toEqual`. */
export function actualFor(result: ExtractionResult, expected: readonly ExpectedQuote[]): ExpectedQuote[] {
  return result.quotes.map((q, k) => {
    const want = expected[k] ?? { type: "", text: "", speaker: null, cue: null };
    const got: ExpectedQuote = {};
    if ("type" in want) got.type = q.type;
    if ("text" in want) got.text = q.text;
    if ("speaker" in want) got.speaker = q.speaker?.name ?? null;
    if ("cue" in want) got.cue = q.cue?.text ?? null;
    return got;
  });
}
