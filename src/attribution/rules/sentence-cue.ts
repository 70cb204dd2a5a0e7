import { defineRule, type Attribution, type CueMatch, type CueWithSpeaker, type Mention, type Pass, type Phrase, type RuleContext, type Span, type Token } from "../../rules-api";
import { documentAuthor } from "./document-author";
import { ownerOfCueNoun, speakerOfCueNoun } from "./possessive-cue";
import { slotCueAt } from "./verb-slot";
import { mainClauseSubject } from "./main-clause-subject";
import { joinsClause } from "./clause-joiners";
import { isSpeechCue, WEAK_CUE } from "./cue-weights";
import { insideSiblingQuote } from "./sibling-quote";

/**
 * A cue elsewhere in the quote's own sentence, and its subject: reported speech (`X said that
 * ...`), partial quotes (`Lavrov accused Y of "..."`) and quotes nested in another
 * (`[Borrell] proclaimed: '...'`). A short quoted term needs a cue that governs it directly.
 */
export const sentenceCue = defineRule({
  id: "sentence-cue",
  description: "A cue in the same sentence and its subject: X said that ..., X accused Y of \"...\"",
  apply(ctx) {
    const hint = ctx.quote.cueHint;
    // "his testy reply that ...": a noun of saying the lexicon also lists as a verb is still owned.
    const owned = hint && ctx.quote.type === "indirect" ? ownedNoun(ctx, hint) : null;
    if (owned) return owned;
    const cues = hint ? hintedCue(ctx, hint.start) : candidateCues(ctx);
    const first = cues[0];
    if (!first && hint && ctx.quote.type === "indirect") return ownerOfNoun(ctx, hint);
    if (!first) return (hint ? null : complementVerbSpeaker(ctx) ?? ownerOfSubjectNoun(ctx)) ?? (ctx.quote.words <= 3 ? speakerOfSentence(ctx) : mainClauseSubject(ctx) ?? ctx.pass("no cue in the sentence"));
    const agent = ctx.quote.type === "indirect" ? passiveAgentOf(ctx, first) : null;
    if (agent) return agent;
    // A quoted term's weak cue inside what "X said" reports: "X said that Obama shows "great charm"".
    const term = ctx.quote.type !== "indirect" && ctx.quote.words <= 3;
    const main = term ? ctx.governingCue(first) : null;
    if (main) return { ...main, confidence: confidenceOf(ctx, main.cue), reason: `"${main.speaker.text} ${main.cue.text}" governs "${first.text}"` };
    const inner = term ? null : speechVerbInside(ctx, cues);
    if (inner) return { ...inner, confidence: confidenceOf(ctx, inner.cue), reason: `"${inner.speaker.text} ${inner.cue.text}" inside the clause of "${first.text}"` };
    // The first cue with a subject: in "Claiming ..., Trump told Fox that", "Claiming" has none.
    for (const cue of cues) {
      const speaker = ctx.subjectOf(cue);
      if (speaker) return { speaker, cue, confidence: confidenceOf(ctx, cue), reason: `"${speaker.text}" is the subject of "${cue.text}"` };
    }
    // No detected mention: the noun phrase in the subject's place ("sources said", "The S.E.C. said").
    for (const cue of cues) {
      if (ctx.modifiesNounBefore(cue)) continue;
      const phrase = cue.lemma === "according to" ? ctx.phraseAfter(cue.endToken) : subjectPhrase(ctx, cue);
      // "Hill released a video that said": the video speaks for Hill.
      const author = phrase && RELATIVE_THAT.test(ctx.tokens[phrase.endToken - 1]!.lower) ? documentAuthor(ctx, phrase.firstToken, phrase.endToken - 1) : null;
      if (author) return { speaker: author, cue, confidence: confidenceOf(ctx, cue) * 0.85, reason: `"${author.text}" issued the ${ctx.tokens[phrase!.endToken - 2]!.text} that ${cue.text}` };
      if (phrase) return { speaker: phrase, cue, confidence: confidenceOf(ctx, cue) * 0.85, reason: `the phrase "${ctx.text.slice(phrase.start, phrase.end)}" is the subject of "${cue.text}"` };
    }
    return ctx.pass(`cue "${first.text}" has no subject`);
  },
});

/**
 * `Lee criticized the plan, which an audit said was "..."`, `critics who say he should call them
 * "..."`: when the first cue is rather a belief or a reaction than speech, a verb of saying later in
 * the sentence, before the quote, with a subject of its own, is the quote's cue.
 */
function speechVerbInside(ctx: RuleContext, cues: readonly CueMatch[]): CueWithSpeaker | null {
  const first = cues[0]!;
  if (first.weight >= WEAK_CUE) return null;
  for (const cue of cues) {
    if (cue.firstToken <= first.firstToken || !isSpeechCue(cue)) continue;
    const speaker = ctx.subjectOf(cue);
    if (speaker) return { speaker, cue };
  }
  return null;
}

/** Reported speech of a passive cue ("Her view was shared by Lee") is its agent's, after "by". */
function passiveAgentOf(ctx: RuleContext, cue: CueMatch): Attribution | null {
  const by = ctx.passiveAgentBy(cue);
  if (by < 0) return null;
  const speaker = ctx.mentionStartingAt(by + 1) ?? ctx.phraseAfter(by + 1) ?? loneDeterminer(ctx, by + 1);
  return speaker ? { speaker, cue, confidence: confidenceOf(ctx, cue), reason: `"${ctx.text.slice(speaker.start, speaker.end)}" is the agent of "${cue.text}"` } : null;
}

/** Articles, which never stand for a noun. */
const ARTICLES = new Set(["the", "a", "an"]);

/** "was seen by some as ...", "is shared by many in X": a determiner (or an adjective, as the tagger reads "many") standing alone for the people who did it. */
function loneDeterminer(ctx: RuleContext, k: number): Phrase | null {
  const t = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  if (!t || !(t.pos === "DET" || t.pos === "ADJ") || ARTICLES.has(t.lower) || (next && /^(NOUN|PROPN|ADJ|NUM)$/.test(next.pos))) return null;
  return { start: t.start, end: t.end, firstToken: k, endToken: k + 1 };
}

/** A noun of saying is a cue of middling weight (0.5): confidenceOf's value for one. */
const NOUN_CONFIDENCE = 0.85 * 0.85;

/** A copula before the quote: `X's answer was "..."`, `X's view is that "..."`. */
const COPULA = new Set(["was", "is", "were", "are"]);
/** Words of the subject phrase between its owner and the copula: `X's catch phrase in that race`. */
const SUBJECT_NOUN_TAGS = new Set(["NOUN", "ADJ", "PROPN", "DET", "ADP", "NUM"]);

/**
 * `The senator's answer was that "..."`, `His motto is "..."`: a quotation that a copula equates
 * with a noun its owner's possessive opens is the owner's words, whatever the noun.
 */
function ownerOfSubjectNoun(ctx: RuleContext): Attribution | null {
  if (ctx.quote.type === "indirect") return null;
  const { tokens } = ctx;
  const open = ctx.tokenAt(ctx.quote.open?.start ?? ctx.quote.start);
  let copula = open - 1;
  if (tokens[copula]?.lower === "that") copula--;
  if (!COPULA.has(tokens[copula]?.lower ?? "")) return null;
  const from = ctx.parent ? ctx.tokenAt(ctx.parent.start) : ctx.sentence.firstToken;
  const start = ctx.openingClauseEnd(from, copula) + 1 || from;
  for (let noun = start + 1; noun < copula; noun++) {
    const owner = ownerOfCueNoun(ctx, noun);
    if (!owner) continue;
    if (!tokens.slice(noun, copula).every((t) => SUBJECT_NOUN_TAGS.has(t.pos))) return null;
    return { speaker: owner, cue: null, confidence: NOUN_CONFIDENCE, reason: `"${owner.text}" owns the subject the quote is equated with` };
  }
  return null;
}

/** Reported speech a noun of saying introduced ("Carrier's message: ...") is its owner's. */
function ownerOfNoun(ctx: RuleContext, hint: Span): Attribution | Pass {
  const owner = speakerOfCueNoun(ctx, ctx.tokenAt(hint.start));
  return owner ? ownedBy(ctx, owner, hint) : ctx.pass(`"${ctx.text.slice(hint.start, hint.end)}" has no owner`);
}

/** Reported speech a noun tagged a noun introduced, when a possessive owns it ("his testy reply that"). */
function ownedNoun(ctx: RuleContext, hint: Span): Attribution | null {
  const noun = ctx.tokenAt(hint.start);
  if (ctx.tokens[noun]?.pos !== "NOUN") return null;
  const owner = speakerOfCueNoun(ctx, noun);
  return owner ? ownedBy(ctx, owner, hint) : null;
}

/** The attribution of reported speech to the owner of the noun of saying that introduced it. */
function ownedBy(ctx: RuleContext, owner: Mention | Phrase, hint: Span): Attribution {
  return { speaker: owner, cue: hint, confidence: NOUN_CONFIDENCE, reason: `"${ctx.text.slice(owner.start, owner.end)}" owns "${ctx.text.slice(hint.start, hint.end)}"` };
}

/** The relative word that ends a subject phrase before its verb: "a video that said". */
const RELATIVE_THAT = /^(?:that|which)$/;

/** How sure a cue in the sentence makes the attribution: reported speech more than a quote, a strong cue more than a weak one. */
function confidenceOf(ctx: RuleContext, cue: CueMatch): number {
  return (ctx.quote.type === "indirect" ? 0.85 : 0.8) * (0.7 + 0.3 * cue.weight);
}

/**
 * The noun phrase before the cue; for a participle ("The council issued a note calling"),
 * what precedes it is an object, and the phrase that opens the sentence is the subject, past a
 * clause or phrase that opens it ("After the vote, the council issued a note calling": not
 * "After the vote").
 */
function subjectPhrase(ctx: RuleContext, cue: CueMatch): Phrase | null {
  const first = ctx.sentence.firstToken;
  // "Recalling the vote, the mayor's aides said ...": a participle opening the sentence has the
  // main clause's subject, after the comma that closes its phrase.
  const participleEnd = cue.firstToken === first && ctx.isParticiple(cue) ? ctx.openingClauseEnd(first, ctx.sentence.endToken) : -1;
  if (participleEnd > 0) return ctx.phraseAfter(participleEnd + 1);
  const opening = ctx.openingClauseEnd(first, cue.firstToken) + 1 || first;
  const phrase = ctx.phraseBefore(cue.firstToken);
  // "..., with senior officials warning that": "with" opens an absolute clause whose subject the phrase is.
  if (ctx.isParticiple(cue) && phrase && ctx.tokens[phrase.firstToken - 1]?.lower === "with" && ctx.tokens[phrase.firstToken - 2]?.text === ",") return phrase;
  if (ctx.isParticiple(cue) && opening < cue.firstToken) return existentialSubject(ctx, opening, cue.firstToken) ?? ctx.phraseAfter(opening);
  // A lone "it" that subjectOf turned down is the dummy subject of "It is believed ...".
  return phrase && !(phrase.endToken - phrase.firstToken === 1 && ctx.tokens[phrase.firstToken]!.lower === "it") ? phrase : null;
}

/** Forms of "be" after an existential "there". */
const EXISTENTIAL_BE = new Set(["is", "are", "was", "were", "be", "been", "'s"]);

/**
 * "There were also emails that night showing ...", "there is evidence suggesting ...": after an
 * existential "there" at token `first`, the noun phrase after "be" is the subject of a participle
 * that follows it with no punctuation between.
 */
function existentialSubject(ctx: RuleContext, first: number, cue: number): Phrase | null {
  const { tokens } = ctx;
  if (tokens[first]!.lower !== "there") return null;
  let j = first + 1;
  while (j < cue && (tokens[j]!.pos === "AUX" || tokens[j]!.pos === "ADV") && !EXISTENTIAL_BE.has(tokens[j]!.lower)) j++;
  if (!EXISTENTIAL_BE.has(tokens[j]?.lower ?? "")) return null;
  j++;
  while (j < cue && tokens[j]!.pos === "ADV") j++;
  // The participle right after its noun phrase; not "There is a lot of chatter about Perez, who ..., saying".
  for (let k = j; k < cue; k++) if (tokens[k]!.kind === "punct") return null;
  return j < cue ? ctx.phraseAfter(j) : null;
}

/**
 * A quoted term further from its cue (`Lund proclaimed a goal of "Clean Streets First."`):
 * the sentence's first cue counts when its subject is a detected speaker, not just any phrase,
 * so that a scare quote in a sentence without a speaker stays unattributed.
 */
function speakerOfSentence(ctx: RuleContext): Attribution | Pass {
  const open = ctx.tokenAt(ctx.quote.open?.start ?? ctx.quote.start);
  const from = ctx.parent ? ctx.tokenAt(ctx.parent.start) : ctx.sentence.firstToken;
  for (let i = from; i < open; i++) {
    const cue = ctx.cueAt(i);
    if (!cue || ctx.insideQuote(cue.start) || cue.weight < 0.5) continue;
    const speaker = ctx.subjectOf(cue);
    if (speaker) return { speaker, cue, confidence: 0.6, reason: `"${speaker.text}" ${cue.text} the sentence the term stands in` };
    break;
  }
  return ctx.pass("no cue governs the quoted term");
}

/** The cue that reported speech was found through, if it is still one and not a relative clause's verb (then the sentence's cues). */
function hintedCue(ctx: RuleContext, start: number): CueMatch[] {
  const at = ctx.tokenAt(start);
  const cue = ctx.quote.type === "indirect" ? ctx.reportingCueAt(at) : ctx.cueAt(at);
  if (cue && ctx.quote.type !== "indirect" && ctx.relativeClauseOf(cue)) return candidateCues(ctx);
  if (!cue || ctx.quote.type === "indirect") return cue ? [cue] : [];
  // "Lee criticized the plan, with Quist noting "..."": the hint is the main clause's verb.
  const open = ctx.tokenAt(ctx.quote.open?.start ?? ctx.quote.start);
  const later: CueMatch[] = [];
  for (let i = cue.endToken; i < open; i++) {
    const next = ctx.cueAt(i);
    if (next && !ctx.insideQuote(next.start) && next.endToken <= open) later.push(next);
  }
  const relative = objectRelativeCue(ctx, cue, later, open);
  if (relative) return [relative];
  // "After the vote ended, Lee stated that ...": the hint is a verb of the opening clause.
  const from = ctx.parent ? ctx.tokenAt(ctx.parent.start) : ctx.sentence.firstToken;
  return [joinedClauseFirst(ctx, absoluteClauseFirst(ctx, mainClauseFirst(ctx, [cue, ...later], from)), open)[0]!];
}

/** Relative words that may open a clause whose object is the noun before them: `charges that Y called "..."`. */
const OBJECT_RELATIVES = new Set(["that", "which", "whom"]);
/** Nouns a contact clause may follow with no relative word: `the ones Y says are "..."`. */
const CONTACT_HEADS = new Set(["NOUN", "PRON"]);

/**
 * `Lee made charges that Ruiz called "council lingo"`, `even the ones the council says
 * are "far too high"`: after the hinted cue, a cue in a clause that modifies a noun (after `that`,
 * `which`, `whom`, or right after the noun), with a subject of its own and no object before the
 * quote (at most a copula: the noun is its object), calls the quote what the noun is: its
 * subject's words, not the main clause's.
 */
function objectRelativeCue(ctx: RuleContext, hint: CueMatch, later: readonly CueMatch[], open: number): CueMatch | null {
  const { tokens } = ctx;
  const cue = later[later.length - 1];
  if (!cue) return null;
  let j = cue.endToken;
  if (COPULA.has(tokens[j]?.lower ?? "")) j++;
  if (j !== open) return null;
  const speaker = ctx.subjectOf(cue);
  if (!speaker || speaker.kind === "pronoun" || speaker.extentFirstToken <= hint.endToken) return null;
  const before = tokens[speaker.extentFirstToken - 1]!;
  const head = OBJECT_RELATIVES.has(before.lower) ? tokens[speaker.extentFirstToken - 2] : before;
  return head && CONTACT_HEADS.has(head.pos) && head.lower !== "that" ? cue : null;
}

/** The cues that may govern the quote, most likely first. */
function candidateCues(ctx: RuleContext): CueMatch[] {
  const { quote } = ctx;
  const scope = ctx.parent ?? quote;
  const from = ctx.parent ? ctx.tokenAt(ctx.parent.start) : ctx.sentence.firstToken;
  const open = ctx.tokenAt(quote.open?.start ?? quote.start);
  if (quote.words <= 3) {
    // A quoted term is spoken only if a cue governs it directly: no other verb in between.
    for (let i = open - 1; i >= from; i--) {
      const cue = ctx.cueAt(i);
      if (cue && !ctx.insideQuote(cue.start)) return [cue];
      // "which an audit said was "careless"": the copula right after a cue links the term to it.
      if (ctx.isVerb(i) && !(COPULA.has(ctx.tokens[i]!.lower) && ctx.cueAt(i - 1))) break;
    }
    const naming = namingVerb(ctx, open, from);
    return naming ? [naming] : [];
  }
  // Before the quote, the cues of the sentence in order: the first is the main verb ("Trump said
  // ... that Clinton described it as "..."" is Trump's).
  const before: CueMatch[] = [];
  for (let i = from; i < open; i++) {
    const cue = ctx.cueAt(i);
    if (cue && !ctx.insideQuote(cue.start) && !insideSiblingQuote(ctx, cue.start) && cue.endToken <= open) before.push(cue);
  }
  if (before.length) return joinedClauseFirst(ctx, absoluteClauseFirst(ctx, relativeClausesLast(ctx, mainClauseFirst(ctx, before, from))), open);
  // After the quote, in the same sentence (or within the parent quote), past relative clauses:
  // in `"...," Lund, who has not endorsed anyone, told reporters` the cue is "told".
  const to = ctx.parent ? ctx.tokenAt(scope.end) : ctx.lastSentence.endToken;
  let cue = ctx.findCue(ctx.tokenAt(quote.close?.end ?? quote.end), to);
  // Only after a named antecedent ("Lund, who ..."): the main verb's subject is then known.
  let clause = cue && ctx.relativeClauseOf(cue);
  while (cue && clause && ctx.mentionEndingAt(clause.first - 1)) {
    cue = ctx.findCue(clause.end, to);
    clause = cue && ctx.relativeClauseOf(cue);
  }
  if (!cue) return [];
  // `"..." unless Lee finds the money, said Ann Park.`: the writer's inverted cue closing the
  // sentence attributes the quote, not a verb of the clause that runs on from it.
  return [invertedCueAfter(ctx, cue.endToken, to) ?? cue];
}

/** The first cue from token `from` to `to` that a comma opens and its subject follows (`, said Ann Park`). */
function invertedCueAfter(ctx: RuleContext, from: number, to: number): CueMatch | null {
  for (let i = from; i < to; i++) {
    const cue = ctx.cueAt(i);
    if (!cue || ctx.tokens[i - 1]?.text !== "," || ctx.insideQuote(cue.start)) continue;
    const speaker = ctx.subjectOf(cue);
    if (speaker && speaker.extentFirstToken >= cue.endToken) return cue;
  }
  return null;
}

/**
 * `Lund saw it as a failure, with Quist noting "a couple of hundred" troops`: a participle whose
 * own subject "with" introduces opens a clause of its own, and the quote after it is that
 * subject's; its cue comes first (the last such before the quote).
 */
function absoluteClauseFirst(ctx: RuleContext, cues: CueMatch[]): CueMatch[] {
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k]!;
    if (!ctx.isParticiple(cue)) continue;
    // "with Cruz recently promising": past one adverb.
    const at = ctx.tokens[cue.firstToken - 1]?.pos === "ADV" ? cue.firstToken - 1 : cue.firstToken;
    const subject = ctx.mentionEndingAt(at);
    if (subject && ctx.tokens[subject.extentFirstToken - 1]?.lower === "with") return [cue, ...cues.filter((c) => c !== cue)];
  }
  return cues;
}

/** Dashes, which set an aside off from the clause: `but Y denies — "..."`. */
const DASHES = /^[\u2014\u2013-]+$/;
/** Words that open a clause a cue reports: a clause joined inside it after a comma (`X notes that A, and Y called B "..."`) is still X's account; after a semicolon it is the writer's. */
const REPORTED_OPENERS = new Set(["that", "whether"]);
/** How many words an unlisted verb's object may hold before the quote: `Y called the plan "..."`, not `Y leads by 21 points among those who are "..."`. */
const MAX_SLOT_OBJECT = 4;

/**
 * `Lee said the plan would fail, while Ortiz proposed they "start again"`: a clause joined to the
 * sentence's first one (after a comma, or a semicolon), with a subject of its own, holds the quote
 * that follows its verb; that verb governs it, not the first clause's cue, whether or not the
 * lexicon lists it (the slot after the subject holds the verb). The last such clause counts.
 */
function joinedClauseFirst(ctx: RuleContext, cues: CueMatch[], open: number): CueMatch[] {
  const { tokens } = ctx;
  for (let j = open - 2; j > cues[0]!.endToken; j--) {
    const joiner = tokens[j]!;
    if (!joinsClause(tokens, j, true)) continue;
    if (joiner.lower !== ";" && tokens.slice(cues[0]!.endToken, j).some((t) => REPORTED_OPENERS.has(t.lower))) return cues;
    const subject = ctx.mentionStartingAt(j + 1);
    if (!subject || subject.extentEndToken >= open) return cues;
    const v = ctx.skipAdverbs(pastAppositionCloser(ctx, subject));
    const listed = ctx.cueAt(v);
    const cue = listed ?? slotCueAt(ctx.text, tokens, v);
    if (!cue || cue.endToken > open || ctx.isParticiple(cue)) return cues;
    // The quote is the verb's object or clause: nothing sets it apart, and an unlisted verb is near it.
    if (tokens.slice(cue.endToken, open).some((t) => DASHES.test(t.text)) || (!listed && open - cue.endToken > MAX_SLOT_OBJECT)) return cues;
    return [cue, ...cues.filter((c) => c.firstToken !== cue.firstToken)];
  }
  return cues;
}

/**
 * Where the subject's verb may start: after its extent, or after the comma or dash that closes an
 * apposition the extent holds (`while Ortiz, the former mayor, proposed`).
 */
function pastAppositionCloser(ctx: RuleContext, subject: Mention): number {
  const end = subject.extentEndToken;
  const closer = ctx.tokens[end]?.text ?? "";
  return end > subject.endToken && (closer === "," || DASHES.test(closer)) ? end + 1 : end;
}

/** The cues outside relative clauses first, in order, then those inside them. */
function relativeClausesLast(ctx: RuleContext, cues: CueMatch[]): CueMatch[] {
  const inside = cues.filter((c) => ctx.relativeClauseOf(c));
  return inside.length ? [...cues.filter((c) => !inside.includes(c)), ...inside] : cues;
}

/** Words of the object between a naming verb and the quoted term: "labelled [the council's vote] "a farce"". */
const OBJECT_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);
const OBJECT_HEADS = new Set(["NOUN", "PROPN", "PRON"]);

/** Whether `t` belongs to the object phrase that `next` continues; an adjective before a determiner ("branded the") is the verb, mistagged. */
function inObject(t: Token, next: Token): boolean {
  if (t.pos === "ADJ" && next.pos === "DET") return false;
  return OBJECT_TAGS.has(t.pos) || /^['\u2019]s$/.test(t.lower);
}

/**
 * `Lund labelled the vote "a farce"`, `branded it "a disgrace"`, `dismissed the report as
 * "fiction"`: a verb, its object and the quoted term as what the object is called. The term is
 * the verb's complement, so the verb names it, whether or not the lexicon lists the verb. A term
 * that goes on into a noun (`bought the "vintage" car`) is a modifier, not a complement.
 */
function namingVerb(ctx: RuleContext, open: number, from: number): CueMatch | null {
  const { tokens, quote } = ctx;
  const after = tokens[ctx.tokenAt(quote.close?.end ?? quote.end)];
  if (after && after.sentence === tokens[open]!.sentence && OBJECT_HEADS.has(after.pos)) return null;
  let i = open - 1;
  if (tokens[i]?.lower === "as") i--;
  const head = tokens[i];
  if (!head || !OBJECT_HEADS.has(head.pos)) return null;
  let first = i;
  while (first - 1 >= from && open - first < 7 && inObject(tokens[first - 1]!, tokens[first]!)) first--;
  if (first - 1 < from || ctx.insideQuote(tokens[first - 1]!.start)) return null;
  return slotCueAt(ctx.text, tokens, first - 1, true);
}

/** Cues after the clause that opens the sentence come first: that clause's verbs are not the main verb. */
function mainClauseFirst(ctx: RuleContext, cues: CueMatch[], from: number): CueMatch[] {
  const comma = ctx.openingClauseEnd(from, cues[cues.length - 1]!.firstToken);
  if (comma < 0) return cues;
  const inClause = cues.filter((c) => c.firstToken < comma);
  return [...cues.filter((c) => c.firstToken > comma), ...inClause];
}

/** Words that open a clause a verb takes as its object: "groused that ...", "pondered who ...", "wondered whether ...". */
const COMPLEMENT_OPENERS = new Set(["that", "whether", "who", "why", "how"]);
/** Words of a prepositional phrase between such a verb and its clause: "to a crowd in Leeds", "of the scandal", "to her". */
const PHRASE_TAGS = new Set(["ADP", "DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"]);
/** How many words that phrase may hold. */
const MAX_PHRASE = 6;
/** A passive verb's auxiliary: "was sparked by the discovery that" has no speaker. */
const PASSIVE_BE = new Set(["is", "was", "are", "were", "be", "been", "being"]);
/** Subjects that name nobody: "It has not helped that ...". */
const DUMMY_SUBJECTS = new Set(["it", "this", "that", "there"]);

/** Tags of the word a subject ends in, right before its verb: "Ortiz notes that", "a pollster, notes that". */
const SUBJECT_END_TAGS = new Set(["PROPN", "NOUN"]);

/**
 * `Ortiz notes that`, `The study argues that`: a verb's third-person form that the tagger took for a
 * plural noun, between a subject and "that" (not after a determiner or possessive: "his notes that").
 */
function verbTakenForNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "NOUN" || tokens[i + 1]?.lower !== "that" || !/^\p{Ll}{3,}s$/u.test(t.text)) return false;
  const before = tokens[i - 1];
  return !!before && (before.text === "," || SUBJECT_END_TAGS.has(before.pos));
}

/**
 * `Lund groused to a crowd in Leeds that the paper "does not treat me properly"`, `Lund pondered
 * who might "speak for us"`: no listed cue, but the sentence's main verb takes as its object a
 * clause that holds the quote; that structure makes it a verb of saying or thinking, whatever the
 * verb, and its subject the speaker. Quotations in marks only (reported speech is found through
 * listed cues). A noun before "that" ("her argument that", "the discovery that") owns the clause.
 */
function complementVerbSpeaker(ctx: RuleContext): Attribution | null {
  if (ctx.quote.type === "indirect") return null;
  const { tokens } = ctx;
  const from = ctx.parent ? ctx.tokenAt(ctx.parent.start) : ctx.sentence.firstToken;
  const open = ctx.tokenAt(ctx.quote.open?.start ?? ctx.quote.start);
  const comma = ctx.openingClauseEnd(from, open);
  for (let i = comma < 0 ? from : comma + 1; i < open; i++) {
    const slotted = verbTakenForNoun(tokens, i);
    if ((tokens[i]!.pos !== "VERB" && !slotted) || ctx.insideQuote(tokens[i]!.start)) continue;
    const cue = slotCueAt(ctx.text, tokens, i, slotted);
    if (cue && ctx.relativeClauseOf(cue)) continue;
    // The main verb alone: a later verb belongs to a clause of its own.
    if (!cue || PASSIVE_BE.has(tokens[i - 1]?.lower ?? "")) return null;
    let j = cue.endToken;
    if (tokens[j]?.pos === "ADP") while (j < open && j - cue.endToken < MAX_PHRASE && !COMPLEMENT_OPENERS.has(tokens[j]!.lower) && PHRASE_TAGS.has(tokens[j]!.pos)) j++;
    const opener = tokens[j];
    if (j >= open || !COMPLEMENT_OPENERS.has(opener!.lower) || (tokens[j - 1]!.pos === "NOUN" && j - 1 !== i) || /^(?:NOUN|ADJ)$/.test(tokens[j + 1]?.pos ?? "")) return null;
    const speaker = ctx.subjectOf(cue);
    if (!speaker || DUMMY_SUBJECTS.has(speaker.text.toLowerCase())) return null;
    return { speaker, cue, confidence: confidenceOf(ctx, cue), reason: `"${speaker.text}" ${cue.text} the clause the quote stands in` };
  }
  return null;
}
