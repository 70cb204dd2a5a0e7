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

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  paragraph: number;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
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
}
