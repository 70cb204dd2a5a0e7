/**
 * The ranker's training examples: every quote the extractor finds in an annotated article, with
 * the speaker candidates the rules and the mention index propose and their features, labelled by
 * the gold Source of the relation the evaluation pairs the quote with.
 */
import { FEATURE_NAMES } from "../attribution/ranker/features";
import { pairWithGold } from "../eval/metrics";
import { createCandidateCollector } from "../extractor";
import type { GoldSpan } from "../eval/gold";
import type { TrainingArticle } from "./corpus";

/** Which model a quote trains: quotations in marks (direct, partial) or reported speech. */
export type RankerCategory = "direct" | "reported";

/** One quote paired with a gold relation that has a Source (a quotation in marks only if some built-in rule attributed it). */
export interface RankerQuote {
  /** Position of its article in the training articles. */
  article: number;
  category: RankerCategory;
  /** One vector per candidate, in the order of FEATURE_NAMES. */
  features: number[][];
  /** Whether each candidate overlaps the gold Source. */
  labels: boolean[];
  /** Whether a built-in rule attributed the quote with minConfidence: then the ranker never abstains. */
  confident: boolean;
}

/** The extractor's default `minConfidence`. */
const MIN_CONFIDENCE = 0.5;

/** The examples of every article, in article order, then quote order. */
export function collectRankerQuotes(articles: readonly TrainingArticle[]): RankerQuote[] {
  const collect = createCandidateCollector();
  const out: RankerQuote[] = [];
  articles.forEach((article, k) => {
    const result = collect(article.text);
    const sources = new Map<string, GoldSpan[]>();
    for (const { relation, quote } of pairWithGold(article.annotations.relations, result.quotes)) {
      if (relation.source?.length) sources.set(quote.id, [...(sources.get(quote.id) ?? []), ...relation.source]);
    }
    for (const quote of result.quotes) {
      const source = sources.get(quote.id);
      if (!source || !quote.ranking) continue;
      const { candidates } = quote.ranking;
      // Without a rule's attribution the ranker does not choose for a quotation in marks: nothing to learn.
      if (quote.type !== "indirect" && !candidates.some((c) => c.rules.length > 0)) continue;
      out.push({
        confident: candidates.some((c) => c.features["maxConfidence"]! >= MIN_CONFIDENCE),
        article: k,
        category: quote.type === "indirect" ? "reported" : "direct",
        features: candidates.map((c) => FEATURE_NAMES.map((name) => c.features[name] ?? 0)),
        labels: candidates.map((c) => source.some((s) => c.mention.start < s.end && s.start < c.mention.end)),
      });
    }
  });
  return out;
}
