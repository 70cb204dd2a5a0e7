import { CLOSING_OR_STRAIGHT, OPENING_OR_STRAIGHT } from "./quotation-marks";
import type { Token } from "./types";

/** How many words a nickname in marks may have ("Tião", "Big Mike"). */
const MAX_NICKNAME_WORDS = 2;

const isCapitalisedWord = (t: Token | undefined): t is Token => !!t && t.kind === "word" && /^\p{Lu}/u.test(t.text);

/**
 * `Sebastião “Tião” Moreira`, `Daniel "Kestrel" Moreau`: a nickname in quotation marks between a
 * given name and a surname, which is part of the name, not a quotation. `open` is the token of the
 * opening mark; returns the token of the closing mark, or -1. The marks hug the nickname, spaces
 * set it off from the names, and its sentence has words in lower case: in a headline's title case
 * (`Trump “Rigged” Claims Fall`) a quoted word between capitals is a scare quote.
 */
export function nicknameClose(tokens: readonly Token[], open: number): number {
  const mark = tokens[open];
  const given = tokens[open - 1];
  if (!mark || !OPENING_OR_STRAIGHT.has(mark.text) || !isCapitalisedWord(given) || given.pos !== "PROPN" || given.end === mark.start) return -1;
  let close = open + 1;
  while (close <= open + MAX_NICKNAME_WORDS && isCapitalisedWord(tokens[close])) close++;
  const closing = tokens[close];
  const surname = tokens[close + 1];
  if (close === open + 1 || !closing || !CLOSING_OR_STRAIGHT.has(closing.text) || closing.text.length !== mark.text.length) return -1;
  if (tokens[open + 1]!.start !== mark.end || tokens[close - 1]!.end !== closing.start) return -1;
  if (!isCapitalisedWord(surname) || surname.pos !== "PROPN" || surname.start === closing.end || surname.sentence !== given.sentence) return -1;
  return hasLowerCaseWord(tokens, given.sentence, open) ? close : -1;
}

function hasLowerCaseWord(tokens: readonly Token[], sentence: number, from: number): boolean {
  for (let k = from; k < tokens.length && tokens[k]!.sentence === sentence; k++) if (tokens[k]!.kind === "word" && /^\p{Ll}{4}/u.test(tokens[k]!.text)) return true;
  for (let k = from - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (tokens[k]!.kind === "word" && /^\p{Ll}{4}/u.test(tokens[k]!.text)) return true;
  return false;
}
