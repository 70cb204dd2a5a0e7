/**
 * wink-nlp's tokenizer splits a word at every letter beyond Latin-1: "Erdoğan" is read as
 * "Erdo" + "ğ" + "an", "Łukasz" as "Ł" + "ukasz", and names from much of the world lose their
 * shape. wink therefore reads a copy of the text in which each such letter (or combining mark) is
 * an ASCII letter of the same case: its base letter where it has one ("ğ" -> "g"), else "x" or
 * "X". One UTF-16 unit for one, so every offset holds; tokens take their text from the input.
 */
export function foldLetters(text: string): string {
  NON_LATIN1.lastIndex = 0;
  return NON_LATIN1.test(text) ? text.replace(NON_LATIN1, fold) : text;
}

/**
 * A character beyond Latin-1 in the Basic Multilingual Plane, but not General Punctuation (news's
 * curly quotes and dashes, which need no look) nor a surrogate.
 */
const NON_LATIN1 = /[\u0100-\u1fff\u2070-\ud7ff\ue000-\uffff]/g;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const ASCII_LETTER = /^[A-Za-z]$/;

function fold(c: string): string {
  if (!LETTER_OR_MARK.test(c)) return c;
  const base = c.normalize("NFD")[0]!;
  if (ASCII_LETTER.test(base)) return base;
  return c === c.toLowerCase() ? "x" : "X";
}
