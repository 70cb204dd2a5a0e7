import { DETS, LEAD, MEDIUM, MEDIUM_LEAD, NOT_ADVERB, STOP, TIME_LEAD, TIME_NOUNS, TRAIL_TIME } from "./word-lists";

const isAdverb = (w: string): boolean => w.length >= 6 && w.endsWith("ly") && !NOT_ADVERB.has(w);

/** How far back from the medium noun a preposition opening its phrase may stand. */
const MEDIUM_PHRASE_WORDS = 5;

/**
 * The core of a cue phrase (lowercase words), as the slice [from, to) of it: leading auxiliaries,
 * modals, negation and adverbs go ("has also said" -> "said"), so do trailing dates and medium
 * phrases ("said tuesday", "said in a statement", "wrote on twitter" -> "said", "wrote").
 */
export function cueCoreRange(ws: readonly string[]): { from: number; to: number } {
  let from = 0;
  let to = ws.length;
  while (to - from > 1 && (LEAD.has(ws[from]!) || isAdverb(ws[from]!))) from++;
  for (let changed = true; changed && to - from > 1; ) {
    changed = false;
    const last = ws[to - 1]!;
    if (to - from > 2 && TIME_NOUNS.has(last) && TIME_LEAD.has(ws[to - 2]!)) {
      to -= 2;
      changed = true;
    } else if (TRAIL_TIME.has(last) || isAdverb(last) || last === "that") {
      to -= 1;
      changed = true;
    } else if (MEDIUM.has(last)) {
      const k = mediumPhraseStart(ws, from, to);
      if (k >= 0) {
        to = k;
        changed = true;
      }
    }
  }
  return { from, to };
}

/**
 * Where the medium phrase that ends at `to` starts ("in a statement"): the nearest preposition
 * before the medium noun, if the words between are a determiner and content words; else -1.
 */
function mediumPhraseStart(ws: readonly string[], from: number, to: number): number {
  for (let k = to - 2; k >= Math.max(from + 1, to - MEDIUM_PHRASE_WORDS); k--) {
    if (!MEDIUM_LEAD.has(ws[k]!)) continue;
    const between = ws.slice(k + 1, to - 1);
    return between.every((w, i) => (i === 0 && DETS.has(w)) || !STOP.has(w)) ? k : -1;
  }
  return -1;
}

/** The core words of a cue phrase (see {@link cueCoreRange}). */
export function cueCore(ws: readonly string[]): string[] {
  const { from, to } = cueCoreRange(ws);
  return ws.slice(from, to);
}
