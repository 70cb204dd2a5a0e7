import type { ExtractionResult, Quote, QuoteDate, QuoteType, Span } from "../../src/types";
import type { GoldDocument, GoldRelation, GoldSpan } from "../../src/eval";

/** The span of the `occurrence`-th (0-based) occurrence of `needle` in `text`. */
export function spanOf(text: string, needle: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start === -1) throw new Error(`${JSON.stringify(needle)} #${occurrence} not in text`);
  }
  return { start, end: start + needle.length, text: needle };
}

export function goldSpan(text: string, needle: string, occurrence = 0): GoldSpan {
  return spanOf(text, needle, occurrence);
}

export function relation(
  text: string,
  content: string | string[],
  source: string | null,
  hasQuoteMark: boolean,
): GoldRelation {
  const pieces = Array.isArray(content) ? content : [content];
  return {
    content: pieces.map((piece) => goldSpan(text, piece)),
    source: source === null ? null : [goldSpan(text, source)],
    cue: null,
    hasQuoteMark,
  };
}

export function doc(id: string, text: string, relations: GoldRelation[], date: string | null = null): GoldDocument {
  return { id, text, date, relations };
}

export interface QuoteSpec {
  text: string;
  type?: QuoteType;
  speaker?: string | null;
  /** Occurrence of the speaker mention (default 0). */
  speakerOccurrence?: number;
  date?: QuoteDate | null;
}

/** Build an ExtractionResult for `text`; quotes get ids in document order. */
export function prediction(
  text: string,
  specs: QuoteSpec[],
  articleDate: string | null = null,
): ExtractionResult {
  const quotes: Quote[] = specs
    .map((spec) => {
      const span = spanOf(text, spec.text);
      const speaker =
        spec.speaker === undefined || spec.speaker === null
          ? null
          : {
              id: `s-${spec.speaker}`,
              name: spec.speaker,
              mention: spanOf(text, spec.speaker, spec.speakerOccurrence ?? 0),
            };
      const quote: Quote = {
        ...span,
        id: "",
        type: spec.type ?? "direct",
        speaker,
        cue: null,
        date: spec.date ?? null,
        confidence: 1,
        rule: speaker === null ? "none" : "test",
      };
      return quote;
    })
    .sort((a, b) => a.start - b.start)
    .map((quote, index) => ({ ...quote, id: `q${index + 1}` }));
  return { articleDate, quotes, speakers: [] };
}
