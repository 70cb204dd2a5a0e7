/**
 * What a gold standard says about one extraction, per quote, for the report. The matching is the
 * evaluation library's own (`scoreDocuments`): this module only maps its error list back onto
 * quotes and gold relations so they can be marked in the text.
 */

import type { ExtractionResult } from "../types";
import type { GoldDocument, GoldRelation, GoldSpan } from "../eval/gold";
import { scoreDocuments, type EvalCategory, type EvalReport } from "../eval/metrics";

/** A gold relation that no predicted quote matched. */
export interface MissedRelation {
  /** "g1", "g2", ... in document order. */
  id: string;
  category: EvalCategory;
  /** Content pieces (non-empty ones). */
  content: GoldSpan[];
  source: GoldSpan[] | null;
  cue: GoldSpan[] | null;
}

/** The gold verdict on one predicted quote. */
export interface QuoteVerdict {
  /** `spurious`: no gold relation matched it; otherwise it matched one. */
  matched: boolean;
  /** Matched, and the gold names a speaker the prediction does not point at. */
  wrongSpeaker: boolean;
  /** Matched, with less than half of the characters in common (Jaccard < 0.5). */
  wrongSpan: boolean;
  /** The matched gold relation's Source pieces, when the speaker is wrong. */
  goldSource: GoldSpan[] | null;
  /** The matched gold relation's Content text (pieces joined by " … "), when the span is wrong. */
  goldText: string | null;
}

export interface GoldComparison {
  /** By quote id; every predicted quote has one. */
  verdicts: Map<string, QuoteVerdict>;
  missed: MissedRelation[];
  /** The evaluation library's scores for this document alone. */
  scores: EvalReport;
}

/** Compare one extraction with its gold document (`result` must come from `gold.text`). */
export function compareWithGold(gold: GoldDocument, result: ExtractionResult): GoldComparison {
  const scores = scoreDocuments([{ gold, predicted: result }], {
    maxErrors: Number.MAX_SAFE_INTEGER,
    contextChars: 0,
  });
  const verdicts = new Map<string, QuoteVerdict>(
    result.quotes.map((quote) => [
      quote.id,
      { matched: true, wrongSpeaker: false, wrongSpan: false, goldSource: null, goldText: null },
    ]),
  );
  const unclaimed = gold.relations.filter((relation) => contentOf(relation).length > 0);
  // Error examples name a gold relation by category and first..last Content offsets.
  const claim = (category: EvalCategory, start: number | null, end: number | null): GoldRelation | null => {
    const index = unclaimed.findIndex((relation) => {
      const content = contentOf(relation);
      return (
        (relation.hasQuoteMark ? "direct" : "reported") === category &&
        content[0]?.start === start &&
        content[content.length - 1]?.end === end
      );
    });
    return index === -1 ? null : (unclaimed.splice(index, 1)[0] ?? null);
  };

  const missed: MissedRelation[] = [];
  for (const example of scores.examples) {
    const verdict = example.predictedQuoteId === null ? undefined : verdicts.get(example.predictedQuoteId);
    if (example.kind === "spurious" && verdict) verdict.matched = false;
    if (example.kind === "wrong-span" && verdict) {
      verdict.wrongSpan = true;
      verdict.goldText = example.goldText;
    }
    if (example.kind === "wrong-speaker" && verdict) {
      verdict.wrongSpeaker = true;
      const relation = gold.relations.find(
        (candidate) =>
          contentOf(candidate)[0]?.start === example.goldStart &&
          contentOf(candidate).at(-1)?.end === example.goldEnd &&
          (candidate.hasQuoteMark ? "direct" : "reported") === example.category,
      );
      verdict.goldSource = relation?.source ?? null;
    }
    if (example.kind === "missed") {
      const relation = claim(example.category, example.goldStart, example.goldEnd);
      if (relation) {
        missed.push({
          id: "",
          category: example.category,
          content: contentOf(relation),
          source: relation.source,
          cue: relation.cue,
        });
      }
    }
  }
  missed.sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));
  missed.forEach((relation, index) => {
    relation.id = `g${index + 1}`;
  });
  return { verdicts, missed, scores };
}

function contentOf(relation: GoldRelation): GoldSpan[] {
  return relation.content.filter((span) => span.end > span.start);
}
