/**
 * k-fold cross-validation of the ranker on the training articles: fold f holds out the articles
 * whose position mod k is f, trains on the rest, and scores the held-out articles as `whosaid
 * eval` does, rules-only and with the fold's ranker.
 */
import type { RankerWeights } from "../attribution/ranker/model";
import type { GoldDocument } from "../eval/gold";
import { scoreDocuments, type CategoryScore, type EvalReport } from "../eval/metrics";
import type { NameLayer } from "../eval/names";
import type { NameScore } from "../eval/name-scores";
import { createExtractor } from "../extractor";
import type { ExtractionResult } from "../types";
import type { TrainingArticle } from "./corpus";
import { trainRanker, type RankerQuote } from "./ranker";

/** Attribution accuracy of one category: by mention, and by name where the layer has rows. */
export interface AttributionFigures {
  mention: number;
  mentionOf: number;
  name: number | null;
  nameOf: number;
}

export interface SystemFigures {
  direct: AttributionFigures;
  reported: AttributionFigures;
}

export interface FoldFigures {
  /** 1-based; 0 for all folds together. */
  fold: number;
  articles: number;
  rules: SystemFigures;
  ranker: SystemFigures;
}

/** Per-fold figures, then the held-out predictions of all folds scored together (fold 0). */
export function crossValidate(
  articles: readonly TrainingArticle[], quotes: readonly RankerQuote[], folds: number, names: NameLayer | undefined,
  onFold: (figures: FoldFigures) => void = () => {},
): FoldFigures[] {
  const rules = createExtractor({ ranker: false });
  const all: { rules: Scored[]; ranker: Scored[] } = { rules: [], ranker: [] };
  const out: FoldFigures[] = [];
  for (let f = 0; f < folds; f++) {
    const weights: RankerWeights = trainRanker(quotes.filter((q) => q.article % folds !== f), `fold ${f + 1} of ${folds}`);
    const ranker = createExtractor({ ranker: weights });
    const held = articles.filter((_, k) => k % folds === f).map(goldOf);
    const byRules = held.map((gold) => ({ gold, predicted: rules.extract(gold.text) }));
    const byRanker = held.map((gold) => ({ gold, predicted: ranker.extract(gold.text) }));
    all.rules.push(...byRules);
    all.ranker.push(...byRanker);
    const figures = { fold: f + 1, articles: held.length, rules: figuresOf(byRules, names), ranker: figuresOf(byRanker, names) };
    onFold(figures);
    out.push(figures);
  }
  const total = { fold: 0, articles: articles.length, rules: figuresOf(all.rules, names), ranker: figuresOf(all.ranker, names) };
  onFold(total);
  out.push(total);
  return out;
}

type Scored = { gold: GoldDocument; predicted: ExtractionResult };

export function goldOf(article: TrainingArticle): GoldDocument {
  return { id: article.id, text: article.text, date: null, relations: article.annotations.relations };
}

export function figuresOf(pairs: readonly Scored[], names: NameLayer | undefined): SystemFigures {
  const report: EvalReport = scoreDocuments(pairs, { maxErrors: 0, ...(names && { names }) });
  const one = (score: CategoryScore, name: NameScore | undefined): AttributionFigures => ({
    mention: score.attributionAccuracy,
    mentionOf: score.foundWithSource,
    name: name && name.scored > 0 ? name.accuracy : null,
    nameOf: name?.scored ?? 0,
  });
  return { direct: one(report.direct, report.names?.direct), reported: one(report.reported, report.names?.reported) };
}

/** One line per fold: "fold 2/5 (168 articles)  direct 0.889 → 0.912 (n=1200), by name ...". */
export function formatFold(figures: FoldFigures, folds: number): string {
  const label = figures.fold === 0 ? "all folds" : `fold ${figures.fold}/${folds}`;
  const part = (category: "direct" | "reported") => {
    const r = figures.rules[category];
    const k = figures.ranker[category];
    const name = r.name === null || k.name === null ? "" : `, by name ${r.name.toFixed(3)} → ${k.name.toFixed(3)} (n=${k.nameOf})`;
    return `${category} by mention ${r.mention.toFixed(3)} → ${k.mention.toFixed(3)} (n=${k.mentionOf})${name}`;
  };
  return `${label} (${figures.articles} articles), rules → ranker: ${part("direct")}; ${part("reported")}`;
}
