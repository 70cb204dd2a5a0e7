import type { LearnedCue } from "./learn-cues";
import { THRESHOLDS } from "./thresholds";

/** The content of `src/lexicon/learned.json`. */
export interface LearnedLexicon {
  meta: {
    corpus: string;
    articles: number;
    relations: number;
    thresholds: typeof THRESHOLDS;
    /** Share of relations with a Source whose Source is a bare pronoun; the same over quotations. */
    pronounSourceShareTotal: number;
    pronounSourceShareQuotes: number;
  };
  cues: Record<string, LearnedCue>;
  titles: Record<string, number>;
  sourceHeads: Record<string, number>;
  pronounSourceShare: Record<string, number>;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function sortKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const sorted: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
    return sorted;
  }
  return value as Json;
}

/** Compact JSON with sorted keys, one entry of each top-level map per line (diff-friendly). */
export function serialiseLearned(learned: LearnedLexicon): string {
  const sorted = sortKeys(learned) as { [key: string]: Json };
  const top = Object.keys(sorted).map((key) => {
    const value = sorted[key]!;
    if (value && typeof value === "object" && !Array.isArray(value) && key !== "meta") {
      const inner = Object.keys(value).map((k) => `${JSON.stringify(k)}:${JSON.stringify(value[k])}`);
      return `${JSON.stringify(key)}:{\n${inner.join(",\n")}\n}`;
    }
    return `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  });
  return `{\n${top.join(",\n")}\n}\n`;
}
