import { sentenceOf, type CorpusDocument } from "../corpus";
import type { TrainingRelation } from "../relations";
import { words } from "../words";
import { pronounSource } from "./source-position";
import type { TrainingFacts } from "./facts";
import { countAndShare, inlineRows, paragraph, pct, rowsOf, table, tally } from "./markdown";

const PLACE_ORDER = [
  "same sentence",
  "previous sentence",
  "next sentence",
  "previous paragraph, ends with colon",
  "previous paragraph, no colon",
  "next paragraph",
  "same paragraph, farther",
  "earlier, farther",
  "later, farther",
  "absent (Attribution-no-source)",
  "absent",
];

const PER_SENTENCE_ORDER = [
  "same sentence",
  "previous sentence",
  "2+ sentences earlier, same paragraph",
  "previous paragraph, ends with colon",
  "previous paragraph, no colon",
  "earlier paragraph",
  "next sentence",
  "2+ sentences later, same paragraph",
  "later paragraph",
];

/** A paragraph that ends with a colon (and maybe an opening quotation mark): a lead-in. */
function endsWithColon(document: CorpusDocument, paragraphIndex: number): boolean {
  const { start, end } = document.doc.paragraphs[paragraphIndex]!;
  return /:\s*["\u201C]?\s*$/.test(document.text.slice(start, end));
}

const previousParagraph = (document: CorpusDocument, paragraphIndex: number): string =>
  endsWithColon(document, paragraphIndex) ? "previous paragraph, ends with colon" : "previous paragraph, no colon";

/** Where `offset` lies relative to the sentences of the relation's quoted Content. */
function placeOf(relation: TrainingRelation, offset: number): string {
  const { document } = relation;
  const sentences = document.doc.sentences;
  const s = sentenceOf(document, offset);
  const s0 = sentenceOf(document, relation.contentStart);
  const s1 = sentenceOf(document, relation.contentEnd - 1);
  if (s >= s0 && s <= s1) return "same sentence";
  const p = sentences[s]!.paragraph;
  const p0 = sentences[s0]!.paragraph;
  const p1 = sentences[s1]!.paragraph;
  if (s === s0 - 1 && p === p0) return "previous sentence";
  if (s === s1 + 1 && p === p1) return "next sentence";
  if (p === p0 - 1) return previousParagraph(document, p);
  if (p === p1 + 1) return "next paragraph";
  if (p >= p0 && p <= p1) return "same paragraph, farther";
  return offset < relation.contentStart ? "earlier, farther" : "later, farther";
}

/** The Source edge nearest the Cue. */
const sourcePlace = (relation: TrainingRelation): string | null =>
  relation.source ? placeOf(relation, relation.source.position === "before" ? relation.source.end - 1 : relation.source.start) : null;

/** Section (b): where the Cue and the Source of a quotation are, per quotation and per quoted sentence. */
export function quotationPlacesSection({ relations, cues }: TrainingFacts): string[] {
  const quotations = relations.filter((r) => r.isQuote);
  const n = quotations.length;
  const md: string[] = ["### (b) Quotations: where the Cue and the Source are", ""];
  md.push(
    ...paragraph(
      'Sentence of the Cue (its first character) and of the Source (its edge nearest the Cue) relative to the sentence(s) the quoted Content spans. "Same sentence" includes a Cue inside a multi-sentence or interrupted quote.',
    ),
  );
  const cuePlace = tally(quotations, (r) => placeOf(r, r.cue.start));
  const srcPlace = tally(quotations, (r) => sourcePlace(r) ?? (r.eventType === "Attribution-no-source" ? "absent (Attribution-no-source)" : "absent"));
  md.push("| place | Cue | Source |", "|---|---|---|");
  for (const k of PLACE_ORDER) {
    if (!cuePlace.has(k) && !srcPlace.has(k)) continue;
    md.push(`| ${k} | ${countAndShare(cuePlace.get(k) ?? 0, n)} | ${countAndShare(srcPlace.get(k) ?? 0, n)} |`);
  }
  md.push("");
  const colonCues = quotations.filter((r) => words(r.document.text.slice(r.cue.start, r.cue.end)).length === 0).length;
  md.push(
    ...paragraph(
      `Content position relative to the Cue for quotations: ${inlineRows(rowsOf(tally(quotations, (r) => r.contentPosition), n), ", ")} ("around" = the quote is interrupted by the Cue). ` +
        `${colonCues} quotation Cues (${pct(colonCues, n)}) are punctuation only (a colon); ` +
        `${cues.punctuationOnlyCueSpans} of ${cues.cueSpans} Cue spans overall are punctuation only.`,
    ),
  );
  md.push(...perQuotedSentence(quotations));
  const sameSentence = quotations.filter((r) => sourcePlace(r) === "same sentence");
  const otherSentence = quotations.filter((r) => r.source && sourcePlace(r) !== "same sentence");
  md.push(
    ...paragraph(
      `Quotations whose Source is in the same sentence: ${pct(sameSentence.filter(pronounSource).length, sameSentence.length)} of those Sources are bare pronouns; ` +
        `where the Source is in another sentence: ${pct(otherSentence.filter(pronounSource).length, otherSentence.length)} pronouns.`,
    ),
  );
  return md;
}

/** Per quoted sentence (a sentence holding a letter of a quotation): where its quotation's Cue is. */
function perQuotedSentence(quotations: readonly TrainingRelation[]): string[] {
  const places = new Map<string, number>();
  let multiSentence = 0;
  let multiParagraph = 0;
  let quotedSentences = 0;
  for (const r of quotations) {
    const { document } = r;
    const sentences = document.doc.sentences;
    const s0 = sentenceOf(document, r.contentStart);
    const s1 = sentenceOf(document, r.contentEnd - 1);
    if (s1 > s0) multiSentence++;
    if (sentences[s1]!.paragraph > sentences[s0]!.paragraph) multiParagraph++;
    const c = sentenceOf(document, r.cue.start);
    const pc = sentences[c]!.paragraph;
    for (let si = s0; si <= s1; si++) {
      const sentence = sentences[si]!;
      const inside = r.content.map((f) => document.text.slice(Math.max(f.start, sentence.start), Math.min(f.end, sentence.end))).join("");
      if (!/\p{L}/u.test(inside)) continue;
      quotedSentences++;
      const p = sentence.paragraph;
      let k: string;
      if (c === si) k = "same sentence";
      else if (c < si && pc === p) k = c === si - 1 ? "previous sentence" : "2+ sentences earlier, same paragraph";
      else if (c < si && pc === p - 1) k = previousParagraph(document, pc);
      else if (c < si) k = "earlier paragraph";
      else if (pc === p) k = c === si + 1 ? "next sentence" : "2+ sentences later, same paragraph";
      else k = "later paragraph";
      places.set(k, (places.get(k) ?? 0) + 1);
    }
  }
  return [
    ...paragraph(
      `${multiSentence} quotations (${pct(multiSentence, quotations.length)}) span more than one sentence and ${multiParagraph} (${pct(multiParagraph, quotations.length)}) more than one paragraph ` +
        `(PolNeAR extends one Content over the follow-on sentences of a quote). Per quoted sentence ` +
        `(${quotedSentences} sentences holding part of a quotation), where its Cue is:`,
    ),
    ...table(["Cue relative to the quoted sentence", "sentences", "share"], rowsOf(places, quotedSentences, PER_SENTENCE_ORDER)),
  ];
}
