import type { CorpusDocument } from "./corpus";
import { textBoundsOfType } from "./corpus";
import { cueCoreRange } from "./cue-core";
import type { Complement, TrainingRelation } from "./relations";
import { THRESHOLDS } from "./thresholds";
import { LEAD, STOP } from "./word-lists";
import { byCodeUnits, inc, round, words } from "./words";

/** What `learned.json` holds for one cue form. */
export interface LearnedCue {
  count: number;
  precision: number;
  relations: number;
  that: number;
  quote: number;
  sourceBefore: number;
  sourceAfter: number;
  contentBefore: number;
  takes: Complement;
}

/** The cue forms learned, and counts of the Cue spans read (for the statistics). */
export interface CueLearning {
  cues: Record<string, LearnedCue>;
  /** Cue spans in the annotations, and those of punctuation only (a colon). */
  cueSpans: number;
  punctuationOnlyCueSpans: number;
}

/** Learn the cue lexicon: every Cue core, its precision in the text, and its relations' shape. */
export function learnCues(documents: readonly CorpusDocument[], relations: readonly TrainingRelation[]): CueLearning {
  const { candidates, coreSpans, cueSpans, punctuationOnlyCueSpans } = cueCandidates(documents);
  const { total, annotated } = countOccurrences(documents, candidates, coreSpans);
  const stats = relationStats(relations);
  const cues: Record<string, LearnedCue> = {};
  for (const form of [...candidates].sort(byCodeUnits)) {
    const count = annotated.get(form) ?? 0;
    const all = total.get(form) ?? 0;
    if (count < THRESHOLDS.cueMinCount || all === 0) continue;
    const precision = count / all;
    if (precision < THRESHOLDS.cueMinPrecision) continue;
    const st = stats.get(form);
    if (!st || st.n === 0) continue;
    cues[form] = {
      count,
      precision: round(precision),
      relations: st.n,
      that: round(st.that / st.n, 2),
      quote: round(st.quote / st.n, 2),
      sourceBefore: round(st.before / st.n, 2),
      sourceAfter: round(st.after / st.n, 2),
      contentBefore: round(st.contentBefore / st.n, 2),
      takes: mostFrequent(st.takes),
    };
  }
  return { cues, cueSpans, punctuationOnlyCueSpans };
}

/**
 * The cores of every Cue span (words, at most `cueMaxWords`, not only stop words), and per
 * document the "start:end" offsets of each Cue fragment's core: an occurrence of a form counts
 * as annotated when it is exactly one of them.
 */
function cueCandidates(documents: readonly CorpusDocument[]) {
  const candidates = new Set<string>();
  const coreSpans = new Map<CorpusDocument, Set<string>>();
  let cueSpans = 0;
  let punctuationOnlyCueSpans = 0;
  for (const document of documents) {
    const spans = new Set<string>();
    coreSpans.set(document, spans);
    for (const bound of textBoundsOfType(document, "Cue")) {
      cueSpans++;
      for (const fragment of bound.spans) {
        const ws = words(fragment.text, fragment.start);
        if (ws.length === 0) {
          punctuationOnlyCueSpans++;
          continue;
        }
        const { from, to } = cueCoreRange(ws.map((w) => w.w));
        const core = ws.slice(from, to).map((w) => w.w);
        spans.add(`${ws[from]!.start}:${ws[to - 1]!.end}`);
        if (core.length > THRESHOLDS.cueMaxWords) continue;
        if (core.every((w) => STOP.has(w) || LEAD.has(w))) continue;
        candidates.add(core.join(" "));
      }
    }
  }
  return { candidates, coreSpans, cueSpans, punctuationOnlyCueSpans };
}

/**
 * Every occurrence of every candidate form outside quotation marks (words inside them, "I want
 * ...", are what was said, not the writer's cues), and those that are exactly an annotated core.
 */
function countOccurrences(
  documents: readonly CorpusDocument[],
  candidates: ReadonlySet<string>,
  coreSpans: ReadonlyMap<CorpusDocument, ReadonlySet<string>>,
): { total: Map<string, number>; annotated: Map<string, number> } {
  const maxWords = Math.max(...[...candidates].map((c) => c.split(" ").length));
  const total = new Map<string, number>();
  const annotated = new Map<string, number>();
  for (const document of documents) {
    const spans = coreSpans.get(document)!;
    const ws = words(document.text);
    const quoted = document.quoted;
    for (let i = 0; i < ws.length; i++) {
      if (quoted.some(([a, b]) => ws[i]!.start >= a && ws[i]!.start < b)) continue;
      let key = "";
      for (let n = 1; n <= maxWords && i + n <= ws.length; n++) {
        key = n === 1 ? ws[i]!.w : `${key} ${ws[i + n - 1]!.w}`;
        if (!candidates.has(key)) continue;
        inc(total, key);
        if (spans.has(`${ws[i]!.start}:${ws[i + n - 1]!.end}`)) inc(annotated, key);
      }
    }
  }
  return { total, annotated };
}

interface CueRelationStats {
  n: number;
  that: number;
  quote: number;
  before: number;
  after: number;
  contentBefore: number;
  takes: Map<Complement, number>;
}

/** Per core form: how its relations' Contents and Sources are placed. */
function relationStats(relations: readonly TrainingRelation[]): Map<string, CueRelationStats> {
  const stats = new Map<string, CueRelationStats>();
  for (const relation of relations) {
    for (const core of relation.cores) {
      let st = stats.get(core);
      if (!st) stats.set(core, (st = { n: 0, that: 0, quote: 0, before: 0, after: 0, contentBefore: 0, takes: new Map() }));
      st.n++;
      if (relation.complement === "that") st.that++;
      if (relation.isQuote) st.quote++;
      if (relation.source?.position === "before") st.before++;
      if (relation.source?.position === "after") st.after++;
      if (relation.contentPosition === "before") st.contentBefore++;
      inc(st.takes, relation.argument);
    }
  }
  return stats;
}

/** The most frequent key (ties: the first in code-unit order). */
function mostFrequent<K extends string>(counts: ReadonlyMap<K, number>): K {
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || byCodeUnits(x[0], y[0]))[0]![0];
}
