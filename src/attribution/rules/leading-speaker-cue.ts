import { defineRule, type Attribution, type Mention, type Pass, type RuleContext, type Sentence } from "../../rules-api";
import { DASHES } from "./dash-speaker";
import { documentAuthor } from "./document-author";
import { slotCueAt } from "./verb-slot";
import { isSpeechCue } from "./cue-weights";
import { insideSiblingQuote } from "./sibling-quote";

const LEAD_IN_END = new Set([":", ","]);

/**
 * `X said: "..."`, `X told reporters, "..."`, and a lead-in that ends a paragraph with a colon
 * (`Hugh Hill, a doctor, said:` then the quote in the next paragraph).
 */
export const leadingSpeakerCue = defineRule({
  id: "leading-speaker-cue",
  description: 'Speaker and cue before the opening mark: X said: "..." (also across a paragraph break)',
  types: ["direct", "partial"],
  apply(ctx) {
    const { quote, tokens } = ctx;
    if (!quote.open) return ctx.pass("no opening mark");
    const opener = ctx.tokenAt(quote.open.start);
    const before = tokens[opener - 1];
    if (!before) return ctx.pass("nothing before the quote");
    if (before.end <= ctx.paragraph.start) {
      if (before.text !== ":") return ctx.pass("the quote opens its paragraph without a colon lead-in");
      return fromLeadIn(ctx, ctx.sentences[before.sentence]!, opener - 1, 0.8);
    }
    if (!LEAD_IN_END.has(before.text) && !before.text.endsWith(":") && !ctx.cueAt(opener - 1)) return ctx.pass("no colon, comma or cue before the quote");
    const found = fromLeadIn(ctx, ctx.sentence, opener, 0.9);
    if (!("pass" in found)) return found;
    // `Hill issued a statement, "..."`: the document before the comma speaks for Hill too.
    if (before.text === ",") return documentBeforeColon(ctx, opener - 1) ?? found;
    if (!before.text.endsWith(":")) return found;
    return verbBeforeColon(ctx, opener - 1) ?? nameBeforeColon(ctx, opener - 1) ?? documentBeforeColon(ctx, opener - 1)
      ?? subjectBeforeColon(ctx, opener - 1) ?? found;
  },
});

/**
 * `Reyes crowed: "..."`, `Lund blurted out: "..."`: the verb that ends the lead-in at the colon
 * introduces the quote, whether or not the lexicon lists it; its subject is the speaker.
 */
function verbBeforeColon(ctx: RuleContext, colon: number): Attribution | null {
  const { tokens } = ctx;
  // "blurted out:" has its particle before the colon.
  const cue = slotCueAt(ctx.text, tokens, colon - 1, true) ?? slotCueAt(ctx.text, tokens, colon - 2, true);
  if (!cue || cue.endToken !== colon) return null;
  const speaker = ctx.subjectOf(cue);
  if (!speaker || speaker.extentEndToken > cue.firstToken) return null;
  return { speaker, cue, confidence: 0.85, reason: `lead-in "${speaker.text} ${cue.text}:"` };
}

/** Prepositions that name a source before a colon: "More from Blumenthal and Cohen: "..."". */
const SOURCE_PREPOSITION = /^(?:from|by)$/;

/** Whether the word before token `k` is a preposition that makes what follows an addressee or topic, not a source. */
function afterNonSourcePreposition(ctx: RuleContext, k: number): boolean {
  const before = ctx.tokens[k - 1];
  return !!before && before.pos === "ADP" && !SOURCE_PREPOSITION.test(before.lower);
}

/**
 * `Rep. Trey Gowdy (R-S.C.): "..."`: a name right before the colon, with no cue, is the speaker,
 * unless a preposition makes it an addressee or topic ("Her message to Trump: "..."").
 */
function nameBeforeColon(ctx: RuleContext, colon: number): Attribution | null {
  const { tokens } = ctx;
  // Past a parenthetical the tokenizer may join to the colon: "Gowdy (R-S.C.):".
  let end = colon;
  if (tokens[colon]!.text === "):" || tokens[colon - 1]?.text === ")") {
    for (let j = colon - 1; j >= Math.max(0, colon - 10); j--) if (tokens[j]!.text === "(") end = j;
  }
  // From the paragraph: the tokenizer may end a sentence inside "(R-S.C.)".
  const name = ctx.mentionsIn(ctx.paragraph.start, tokens[end]!.start).filter((m) => m.kind === "name").pop();
  if (!name || (name.extentEndToken !== end && name.extentEndToken !== colon)) return null;
  if (afterNonSourcePreposition(ctx, name.extentFirstToken)) return null;
  return { speaker: name, cue: null, confidence: 0.75, reason: `"${name.text}" before the colon` };
}

/** `Mayor Hill released the following statement: "..."` (or `a statement, "..."`): the document before the colon or comma speaks for Hill. */
function documentBeforeColon(ctx: RuleContext, colon: number): Attribution | null {
  const document = ctx.mentionEndingAt(colon);
  const author = document && documentAuthor(ctx, document.extentFirstToken, colon);
  return author ? { speaker: author, cue: null, confidence: 0.8, reason: `lead-in: "${author.text}" issued "${document!.text}"` } : null;
}

/**
 * `Hill delivered a blunt message to Lund: "..."`, `Quist has since apologized for what happened:
 * "..."`: a lead-in with no cue, ending in the colon, introduces its subject's words. The subject
 * is the first mention of the sentence, not after a preposition, that a verb follows.
 */
function subjectBeforeColon(ctx: RuleContext, colon: number): Attribution | null {
  const { tokens } = ctx;
  const first = ctx.sentence.firstToken;
  // A verb of saying or another quotation in the lead-in ("Lee said as the heckler yelled:"), or any
  // cue right before the colon ("a voter might ask:"), leaves it to the other rules: the cue governs.
  // A noun of saying there is the lead-in's object, not a verb with a subject: "Lee delivered a retort:".
  const nounBeforeColon = tokens[colon - 1]?.pos === "NOUN";
  if (ctx.cueAt(colon - 1) && !nounBeforeColon) return null;
  // (Further back, only a verb of saying does: "apologized for what happened:" is no cue of the quote.)
  for (let i = first; i < colon - (nounBeforeColon ? 1 : 0); i++) if (isSpeechCue(ctx.cueAt(i)) || ctx.insideAnyQuote(tokens[i]!.start)) return null;
  // Not a mention of the clause that opens the sentence ("In the hours after 14 people were killed, ...").
  const opening = ctx.openingClauseEnd(first, colon);
  for (const m of ctx.mentionsIn(tokens[opening < 0 ? first : opening + 1]!.start, tokens[colon]!.start)) {
    if (m.extentEndToken >= colon - 1 || ctx.insideAnyQuote(m.start, m.end)) break;
    if (tokens[m.extentFirstToken - 1]?.pos === "ADP" || !ctx.isSubjectOfVerb(m)) continue;
    return { speaker: m, cue: null, confidence: 0.75, reason: `"${m.text}" is the subject of the lead-in before the colon` };
  }
  return null;
}


/**
 * `Pollsters agree - Carl Bialik: "..."`: a name between a dash at token `dash` and the colon
 * right before the quote (at `end - 1`) labels what follows, as a transcript label does; the
 * clause before the dash is the writer's.
 */
function labelAfterDash(ctx: RuleContext, dash: number, end: number): Mention | null {
  if (!DASHES.has(ctx.tokens[dash]!.text) || ctx.tokens[end - 1]?.text !== ":") return null;
  const name = ctx.mentionStartingAt(dash + 1);
  return name && name.kind === "name" && name.extentEndToken === end - 1 ? name : null;
}

/** Looks back from `end` (exclusive) through the lead-in for a cue and its subject. */
function fromLeadIn(ctx: RuleContext, sentence: Sentence, end: number, confidence: number): Attribution | Pass {
  const from = Math.max(sentence.firstToken, end - 8);
  for (let i = end - 1; i >= from; i--) {
    if (ctx.tokens[i]!.text === "." || ctx.insideQuote(ctx.tokens[i]!.start) || insideSiblingQuote(ctx, ctx.tokens[i]!.start)) break;
    const label = labelAfterDash(ctx, i, end);
    if (label) return { speaker: label, cue: null, confidence: 0.75, reason: `"${label.text}" labels the quote after a dash` };
    const cue = ctx.cueAt(i);
    if (!cue || cue.endToken > end) continue;
    const main = ctx.governingCue(cue, sentence.firstToken);
    if (main) return { ...main, confidence: confidence * (0.85 + 0.15 * main.cue.weight), reason: `"${main.speaker.text} ${main.cue.text}" governs "${cue.text}"` };
    const speaker = ctx.subjectOf(cue);
    if (speaker) return { speaker, cue, confidence: confidence * (0.85 + 0.15 * cue.weight), reason: `lead-in "${speaker.text} ${cue.text}"` };
    return ctx.pass(`cue "${cue.text}" before the quote has no speaker`);
  }
  // The lead-in is empty when the colon opens its sentence (":" alone on a line before the quote).
  if (confidence < 0.9 && end > sentence.firstToken) {
    // "And from Chairwoman Rosenworcel:" — no cue, but a name closes the lead-in.
    // "She spoke in Northern Sámi through an interpreter:": a name after a preposition is no source, unless "from" or "by" makes it one.
    const names = ctx.mentionsIn(ctx.tokens[sentence.firstToken]!.start, ctx.tokens[end - 1]!.end).filter((m) => m.kind !== "pronoun" && !afterNonSourcePreposition(ctx, m.extentFirstToken));
    const last = names[names.length - 1];
    // "Mayor Hill released the following statement:": the statement speaks for Hill.
    const author = last && last.extentEndToken === end ? documentAuthor(ctx, last.extentFirstToken, last.extentEndToken) : null;
    if (author) return { speaker: author, cue: null, confidence: 0.7, reason: `colon lead-in: "${author.text}" issued "${last!.text}"` };
    if (last) return { speaker: last, cue: null, confidence: 0.7, reason: `colon lead-in naming "${last.text}"` };
  }
  return ctx.pass("no cue in the lead-in");
}

