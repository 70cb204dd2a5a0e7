import { WhosaidError } from "../errors";
import type { CueTakes } from "./cues";

/**
 * What the extractor reads of one learned cue form (`npm run train` writes more fields, such as
 * `count` and `relations`; they are allowed and ignored).
 */
export interface LearnedCueFigures {
  /** Share of the form's occurrences (outside quotation marks) that annotators marked as a cue, 0..1. */
  precision: number;
  /** What the cue usually introduces. */
  takes: CueTakes;
  /** Shares of its relations with the Content before the cue, the Source before it, the Source after it; 0..1 each. */
  contentBefore: number;
  sourceBefore: number;
  sourceAfter: number;
}

/**
 * A lexicon written by `npm run train` (its `--out` file, parsed as JSON). Only `cues` is read at
 * run time; `meta`, `titles` and the other maps may be present and are ignored.
 */
export interface LearnedLexicon {
  /** Lower-case cue form (a word or a phrase) -> its figures. */
  cues: Record<string, LearnedCueFigures>;
}

const TAKES: readonly CueTakes[] = ["quote", "that", "clause", "to", "wh", "np"];
const SHARES = ["precision", "contentBefore", "sourceBefore", "sourceAfter"] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The cue forms of a learned lexicon, checked, keyed by their lower-case form.
 *
 * @throws WhosaidError `INVALID_OPTION` naming the first field that is not as `npm run train` writes it.
 */
export function learnedCueForms(learned: unknown): Map<string, LearnedCueFigures> {
  const fail = (where: string, why: string): never => {
    throw new WhosaidError("INVALID_OPTION", `learned${where} ${why} (pass the parsed JSON that npm run train writes)`);
  };
  if (!isObject(learned)) fail("", `must be an object with a cues map, got ${learned === null ? "null" : typeof learned}`);
  const cues = (learned as Record<string, unknown>).cues;
  if (!isObject(cues)) fail(".cues", "must be an object of cue form -> figures");
  const forms = new Map<string, LearnedCueFigures>();
  for (const [form, figures] of Object.entries(cues as Record<string, unknown>)) {
    const where = `.cues[${JSON.stringify(form)}]`;
    const key = form.toLowerCase().trim().replace(/\s+/g, " ");
    if (key === "") fail(where, "needs a non-empty cue form as its key");
    if (!isObject(figures)) fail(where, "must be an object");
    const entry = figures as Record<string, unknown>;
    for (const share of SHARES) {
      const value = entry[share];
      if (typeof value !== "number" || !(value >= 0 && value <= 1)) fail(`${where}.${share}`, `must be a number in 0..1, got ${JSON.stringify(value)}`);
    }
    if (!TAKES.includes(entry.takes as CueTakes)) fail(`${where}.takes`, `must be one of ${TAKES.join(", ")}, got ${JSON.stringify(entry.takes)}`);
    forms.set(key, {
      precision: entry.precision as number,
      takes: entry.takes as CueTakes,
      contentBefore: entry.contentBefore as number,
      sourceBefore: entry.sourceBefore as number,
      sourceAfter: entry.sourceAfter as number,
    });
  }
  return forms;
}
