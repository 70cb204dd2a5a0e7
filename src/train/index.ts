/**
 * The trainer: learns whosaid's cue, title and source-head lexicon from annotated articles.
 * Node-free: it takes parsed articles and returns what to write (see scripts/train.ts).
 */
import { analyseCorpus, type TrainingArticle } from "./corpus";
import { learnCues } from "./learn-cues";
import { learnSources } from "./learn-sources";
import { serialiseLearned, type LearnedLexicon } from "./learned-json";
import { relationsOf } from "./relations";
import { statisticsMarkdown } from "./stats";
import { THRESHOLDS } from "./thresholds";
import { round } from "./words";

export type { TrainingArticle } from "./corpus";
export type { LearnedLexicon } from "./learned-json";
export type { LearnedCue } from "./learn-cues";
export { replaceStatisticsBlock } from "./stats";

/** What {@link trainLexicon} produces. */
export interface TrainingResult {
  learned: LearnedLexicon;
  /** `learned` as written to learned.json. */
  json: string;
  /** The statistics block of docs/training.md. */
  statistics: string;
}

/**
 * Learn the lexicon from `articles` (in the order given; the result depends only on them).
 * `corpus` names them in `meta.corpus`.
 */
export function trainLexicon(articles: readonly TrainingArticle[], corpus: string): TrainingResult {
  const documents = analyseCorpus(articles);
  const { relations, degenerate } = relationsOf(documents);
  const cues = learnCues(documents, relations);
  const sources = learnSources(documents, relations);
  const sourced = relations.filter((r) => r.source);
  const share = (part: number, whole: number) => (whole ? part / whole : 0);
  const sum = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  const learned: LearnedLexicon = {
    meta: {
      corpus,
      articles: documents.length,
      relations: relations.length,
      thresholds: THRESHOLDS,
      pronounSourceShareTotal: round(share(sum(sources.pronounRelations), sourced.length), 4),
      pronounSourceShareQuotes: round(share(sum(sources.pronounQuotations), sourced.filter((r) => r.isQuote).length), 4),
    },
    cues: cues.cues,
    titles: sources.titles,
    sourceHeads: sources.sourceHeads,
    pronounSourceShare: sources.pronounSourceShare,
  };
  const json = serialiseLearned(learned);
  const statistics = statisticsMarkdown({ documents, relations, degenerate, cues, sources, jsonLength: json.length });
  return { learned, json, statistics };
}
