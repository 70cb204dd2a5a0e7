/** Coarse token classes, from wink-nlp's token types. */
export type TokenKind = "word" | "number" | "punct" | "newline" | "symbol" | "other";

/** One token of the article, with its exact place in the input. */
export interface Token {
  /** Position in `Doc.tokens`. */
  index: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp ("VERB", "PROPN", "PRON", ...). */
  pos: string;
  kind: TokenKind;
  /** Index into `Doc.sentences`. */
  sentence: number;
}

/** One sentence (see sentence-ends.ts; a line break always ends one). */
export interface Sentence {
  /** Position in the article's sentences. */
  index: number;
  /** Character offsets: `text.slice(start, end)` is the sentence. */
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** One paragraph: a line of the input (a line break always ends a paragraph). */
export interface Paragraph {
  /** Position in the article's paragraphs. */
  index: number;
  /** Character offsets: `text.slice(start, end)` is the paragraph, without its line break. */
  start: number;
  end: number;
  /** Where the dateline opening the paragraph ends ("KENORA, Ont. —", "NEW DELHI:"; see dateline.ts), or -1. */
  datelineEnd: number;
}

/** The tokenised article that every later stage reads. */
export interface Doc {
  text: string;
  articleDate: string | null;
  /** Where the article body starts (after a `date YYYY-MM-DD` header, if any). */
  bodyStart: number;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** The paragraph near the top that is a byline of one writer ("By Marcus Hale"), or -1 (document/byline.ts). */
  byline: number;
}
