import { isPossessiveMark } from "../document/pos";
import type { Doc, Sentence, Token } from "../document/types";
import type { Entity, Mention } from "./types";

/**
 * A book excerpt run as an article names its writer in a note, not a byline: "The following is an
 * excerpt from Marta Quill's new book, Open Roads", "adapted from Open Roads, by Marta Quill".
 * The excerpt is told in the writer's "I", which is that person, not whoever the narrative names
 * first (a judge, a lawyer).
 */

/** Words that say the text is taken from a longer work. */
const EXCERPT_WORDS: ReadonlySet<string> = new Set(["excerpt", "excerpts", "excerpted", "adapted"]);
/** Works a writer tells in the first person. */
const BOOKS: ReadonlySet<string> = new Set(["book", "memoir", "memoirs", "autobiography", "novel"]);
/** How many opening paragraphs (a headline, a deck, the note) may hold the note; the closing one may too. */
const NOTE_PARAGRAPHS = 3;
/** How many words may stand between the writer's possessive and the book ("Quill's new 300-page book"). */
const BOOK_REACH = 3;

/**
 * The one person an excerpt note names as the writer of the book the article is taken from: the
 * name owning the book ("from X's new book") or after "by" behind it ("from Open Roads, by X").
 * Undefined without such a note (an "excerpt of the interview" or of "his speech" is no book).
 */
export function excerptWriter(doc: Doc, mentions: readonly Mention[], entityOf: (id: string) => Entity | undefined): Entity | undefined {
  const last = doc.paragraphs.length - 1;
  for (const sentence of doc.sentences) {
    if (sentence.paragraph >= NOTE_PARAGRAPHS && sentence.paragraph !== last) continue;
    const from = sourceStart(doc.tokens, sentence);
    if (from < 0) continue;
    const writer = mentions.find((m) => m.kind === "name" && m.firstToken >= from && m.endToken <= sentence.endToken && writesBook(doc.tokens, m, from));
    const e = writer?.entity ? entityOf(writer.entity) : undefined;
    if (e?.kind === "person") return e;
  }
  return undefined;
}

/** The token after "excerpt(s) from/of", "excerpted from", "adapted from" in the sentence, or -1. */
function sourceStart(tokens: readonly Token[], sentence: Sentence): number {
  for (let k = sentence.firstToken; k + 1 < sentence.endToken; k++) {
    if (EXCERPT_WORDS.has(tokens[k]!.lower) && (tokens[k + 1]!.lower === "from" || tokens[k + 1]!.lower === "of")) return k + 2;
  }
  return -1;
}

/** Whether a name owns a book right after it ("X's new book") or follows "by" after a book named since `from`. */
function writesBook(tokens: readonly Token[], m: Mention, from: number): boolean {
  if (isPossessiveMark(tokens[m.endToken])) {
    for (let k = m.endToken + 1; k <= m.endToken + 1 + BOOK_REACH; k++) if (BOOKS.has(tokens[k]?.lower ?? "")) return true;
    return false;
  }
  if (tokens[m.extentFirstToken - 1]?.lower !== "by") return false;
  for (let k = from; k < m.extentFirstToken; k++) if (BOOKS.has(tokens[k]!.lower)) return true;
  return false;
}
