import { isSubordinator } from "../document/opening-clause";
import { givesTitle, reducedRelativeAgentBy } from "../document/passive";
import { isFloatingQuantifier, isVerb } from "../document/pos";
import { WH_RELATIVES } from "../document/relatives";
import type { Token } from "../document/types";
import type { CueMatch } from "../lexicon/match";
import { isShareHead } from "../mentions/poll-share";
import { possessedName } from "../mentions/possessor";
import { CLOSING_OR_STRAIGHT, OPENING_OR_STRAIGHT } from "../document/quotation-marks";
import { LEGISLATOR_LETTERS } from "../mentions/words";
import type { Mention } from "../mentions/types";
import { invertedSubject, verbThenPreposition } from "../quotes/inverted";
import { catenativeStart } from "../quotes/reported/subject";
import { TIME_PHRASE_WORDS, TIME_WORDS } from "../document/time-words";
import { headMention, modifiedPhraseStart, modifiersEnd, opensSubject, participleWithObject } from "./post-modified";
import { withinAny } from "./lookup";
import { lightVerbBefore } from "./light-verb";
import { controlledObjectStart } from "./object-control";
import { passiveSpeaker } from "./passive-speaker";
import { verbOfOwnedNoun } from "./owned-noun-object";
import { subjectRelativeBefore } from "./subject-relative";
import { trailingClauseSubject } from "./trailing-clause";
import { joinedClauseSubject } from "./joined-clause";
import { seriesVerbBefore } from "./rules/verb-series";
import type { RuleContext } from "./types";

const BETWEEN_SPEAKER_AND_CUE = new Set(["ADV", "AUX", "PART"]);
/** Adverbs the tagger takes for verbs, adjectives or prepositions: "it further wrote", "she later added", "she has since said". */
const MISTAGGED_ADVERBS = new Set(["further", "later", "also", "again", "then", "once", "still", "since"]);

/** Reflexives that stress the subject before its verb: "the 23-year-old himself wrote". */
const EMPHATIC_REFLEXIVES = new Set(["himself", "herself", "themselves", "itself"]);

/** Whether a word may stand between a speaker and the cue: "X also said", "X has said", "X wants to say". */
export function standsBeforeCue(t: Token): boolean {
  return BETWEEN_SPEAKER_AND_CUE.has(t.pos) || MISTAGGED_ADVERBS.has(t.lower);
}

/** What closes an apposition or a parenthetical after a name: "X, a senator, said", "X -- ... -- told". */
const APPOSITION_MARKS = new Set([",", "--", "\u2014", "\u2013"]);

/**
 * Whether token `k` is a hyphen with a space on either side, which some house styles write for a
 * dash ("Ann Lee - who ran in 2012 - said"); a hyphen inside a word ("pro-Lee") is not.
 */
export function isSpacedHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return t?.text === "-" && !!before && !!after && before.end < t.start && after.start > t.end;
}

/**
 * Adverbial phrases that stand between a subject and its verb, alone ("X has in fact reported",
 * "X in turn said") or set off by commas ("X, for his part, said"): not the verb's subject.
 */
const ADVERBIAL_PHRASES = new Set(["in fact", "of course", "for one", "in turn", "in part", "at times", "in effect", "by then", "so far",
  "for example", "for instance", "in particular", "by contrast", "in addition", "in response", "for his part", "for her part", "for their part", "for its part"]);

/** Where an adverbial phrase of {@link ADVERBIAL_PHRASES} that ends before token `k` starts ("has [in fact] reported"), or `k`. */
export function adverbialPhraseStart(tokens: readonly Token[], k: number): number {
  for (let first = k - 2; first >= k - 3 && first >= 0; first--) {
    if (tokens[first]!.sentence !== tokens[k - 1]!.sentence) return k;
    let words = tokens[first]!.lower;
    for (let j = first + 1; j < k; j++) words += ` ${tokens[j]!.lower}`;
    if (ADVERBIAL_PHRASES.has(words)) return first;
  }
  return k;
}

/**
 * Where the opening comma of an aside of {@link ADVERBIAL_PHRASES} closed by the comma at token
 * `close` stands (", for one,", ", for her part,"), or -1.
 */
function adverbialAsideStart(tokens: readonly Token[], close: number): number {
  if (tokens[close]?.text !== ",") return -1;
  const first = adverbialPhraseStart(tokens, close);
  return first < close && tokens[first - 1]?.text === "," && tokens[first - 1]!.sentence === tokens[close]!.sentence ? first - 1 : -1;
}

/** Whether token `k` sets off an apposition or an aside: a comma or a dash ({@link APPOSITION_MARKS}, a spaced hyphen). */
function setsOffAside(tokens: readonly Token[], k: number): boolean {
  return APPOSITION_MARKS.has(tokens[k]?.text ?? "") || isSpacedHyphen(tokens, k);
}
/** How far (in tokens) an apposition may separate a speaker from the cue. */
const MAX_APPOSITION = 40;

type Usable = (m: Mention) => Mention | null;

/**
 * The speaker of a cue, tried in this order:
 * - the mention right before it, past adverbs, auxiliaries, a parenthetical and a time phrase
 *   ("X said", "X also has said", "X (D-Md.) said", "X on Tuesday said");
 * - across an apposition, parenthetical or dashes: the first mention that a comma or dash follows
 *   ("X, director of Y, said", "X (D-Md.), chair of Y, said", "X -- who ... -- told");
 * - the subject of the sentence, for a cue that shares it: an infinitive ("X took to Twitter to
 *   accuse"), a coordinated verb ("X took the stage and called"), a participle ("X, saying",
 *   "despite admitting", "After saying ..., she was");
 * - after the cue, where the cue opens its clause ("..., said X", "CLAUSE, said X, a title").
 */
export function subjectOf(ctx: RuleContext, cue: CueMatch, usable: Usable): Mention | null {
  const { tokens } = ctx;
  // "Lee made similarly harsh charges that": the noun of saying is the words of the verb's subject.
  const agent = passiveSpeaker(ctx, cue);
  if (agent) return agent;
  // "Ray called Lee's remarks "racist"": the verb says it of the noun; Lee did not say it.
  const governing = verbOfOwnedNoun(ctx, cue);
  if (governing) return subjectOf(ctx, governing, usable);
  // "a course called "Perception"", "themes embraced by Lee": the noun a participle modifies did not say the words.
  // (Not for reported speech: `..., a practice criticized by Lee` sums up the clause, Lee did not say it.)
  const reduced = ctx.quote.type === "indirect" ? null : reducedRelativeAgentBy(tokens, cue.firstToken, cue.endToken);
  if (reduced !== null) return reduced >= 0 ? ctx.mentionStartingAt(reduced + 1) : subjectBeforeModifiedNoun(ctx, cue, usable);
  const light = lightVerbBefore(tokens, cue);
  if (light >= 0) return subjectOf(ctx, { ...cue, firstToken: light, endToken: light + 1, start: tokens[light]!.start, end: tokens[light]!.end }, usable);
  const sentence = tokens[cue.firstToken]!.sentence;
  const participle = isParticiple(ctx.tokens, cue);
  let k = cue.firstToken;
  let skipped = 0;
  while (k > 0 && skipped < 6) {
    const prev = tokens[k - 1]!;
    if (prev.sentence !== sentence && prev.text !== "]") break;
    const found = ctx.mentionEndingAt(k);
    if (found) return subjectEndingAt(ctx, cue, found, k, participle, usable);
    // "The 23-year-old himself wrote": a reflexive that stresses the mention before it.
    // "X, the hacker known as "Gucci," stated": the comma of the apposition inside a quoted term's marks.
    if ((EMPHATIC_REFLEXIVES.has(prev.lower) && ctx.mentionEndingAt(k - 1)) || closesQuotedTerm(tokens, k - 1)) {
      k--;
      continue;
    }
    // "Ruiz paused, then revealed": a verb after ", then" is coordinated with the one before the comma.
    if (prev.text === "," && tokens[k]?.lower === "then") return coordinatedSubject(ctx, k - 1, usable) ?? sentenceSubject(ctx, cue, usable);
    // "claims that Ruiz, for one, called": an adverbial aside between commas is no apposition; a
    // mention right before it that is itself set off ("X, the chairman, for example, said") is left to the apposition's rule.
    const aside = adverbialAsideStart(tokens, k - 1);
    const beforeAside = aside >= 0 ? ctx.mentionEndingAt(aside) : null;
    const subject = beforeAside ? subjectEndingAt(ctx, cue, beforeAside, aside, participle, usable) : null;
    if (subject && !setsOffAside(tokens, subject.extentFirstToken - 1)) return subject;
    if (setsOffAside(tokens, k - 1)) {
      const across = acrossApposition(ctx, cue, k, participle, usable);
      if (across !== undefined) return across;
      break;
    }
    // "A trio of PACs have in fact reported": not "fact".
    const adverbial = adverbialPhraseStart(tokens, k);
    if (adverbial < k) {
      k = adverbial;
      skipped++;
      continue;
    }
    if (TIME_WORDS.test(prev.lower)) {
      k = timePhraseStart(tokens, k);
      skipped++;
      continue;
    }
    if (prev.text === ")") {
      // "Paul D. Ryan (R-Wis.) said": step over the parenthetical.
      const open = openingParenthesis(tokens, k - 1);
      if (open < 0) break;
      k = open;
      continue;
    }
    if ((prev.lower === "to" && prev.pos === "PART") || prev.pos === "CCONJ" || (participle && isPreposition(prev))) return sharedSubject(ctx, cue, k, usable);
    if (!(standsBeforeCue(prev) || prev.text === "]" || isFloatingQuantifier(tokens, k - 1))) return relativeHead(ctx, k) ?? modifiedSubject(ctx, k, usable) ?? fromCueOn(ctx, cue, participle, k);
    k--;
    skipped++;
  }
  return fromCueOn(ctx, cue, participle, k);
}

/**
 * `Lee shared a syllabus for a course called "Perception"`, `Ray released a memo titled "..."`: a
 * name or title a participle gives the noun it modifies, with no agent, is credited to the
 * subject of the sentence that mentions the noun (never the noun itself, which ends at most two
 * adverbs before the participle).
 */
function subjectBeforeModifiedNoun(ctx: RuleContext, cue: CueMatch, usable: Usable): Mention | null {
  // (A verdict, `information later labeled "top secret"`, is someone else's: `according to X` may follow.)
  if (!givesTitle(ctx.tokens, cue.firstToken)) return null;
  const subject = sentenceSubject(ctx, cue, usable);
  return subject && subject.extentEndToken < cue.firstToken - 2 ? subject : null;
}

/** The speaker of a cue whose walk back met mention `found`, ending at token `k`: the mention itself, or the subject it belongs to. */
function subjectEndingAt(ctx: RuleContext, cue: CueMatch, found: Mention, k: number, participle: boolean, usable: Usable): Mention | null {
  const { tokens } = ctx;
  // "..., with senior officials warning that": "with" opens an absolute clause whose subject the mention is.
  if (participle && absoluteWith(tokens, found.extentFirstToken)) return usable(found);
  // "The council issued a note calling", "The campaign sent out a text to supporters saying":
  // the object of a verb (or of its particle or a preposition) is not the participle's subject.
  if (participle && isObject(tokens, found.extentFirstToken)) {
    const subject = sentenceSubject(ctx, cue, usable);
    return subject && subject.extentEndToken < found.extentFirstToken ? subject : null;
  }
  if (dummyIt(tokens, found, cue)) return null;
  return mainSubjectForWhat(ctx, cue, found, usable) ?? relativeHead(ctx, k) ?? modifiedSubject(ctx, k, usable, found) ?? found;
}

/**
 * The speaker of a cue right after a comma, dash or bracket at token `k - 1`; undefined when no
 * apposition closes there and the cue opens its clause ("CLAUSE, said X": see fromCueOn).
 */
function acrossApposition(ctx: RuleContext, cue: CueMatch, k: number, participle: boolean, usable: Usable): Mention | null | undefined {
  const prev = ctx.tokens[k - 1]!;
  // "CLAUSE, Spicer said, adding": the participle shares the subject of the cue before it.
  const before = participle && prev.text === "," ? ctx.cueAt(k - 2) : null;
  const shared = before && before.endToken === k - 1 && !isParticiple(ctx.tokens, before) ? subjectOf(ctx, before, usable) : null;
  if (shared) return shared;
  // "..., as Park echoed the criticism, saying": the participle goes on with the trailing clause.
  const clause = participle && prev.text === "," ? trailingClauseSubject(ctx, k - 1, usable) : null;
  if (clause) return clause;
  // "..., forcing her to fight Lee, said Ann Park, a pollster": no apposition closes at the comma, the cue opens its clause.
  const inverted = participle ? null : invertedSubjectOf(ctx, cue);
  if (inverted) return inverted;
  const subject = appositiveSubject(ctx, cue, usable);
  if (subject || participle) return subject;
  // "Lee summed it up as "weak," denounced its cost and said": a verb in a series shares the first one's subject.
  const first = prev.text === "," ? seriesVerbBefore(ctx, cue, k - 1) : -1;
  const t = ctx.tokens[first];
  return t ? subjectOf(ctx, { ...cue, firstToken: first, endToken: first + 1, start: t.start, end: t.end }, usable) ?? undefined : undefined;
}

/**
 * A cue after "to", a conjunction or (a participle) a preposition at token `k - 1` shares a
 * subject: "Lee failed to respond", "Lee was eager to talk about" (the verb's or adjective's before
 * "to"), "Lee smiled and said" (the coordinated verb's), else the sentence's.
 */
function sharedSubject(ctx: RuleContext, cue: CueMatch, k: number, usable: Usable): Mention | null {
  const prev = ctx.tokens[k - 1]!;
  // "an opening for Lee to highlight": the "for" phrase names the infinitive's own subject.
  const forSubject = prev.pos === "PART" ? forPhraseSubject(ctx, k - 1) : null;
  if (forSubject) return usable(forSubject);
  // "The leak led Gov. Lee to resign": the object of a verb that moves it to act does the infinitive, not the sentence's subject.
  const object = prev.pos === "PART" ? controlledObjectStart(ctx.tokens, k - 1) : -1;
  if (object >= 0) return controlledSubject(ctx, object, k - 1, usable);
  // (The verb is where its words start: "went" of "went on to explain".)
  const verb = prev.pos === "PART" ? catenativeStart(ctx.tokens, ctx.sentences[prev.sentence]!.firstToken, k - 1) : -1;
  const shared = verb >= 0 ? subjectOf(ctx, { ...cue, firstToken: verb, endToken: verb + 1 }, usable) : null;
  if (shared) return shared;
  // "..., while Y has soared in the polls by saying": the joined clause's subject, not the sentence's.
  if (prev.pos !== "CCONJ") return joinedClauseSubject(ctx, k - 1, usable) ?? sentenceSubject(ctx, cue, usable);
  return coordinatedSubject(ctx, k - 1, usable) ?? (isParticiple(ctx.tokens, cue) ? participleBefore(ctx, k - 1, usable) : joinedClauseSubject(ctx, k - 1, usable)) ?? sentenceSubject(ctx, cue, usable);
}

/** The mention between "for" and the "to" at token `to` ("for Lee to"), or null. */
function forPhraseSubject(ctx: RuleContext, to: number): Mention | null {
  const mention = ctx.mentionEndingAt(to);
  return mention && ctx.tokens[mention.extentFirstToken - 1]?.lower === "for" ? mention : null;
}

/** The mention that is the whole object from token `object` to the "to" at token `to`, or null (an object no mention covers is no one else's). */
function controlledSubject(ctx: RuleContext, object: number, to: number, usable: Usable): Mention | null {
  const mention = ctx.mentionEndingAt(to);
  return mention && mention.extentFirstToken >= object ? usable(mention) : null;
}

/** How far back a participle coordinated with another may look for it. */
const MAX_COORDINATED_PARTICIPLE = 25;

/**
 * `..., with Tom Ray tweeting that it was a "disaster" and asking, "..."`: a participle after "and"
 * (at token `and`) shares the subject of the participle of saying it is coordinated with.
 */
function participleBefore(ctx: RuleContext, and: number, usable: Usable): Mention | null {
  const { tokens } = ctx;
  for (let i = and - 1; i >= 0 && and - i <= MAX_COORDINATED_PARTICIPLE && tokens[i]!.sentence === tokens[and]!.sentence; i--) {
    if (tokens[i]!.text === ";" || tokens[i]!.text === ":") return null;
    const cue = ctx.cueAt(i);
    if (cue && cue.firstToken === i && cue.endToken <= and && isParticiple(tokens, cue) && !ctx.insideQuote(cue.start)) return subjectOf(ctx, cue, usable);
  }
  return null;
}

/** `CLAUSE, said Ann Park, a pollster.`: the mention (not a pronoun) after an inverted cue, or null. */
function invertedSubjectOf(ctx: RuleContext, cue: CueMatch): Mention | null {
  const span = invertedSubject(ctx.tokens, cue, (first) => {
    const m = ctx.mentionStartingAt(first);
    return m && m.kind !== "pronoun" ? m.endToken : -1;
  });
  return span && ctx.mentionStartingAt(span.first);
}

/** "A woman who has accused the mayor of fraud said": the head of the subject's relative clause ("A woman who"), or null. */
function relativeHead(ctx: RuleContext, end: number): Mention | null {
  const relative = subjectRelativeBefore(ctx.tokens, end);
  return relative < 0 ? null : ctx.mentionEndingAt(relative + 1) ?? ctx.mentionEndingAt(relative);
}

/** The subject of a cue with none right before it (token `k` on): after a leading participial clause, or after the cue. */
function fromCueOn(ctx: RuleContext, cue: CueMatch, participle: boolean, k: number): Mention | null {
  const { tokens } = ctx;
  const sentence = tokens[cue.firstToken]!.sentence;
  // A sentence-initial participle ("Claiming ..., Trump told Fox"): the subject follows its clause.
  if (participle && (k === 0 || tokens[k - 1]!.sentence !== sentence)) return subjectAfterClause(ctx, cue);
  // "said X" only where the cue opens its clause (`..., said X.`): after "Park said", the
  // mention that follows is what was said or whom it was said to.
  const before = tokens[cue.firstToken - 1];
  const opensClause = !before || before.sentence !== sentence || before.kind === "punct";
  if (!opensClause || verbThenPreposition(ctx.tokens, cue)) return null;
  let j = cue.endToken;
  while (tokens[j] && tokens[j]!.pos === "ADV" && j - cue.endToken < 2) j++;
  const found = ctx.mentionStartingAt(j);
  // "X, who is running, said it was "impossible"": a mention that a verb follows opens what was said.
  return found && !isVerb(tokens[found.extentEndToken]) ? found : null;
}

/**
 * "Officials with the X Committee said", "voters polled said": the head of a subject phrase that
 * modifiers after it end at token `end` (post-modified.ts), or null.
 */
function modifiedSubject(ctx: RuleContext, end: number, usable: Usable, found?: Mention): Mention | null {
  const { tokens } = ctx;
  const first = modifiedPhraseStart(tokens, end);
  if (first < 0 || !opensSubject(tokens, first)) return null;
  const mentions: Mention[] = [];
  for (const m of ctx.mentionsIn(tokens[first]!.start, tokens[end - 1]!.end)) if (usable(m)) mentions.push(m);
  const named = headMention(tokens, mentions, first, end, isShareHead);
  // "China's Ministry of Commerce said": the body named after a place's possessive.
  const head = named && possessedName(named, (k) => mentions.find((m) => m.extentFirstToken === k), tokens);
  // "Secretary of State John Kerry said", "The campaign of Ann Lee said": a person named after a
  // single head is its own subject, or speaks for it; a plural head ("supporters of Ann Lee") is the
  // speaker, and so is a head a participle with its object modifies ("the lawyer representing Ann Lee").
  if (head && found && found.kind === "name" && found.category === "person" && !head.plural && !objectOfParticiple(tokens, head, found)) return null;
  return head;
}

/** Whether mention `found` stands in the object of a participle that modifies `head`: "the lawyer representing Ann Lee". */
function objectOfParticiple(tokens: readonly Token[], head: Mention, found: Mention): boolean {
  for (let k = head.extentEndToken; k < found.extentFirstToken; k++) if (participleWithObject(tokens, k)) return true;
  return false;
}

const PASSIVE_BE = new Set(["is", "was", "are", "were", "been", "be"]);

/** "It is believed ...", "It was reported that ...": the "it" of a passive cue is no speaker. */
function dummyIt(tokens: readonly Token[], found: Mention, cue: CueMatch): boolean {
  if (found.endToken - found.firstToken !== 1 || tokens[found.firstToken]!.lower !== "it") return false;
  for (let k = found.endToken; k < cue.firstToken; k++) if (PASSIVE_BE.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "When asked whom she backed, Lee smiled and said": the verb just before the conjunction at token
 * `and`, with no object, shares its subject with the cue: the mention right before that verb (past
 * adverbs), not the first of the sentence. Also past a comma and a time phrase: "CLAUSE, Ken Abe
 * said Monday, but added that".
 */
function coordinatedSubject(ctx: RuleContext, and: number, usable: Usable): Mention | null {
  const { tokens } = ctx;
  const afterComma = tokens[and - 1]?.text === ",";
  const end = afterComma ? timePhraseStart(tokens, and - 1) : and;
  let verb = end - 1;
  // Past a comma only a finite cue: "..., but downplayed" after "for Romney to attend" is not
  // Romney's, nor "..., but decided" after "a statement to read" the statement's.
  if (afterComma && (!ctx.cueAt(verb) || tokens[verb - 1]?.lower === "to")) return null;
  if (!isVerb(tokens[verb]) || tokens[verb]!.pos === "AUX") return null;
  let k = verb;
  while (k > 0 && tokens[k - 1]!.sentence === tokens[and]!.sentence && standsBeforeCue(tokens[k - 1]!) && verb - k < 2) k--;
  const subject = ctx.mentionEndingAt(k);
  return subject ? usable(subject) : null;
}

/** Whether the phrase at token `first` follows ", with", which opens an absolute clause ("..., with aides saying that"). */
function absoluteWith(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.lower === "with" && tokens[first - 2]?.text === ",";
}

/** Particles that end a phrasal verb before its object: "put out a statement", "set up a fund". */
const OBJECT_PARTICLES = new Set(["out", "up", "off", "down"]);

/** Whether the noun phrase starting at token `first` is an object: a verb, a verb's particle or a preposition comes right before it. */
function isObject(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before) return false;
  return isVerb(before) || (OBJECT_PARTICLES.has(before.lower) && isVerb(tokens[first - 2])) || objectPreposition(before);
}

/**
 * Whether the noun phrase starting at token `first` is the object of a verb: not the subject that
 * an inverted cue puts after it (`..., said Ann Lee, adding`), nor a member of a list that
 * "including" adds to the phrase before it ("Aides, including Ann Lee, have ...").
 */
function verbObject(tokens: readonly Token[], first: number): boolean {
  const verb = tokens[first - 1];
  if (!isObject(tokens, first) || verb?.lower === "including") return false;
  const beforeVerb = tokens[first - 2];
  return !(isVerb(verb) && (!beforeVerb || beforeVerb.sentence !== verb!.sentence || beforeVerb.kind === "punct"));
}

/**
 * "sent a text to supporters saying", "a memo to employees explaining": the listener a "to" names
 * is not the subject of a participle after it. (Not other prepositions: "partners in Tehran
 * referring", "the campaign of the senator from Ohio saying" end a subject phrase.)
 */
function objectPreposition(t: Token): boolean {
  return t.pos === "ADP" && t.lower === "to";
}

/** Where the time phrase that ends before token `k` starts ("on Tuesday", "in 2010", "just this month"), or `k`. */
export function timePhraseStart(tokens: readonly Token[], k: number): number {
  if (k === 0 || !TIME_WORDS.test(tokens[k - 1]!.lower)) return k;
  let j = k - 1;
  while (j > 0 && k - j < 4 && TIME_PHRASE_WORDS.has(tokens[j - 1]!.lower)) j--;
  return j;
}

/**
 * "Lund condemned what he called a "reckless stunt"": where the pronoun of "what he called"
 * refers to the main clause's subject, that subject names the speaker.
 */
function mainSubjectForWhat(ctx: RuleContext, cue: CueMatch, found: Mention, usable: Usable): Mention | null {
  if (found.kind !== "pronoun" || ctx.tokens[found.extentFirstToken - 1]?.lower !== "what") return null;
  const subject = subjectCandidates(ctx, cue, usable)[0];
  if (!subject || subject.extentEndToken >= found.extentFirstToken || subject.kind === "pronoun") return null;
  // "Trump mocked what she called ...": only where the pronoun refers to that subject.
  const entity = ctx.resolve(found);
  return entity && entity === ctx.resolve(subject) ? subject : null;
}

/** "saying", "referring to", "calling for": the cue's verb is a present participle ("according to" is not). */
export function isParticiple(tokens: readonly Token[], cue: CueMatch): boolean {
  return cue.lemma !== "according to" && tokens[cue.firstToken]!.lower.endsWith("ing");
}

function isPreposition(t: Token | undefined): boolean {
  return !!t && (t.pos === "ADP" || t.pos === "SCONJ");
}

/**
 * Mentions before the cue in its sentence that can be a subject (not the object of a preposition);
 * with `clauses`, also the subject of a clause a subordinator opens ("As X, a lawyer, put it").
 */
function subjectCandidates(ctx: RuleContext, cue: CueMatch, usable: Usable, clauses = false): Mention[] {
  const { tokens } = ctx;
  const sentence = ctx.sentences[tokens[cue.firstToken]!.sentence]!;
  const candidates = ctx.mentionsIn(sentence.start, tokens[cue.firstToken]!.start);
  // Filtered in place by a loop: `filter` with closures over these locals allocated their scope on every call.
  let kept = 0;
  for (const m of candidates) {
    const start = nounPhraseStart(tokens, ownPhraseStart(tokens, m));
    // Not a name in a quoted title: `On "Face the Nation," Sen. Lee said`.
    if (usable(m) && (subjectLike(tokens[start - 1], clauses) || seatOf(tokens, start - 1)) && !withinAny(ctx.titles, m)) candidates[kept++] = m;
  }
  candidates.length = kept;
  return candidates;
}

/**
 * Where a mention's own phrase starts: its extent, unless the extent opens with the object of a
 * preposition that a comma sets off from the name ("[in his campaign, ]Nora Quist attacked"):
 * that object is the opening phrase's, and the name after the comma the subject.
 */
function ownPhraseStart(tokens: readonly Token[], m: Mention): number {
  if (m.firstToken > m.extentFirstToken && tokens[m.firstToken - 1]?.text === ","
    && isPreposition(tokens[nounPhraseStart(tokens, m.extentFirstToken) - 1])) return m.firstToken;
  return m.extentFirstToken;
}

/** "Opposition MP for [Hill Vale Palani Sivakumar] said": the "for" at `k` joins a legislator's letters to a seat named before the name, not a preposition's object. */
function seatOf(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === "for" && LEGISLATOR_LETTERS.has(tokens[k - 1]?.text ?? "");
}

/** Whether the word before a mention's phrase lets it be a subject: "In a panel discussion in Washington, Marc H. Morial, ... told" is not the place. */
function subjectLike(before: Token | undefined, clauses: boolean): boolean {
  return !isPreposition(before) || (clauses && isSubordinator(before!));
}

/** Words of a noun phrase before a mention: "In [an] AP interview", "at [the] White House". */
const NOUN_PHRASE_TAGS = new Set(["DET", "ADJ", "NUM"]);

/** Where the noun phrase that a mention starting at `first` belongs to starts. */
function nounPhraseStart(tokens: readonly Token[], first: number): number {
  let j = first;
  while (j > 0 && first - j < 3 && NOUN_PHRASE_TAGS.has(tokens[j - 1]!.pos)) j--;
  return j;
}

/** "Ann Lee, head of the Institute for Road Safety, said": a long apposition. */
function appositiveSubject(ctx: RuleContext, cue: CueMatch, usable: Usable): Mention | null {
  if (isParticiple(ctx.tokens, cue)) return sentenceSubject(ctx, cue, usable);
  // Where the modifiers of an earlier candidate end: a name inside them ("The Minister for Lands
  // and Natural Resources, X, said") is the head's modifier, not the subject.
  let modified = 0;
  for (const m of subjectCandidates(ctx, cue, usable, true)) {
    if (cue.firstToken - m.extentEndToken > MAX_APPOSITION || m.firstToken < modified) continue;
    const next = afterPlaceOfOrigin(ctx.tokens, afterParenthetical(ctx.tokens, m.extentEndToken));
    if (closesApposition(ctx.tokens, next, cue.firstToken)) return m;
    // "Authorities in Lower Saxony, the state next to X, said": past the head's own modifiers;
    // not where a person's name stands in apposition ("The head of the union, Tom Park, said").
    const end = modifiersEnd(ctx.tokens, m.extentEndToken);
    if (end > m.extentEndToken && closesApposition(ctx.tokens, end, cue.firstToken) && !personNamedAt(ctx, end + 1)) return m;
    if (end > m.extentEndToken) modified = Math.max(modified, end);
  }
  return null;
}

/** Whether a person's name starts at token `i` ("..., Tom Park, said"). */
function personNamedAt(ctx: RuleContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  // The name's own span: an extent may reach back over the head ("The head of X, Tom Park").
  for (const m of ctx.mentionsIn(t.start, t.end + 200)) if (m.firstToken === i && m.kind === "name" && m.category === "person") return true;
  return false;
}

/**
 * A comma after the name, or a dash that a second dash closes before the cue: "X -- ... -- told",
 * not the dateline of "LEEDS -- Mayor Lund, opening ..., said".
 */
function closesApposition(tokens: readonly Token[], at: number, cueToken: number): boolean {
  const mark = tokens[at]?.text ?? "";
  // "some voters who have listened to X, on television, said": a relative clause that a comma closes before the cue.
  if (mark === "," || WH_RELATIVES.has(tokens[at]?.lower ?? "")) return true;
  if (!setsOffAside(tokens, at)) return false;
  for (let i = at + 1; i < cueToken; i++) if (tokens[i]!.text === mark && setsOffAside(tokens, i)) return true;
  return false;
}

/** How many tokens a quoted term inside an apposition may span ("the hacker known as "Gucci,""). */
const MAX_QUOTED_TERM = 6;

/** Whether token `close` is a closing mark after a comma that ends a short quoted term opened a few tokens before. */
function closesQuotedTerm(tokens: readonly Token[], close: number): boolean {
  if (!CLOSING_OR_STRAIGHT.has(tokens[close]?.text ?? "") || tokens[close - 1]?.text !== ",") return false;
  for (let j = close - 2; j > 0 && close - j <= MAX_QUOTED_TERM; j--) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[close]!.sentence) return false;
    if (OPENING_OR_STRAIGHT.has(t.text)) return true;
  }
  return false;
}


/** The "(" that the ")" at `close` closes, within a few tokens and the same sentence, or -1. */
function openingParenthesis(tokens: readonly Token[], close: number): number {
  for (let j = close - 1; j >= 0 && close - j < 12 && tokens[j]!.sentence === tokens[close]!.sentence; j--) {
    if (tokens[j]!.text === "(") return j;
  }
  return -1;
}

/** The token after "of Texas" or "from New York" at `i` (names only: "Senator John Cornyn of Texas, ..."), or `i`. */
function afterPlaceOfOrigin(tokens: readonly Token[], i: number): number {
  if (!/^(of|from)$/.test(tokens[i]?.lower ?? "")) return i;
  let j = i + 1;
  while (tokens[j] && tokens[j]!.pos === "PROPN" && j - i <= 4) j++;
  return j > i + 1 ? j : i;
}

/** The token after a parenthetical that starts at `i` ("(D-Md.)"), or `i` itself. */
function afterParenthetical(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== "(") return i;
  for (let j = i + 1; j < tokens.length && j - i < 12; j++) if (tokens[j]!.text === ")") return j + 1;
  return i;
}

/**
 * The subject of the cue's sentence: the first subject-like mention that a verb before the cue
 * follows ("Hours later, Lund returned ..., telling", "At a rally in Salem, Ore., on Tuesday, Lund
 * endorsed ..., saying": not "Hours" nor "Ore."), else the first subject-like mention, else the
 * subject after a leading clause.
 */
function sentenceSubject(ctx: RuleContext, cue: CueMatch, usable: Usable): Mention | null {
  const candidates = subjectCandidates(ctx, cue, usable);
  // "Using a crude phrase to describe X, Lee said": in a sentence a participle opens, the opening
  // clause's objects are not its subject, which follows the clause.
  const afterClause = isParticiple(ctx.tokens, cue) || opensWithParticiple(ctx, cue);
  if (candidates.length === 0) return afterClause ? subjectAfterClause(ctx, cue) : null;
  // "The attorney general is suing Lee for $4 million, claiming ...", "Aides urged Lee to resign,
  // saying": a verb's object is not the subject the participle shares; with none but objects, the
  // subject is no detected mention.
  let kept = 0;
  for (const m of candidates) if (!verbObject(ctx.tokens, nounPhraseStart(ctx.tokens, ownPhraseStart(ctx.tokens, m)))) candidates[kept++] = m;
  candidates.length = kept;
  if (kept === 0 && afterClause) return subjectAfterClause(ctx, cue);
  for (const m of candidates) {
    if (leadsVerbBefore(ctx.tokens, m, cue.firstToken)) return m;
    // "Farmers in Central and Eastern provinces have rejected ..., saying": a head whose modifiers lead the verb.
    const end = modifiersEnd(ctx.tokens, m.extentEndToken);
    if (end > m.extentEndToken && leadsVerbFrom(ctx.tokens, end, cue.firstToken)) return namedAfterHead(ctx, m, cue, usable) ?? m;
  }
  const first = candidates[0];
  return (first && namedAfterHead(ctx, first, cue, usable)) ?? first ?? null;
}

/** Whether the cue's sentence opens with a present participle before the cue ("Using ...", "Citing ..."). */
function opensWithParticiple(ctx: RuleContext, cue: CueMatch): boolean {
  const first = ctx.sentences[ctx.tokens[cue.firstToken]!.sentence]!.firstToken;
  const t = ctx.tokens[first]!;
  return first < cue.firstToken && t.pos === "VERB" && t.lower.endsWith("ing");
}

/**
 * "Opposition leader in the Punjab Assembly Rana Sohail Akhtar termed ...": a person's name that
 * ends a single head's phrase and leads its verb is the subject the head describes (as in
 * "Secretary of State Dana Ruiz said"), though a preposition stands before the name's phrase.
 */
function namedAfterHead(ctx: RuleContext, head: Mention, cue: CueMatch, usable: Usable): Mention | null {
  if (head.kind === "name" || head.plural) return null;
  const { tokens } = ctx;
  for (const m of ctx.mentionsIn(tokens[head.extentEndToken - 1]!.end, tokens[cue.firstToken]!.start)) {
    if (m.kind !== "name" || m.category !== "person" || !usable(m)) continue;
    for (let k = head.extentEndToken; k < m.extentFirstToken; k++) if (isVerb(tokens[k]) || tokens[k]!.kind === "punct") return null;
    return leadsVerbBefore(tokens, m, cue.firstToken) ? usable(m) : null;
  }
  return null;
}

/**
 * Whether a verb before token `limit` follows a mention as its subject, past a parenthetical,
 * "of Vermont", a comma apposition, adverbs and a time phrase: "Lund (R-Iowa) on Wednesday
 * downplayed", "Senator Ray Lund of Vermont endorsed", "Quist, a lawyer, said".
 */
function leadsVerbBefore(tokens: readonly Token[], m: Mention, limit: number): boolean {
  return leadsVerbFrom(tokens, afterPlaceOfOrigin(tokens, afterParenthetical(tokens, m.extentEndToken)), limit);
}

/** Whether a verb before token `limit` follows a subject phrase that ends at token `j` (see {@link leadsVerbBefore}). */
function leadsVerbFrom(tokens: readonly Token[], j: number, limit: number): boolean {
  const mark = tokens[j]?.text;
  if (mark === "," || (mark && PAIRED_DASHES.has(mark)) || isSpacedHyphen(tokens, j)) {
    // "Quist, a lawyer, said", "Quist -- whose husband signed the law -- has derided": past the aside.
    const sentence = tokens[j]!.sentence;
    let close = j + 1;
    while (close < limit && tokens[close]!.sentence === sentence && tokens[close]!.text !== mark && close - j < 16) close++;
    if (tokens[close]?.text !== mark) return false;
    j = close + 1;
  }
  for (let skipped = 0; j < limit && skipped < 4 && !isVerb(tokens[j]); skipped++) {
    const t = tokens[j]!;
    if (t.pos === "ADV" || standsBeforeCue(t) || TIME_WORDS.test(t.lower) || (TIME_PHRASE_WORDS.has(t.lower) && TIME_WORDS.test(tokens[j + 1]?.lower ?? ""))) j++;
    else break;
  }
  return j < limit && isVerb(tokens[j]);
}

/** Dashes that set off an aside in pairs. */
export const PAIRED_DASHES: ReadonlySet<string> = new Set(["--", "\u2014", "\u2013"]);

/** "After saying ..., she was": the mention that opens the main clause, if a verb follows it. */
function subjectAfterClause(ctx: RuleContext, cue: CueMatch): Mention | null {
  const { tokens } = ctx;
  const sentence = ctx.sentences[tokens[cue.firstToken]!.sentence]!;
  for (let i = cue.endToken; i < sentence.endToken - 1; i++) {
    if (tokens[i]!.text !== ",") continue;
    // The clause may end inside the quote: `After saying it was "so swollen," she was`.
    const next = CLOSING_OR_STRAIGHT.has(tokens[i + 1]?.text ?? "") ? i + 2 : i + 1;
    const subject = ctx.mentionStartingAt(next);
    if (!subject) continue;
    let j = subject.extentEndToken;
    while (tokens[j] && tokens[j]!.pos === "ADV") j++;
    if (isVerb(tokens[j])) return subject;
  }
  return null;
}

/**
 * Whether a mention is the subject of a verb right after it, past a parenthetical, an apposition
 * and adverbs: "Lavrov was", "X (D-Md.) said", "His partner, Lawrence Cummings, called".
 */
export function governsVerb(tokens: readonly Token[], mention: Mention): boolean {
  let j = afterParenthetical(tokens, mention.extentEndToken);
  // "His partner, Lawrence Cummings, called": the name in apposition stands for the subject too.
  if (tokens[j]?.text === "," && isVerb(tokens[j + 1])) return true;
  if (tokens[j]?.text === ",") {
    const sentence = tokens[j]!.sentence;
    let close = j + 1;
    while (tokens[close] && tokens[close]!.sentence === sentence && tokens[close]!.text !== "," && close - j < 16) close++;
    if (tokens[close]?.text !== ",") return false;
    j = close + 1;
  }
  while (tokens[j] && tokens[j]!.pos === "ADV") j++;
  return isVerb(tokens[j]);
}
