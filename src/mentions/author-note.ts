import { BE_FORMS } from "../document/pos";
import type { Doc, Token } from "../document/types";
import type { Entity, Mention } from "./types";

/**
 * An opinion piece often names its writer not in a byline but in a note that closes it: "Dana
 * Ruiz is a professor of law at Corvale University.", "Rep. Tom Lark, D-Ore., was an early backer
 * of the bill." The first "I" outside quotation marks of such a piece is that writer.
 */

/** How many tokens an apposition between the writer's name and "is" may span ("Ann Lee, a Corvale law professor, is"). */
const MAX_APPOSITION = 16;
/** Tags of the word after "is" that open a description of the writer ("a professor", "the author", "editor in chief", "founder of"). */
const DESCRIPTION_TAGS = new Set(["DET", "NOUN", "PROPN", "ADJ"]);

/**
 * The one person named first in the article's closing paragraph, as the subject of "is" or "was"
 * followed by a description ("X is a ...", "X, a ..., is the ..."), or undefined: "Lee is
 * expected to ..." and "Lee is polling third" are news, not a note; a paragraph that introduces
 * several people this way ("Ann Lee is ... . Tom Reyes is ...") does not tell whose "I" it is.
 */
export function authorNoteWriter(doc: Doc, mentions: readonly Mention[], entityOf: (id: string) => Entity | undefined): Entity | undefined {
  const paragraph = lastParagraph(doc);
  if (paragraph < 0) return undefined;
  const writers = new Set<Entity>();
  for (const sentence of doc.sentences) {
    if (sentence.paragraph !== paragraph) continue;
    const m = mentionOpening(mentions, sentence.firstToken);
    const e = m?.kind === "name" && m.entity ? entityOf(m.entity) : undefined;
    if (e && (e.kind === "person" || e.kind === "unknown") && introducesWriter(doc.tokens, m!.extentEndToken, sentence.endToken)) writers.add(e);
  }
  return writers.size === 1 ? [...writers][0] : undefined;
}

/** The paragraph of the article's last token (a letters page's "@handle" ends it, not a note), or -1. */
function lastParagraph(doc: Doc): number {
  const last = doc.tokens[doc.tokens.length - 1];
  return last ? doc.sentences[last.sentence]!.paragraph : -1;
}

/** The mention whose phrase (a title included: "Rep. Tom Lark") opens at token `first`. */
function mentionOpening(mentions: readonly Mention[], first: number): Mention | undefined {
  for (const m of mentions) {
    if (m.extentFirstToken === first) return m;
    if (m.extentFirstToken > first) return undefined;
  }
  return undefined;
}

/** Whether "is"/"was" and a description follow the name ending at token `j`, past an apposition set off by commas. */
function introducesWriter(tokens: readonly Token[], j: number, end: number): boolean {
  // The name's extent may already hold the apposition ("Ann Lee, a Corvale law professor"): the comma closing it is left.
  if (tokens[j]?.text === "," && BE_FORMS.has(tokens[j + 1]?.lower ?? "")) j++;
  else if (tokens[j]?.text === ",") {
    let close = j + 1;
    while (close < end && tokens[close]!.text !== "," && close - j < MAX_APPOSITION) close++;
    if (tokens[close]?.text !== ",") return false;
    j = close + 1;
  }
  const verb = tokens[j];
  const next = tokens[j + 1];
  if (!verb || j + 1 >= end || !BE_FORMS.has(verb.lower) || verb.lower === "be" || !next) return false;
  // "is a lecturer", "is editor in chief", "is the author"; not "is expected", "is polling", "is eager".
  return DESCRIPTION_TAGS.has(next.pos) && !(next.pos === "ADJ" && !DESCRIPTION_TAGS.has(tokens[j + 2]?.pos ?? "")) && !/(?:ed|ing)$/.test(next.lower);
}
