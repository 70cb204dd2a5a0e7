import { WhosaidError } from "../errors";
import shipped from "./learned.json";
import { learnedCueForms, type LearnedCueFigures } from "./learned";

/**
 * The speech-cue lexicon: built-in verbs, written as lemmas and expanded to their inflected
 * surface forms, merged with the cue forms learned from PolNeAR train (`npm run train`), once,
 * when an extractor is created.
 */

/** What a cue usually introduces: a quotation, a that-clause, a bare clause, `to` + verb, a
 * wh-clause or a noun phrase (learned; built-in verbs take clauses). */
export type CueTakes = "quote" | "that" | "clause" | "to" | "wh" | "np";

/** What a cue word tells the attribution rules. */
export interface CueEntry {
  /** The dictionary form ("say" for "said"). */
  lemma: string;
  /** How strongly the word signals speech, 0..1. */
  weight: number;
  /** Also a common noun or non-speech verb ("note", "report", "claim"): require a verb tag. */
  ambiguous: boolean;
  /** What it usually introduces. */
  takes: CueTakes;
  /** Share of uses with the content before the cue ("CLAUSE, X said"). */
  contentBefore: number;
  /** Share of uses with a source ("X said", "said X"): low for passives ("was seen as"). */
  sourced: number;
  /** A built-in or added verb (its weight is hand-set), not a form only learned from data. */
  builtIn: boolean;
}

/** The shipped learned forms, checked once on first use. */
let shippedForms: ReadonlyMap<string, LearnedCueFigures> | undefined;

/** Learned forms below this precision are left out: mostly ordinary uses of the word. */
const MIN_LEARNED_PRECISION = 0.15;

/** Verbs whose surface forms also need a verb POS tag to count as a cue. */
const AMBIGUOUS = new Set([
  "note", "report", "claim", "post", "comment", "answer", "reply", "warn", "charge", "counter",
  "call", "write", "state", "continue", "estimate", "joke", "promise", "pledge", "vow", "tweet",
  "respond", "ask", "describe", "concede", "question", "cite", "find", "show", "suggest", "label",
  "bark", "rail", "vent", "marvel",
]);

/** lemma -> weight. Weights reflect how often the word introduces speech in news. */
const BUILT_IN: Record<string, number> = {
  say: 1, tell: 0.95, add: 0.9, state: 0.8, note: 0.8, explain: 0.85, claim: 0.85, argue: 0.9,
  insist: 0.9, warn: 0.85, write: 0.8, tweet: 0.9, post: 0.6, announce: 0.8, declare: 0.85,
  suggest: 0.7, indicate: 0.75, report: 0.7, acknowledge: 0.85, admit: 0.85, confirm: 0.8,
  deny: 0.8, reply: 0.9, respond: 0.8, ask: 0.8, answer: 0.7, complain: 0.85, contend: 0.9,
  assert: 0.9, allege: 0.85, accuse: 0.8, proclaim: 0.85, predict: 0.8, recall: 0.8,
  remark: 0.85, observe: 0.7, comment: 0.8, conclude: 0.7, emphasise: 0.85, emphasize: 0.85,
  stress: 0.8, promise: 0.7, vow: 0.75, pledge: 0.7, urge: 0.7, quip: 0.95, joke: 0.8,
  sigh: 0.8, shout: 0.8, yell: 0.8, whisper: 0.8, mutter: 0.8, testify: 0.85, concede: 0.85,
  counter: 0.8, retort: 0.95, boast: 0.85, maintain: 0.7, mention: 0.5, recount: 0.8,
  reveal: 0.7, disclose: 0.7, charge: 0.7, agree: 0.6, describe: 0.6, call: 0.5, continue: 0.5,
  believe: 0.6, think: 0.55, estimate: 0.6, speculate: 0.8, wonder: 0.7, lament: 0.85,
  caution: 0.8, cite: 0.5, characterize: 0.7, characterise: 0.7, label: 0.6, laud: 0.7,
  scold: 0.8, scoff: 0.85, fume: 0.8, bark: 0.8, muse: 0.85, exclaim: 0.9, grumble: 0.85,
  plead: 0.7, marvel: 0.7, rail: 0.7, interject: 0.9, reiterate: 0.85, vent: 0.6, surmise: 0.8,
  opine: 0.9,
};

const IRREGULAR: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "written", "writing"],
  think: ["think", "thinks", "thought", "thinking"],
  find: ["find", "finds", "found", "finding"],
  show: ["show", "shows", "showed", "shown", "showing"],
  admit: ["admit", "admits", "admitted", "admitting"],
  quip: ["quip", "quips", "quipped", "quipping"],
  counter: ["counter", "counters", "countered", "countering"],
  answer: ["answer", "answers", "answered", "answering"],
  whisper: ["whisper", "whispers", "whispered", "whispering"],
  mutter: ["mutter", "mutters", "muttered", "muttering"],
  wonder: ["wonder", "wonders", "wondered", "wondering"],
  question: ["question", "questions", "questioned", "questioning"],
};

/**
 * The present tense of a learned verb that train never showed in it ("reminds" beside "remind",
 * "reminded" and "reminding"): where the bare form, the -ing form and one more are learned
 * inflections of one lemma, its third person is a cue too, with the figures of its past form (else
 * its weakest), so that a house style in the present tense ("The secretariat reminds members
 * that") reads as the past one does. It needs a verb tag to count (`ambiguous`).
 */
/** A filled-in form needs at least this precision: weaker verbs are mostly deeds ("decides", "threatens"). */
const MIN_FILLED_PRECISION = 0.6;

function paradigmForms(learned: ReadonlyMap<string, LearnedCueFigures>): Map<string, LearnedCueFigures> {
  const filled = new Map<string, LearnedCueFigures>();
  for (const form of learned.keys()) {
    if (form.includes(" ") || !form.endsWith("ing")) continue;
    const stem = form.slice(0, -3);
    // The bare form must be learned too: it settles the lemma's spelling ("remind", not "reminde").
    for (const lemma of [stem, `${stem}e`]) {
      const forms = inflect(lemma);
      const known = forms.filter((f) => learned.has(f));
      if (!learned.has(lemma) || known.length < 3) continue;
      const figures = learned.get(forms[2]!) ?? known.map((f) => learned.get(f)!).reduce((a, b) => (a.precision <= b.precision ? a : b));
      const present = forms[1]!;
      if (!learned.has(present) && !filled.has(present) && figures.precision >= MIN_FILLED_PRECISION) filled.set(present, figures);
      break;
    }
  }
  return filled;
}

/** Regular English inflections of a verb lemma: 3rd person, past, -ing. */
export function inflect(lemma: string): string[] {
  // Own keys only: a cue added as "constructor" must not find Object.prototype's.
  const irregular = Object.hasOwn(IRREGULAR, lemma) ? IRREGULAR[lemma] : undefined;
  if (irregular) return irregular;
  if (lemma.includes(" ")) return [lemma];
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    return [lemma, `${stem}ies`, `${stem}ied`, `${lemma}ing`];
  }
  if (lemma.endsWith("e")) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${lemma}ed`, `${lemma}ing`];
}

/**
 * Options that change the speech-cue lexicon (the words every rule and the reported-speech finder
 * look for). Case does not matter.
 */
export interface CueOptions {
  /**
   * Extra cues: a verb as its lemma ("gush" also matches "gushes", "gushed", "gushing"), or a
   * phrase of several words, matched exactly as written ("in the words of"; add each form you
   * want, e.g. "points out" and "pointed out").
   */
  add?: readonly string[];
  /**
   * Built-in (and learned) cues to remove, by lemma or by form: "tweet" removes "tweets",
   * "tweeted", ...; "according to" the phrase.
   */
  remove?: readonly string[];
  /** Start from an empty lexicon instead of the built-in one (then only `add` counts). */
  replace?: boolean;
}

function assertCueOptions(options: CueOptions): void {
  if (typeof options !== "object" || options === null) throw new WhosaidError("INVALID_OPTION", "cues must be an object { add, remove, replace }");
  for (const key of ["add", "remove"] as const) {
    const list = options[key];
    if (list !== undefined && (!Array.isArray(list) || !list.every((w) => typeof w === "string" && w.trim()))) {
      throw new WhosaidError("INVALID_OPTION", `cues.${key} must be an array of non-empty strings, got ${JSON.stringify(list)}`);
    }
  }
  if (options.replace !== undefined && typeof options.replace !== "boolean") {
    throw new WhosaidError("INVALID_OPTION", "cues.replace must be true or false");
  }
}

const normalise = (cue: string) => cue.toLowerCase().trim().replace(/\s+/g, " ");

/** Surface form (lower case, single word or phrase) -> entry. */
export type CueLexicon = ReadonlyMap<string, CueEntry>;

/**
 * The cue lexicon: the built-in verbs and the shipped learned forms, changed by `options`;
 * `learned` (a lexicon of `npm run train`) adds its forms to the learned ones, its figures
 * winning for a form in both.
 */
export function buildCueLexicon(options: CueOptions = {}, learned?: unknown): CueLexicon {
  assertCueOptions(options);
  shippedForms ??= learnedCueForms(shipped);
  const learnedForms = learned === undefined ? shippedForms : new Map([...shippedForms, ...learnedCueForms(learned)]);
  const removedLemmas = new Set((options.remove ?? []).map(normalise));
  const lemmas = new Map<string, number>();
  if (!options.replace) {
    for (const [lemma, weight] of Object.entries(BUILT_IN)) if (weight > 0) lemmas.set(lemma, weight);
  }
  for (const lemma of removedLemmas) lemmas.delete(lemma);
  for (const lemma of options.add ?? []) lemmas.set(normalise(lemma), 0.9);
  const lexicon = new Map<string, CueEntry>();
  if (!options.replace) {
    const removed = new Set([...removedLemmas].flatMap((lemma) => inflect(lemma)));
    for (const [form, cue] of learnedForms) {
      if (cue.precision < MIN_LEARNED_PRECISION || removed.has(form)) continue;
      lexicon.set(form, {
        lemma: form, weight: cue.precision, ambiguous: cue.precision < 0.6, takes: cue.takes,
        contentBefore: cue.contentBefore, sourced: cue.sourceBefore + cue.sourceAfter, builtIn: false,
      });
    }
  }
  if (!options.replace) {
    const removed = new Set([...removedLemmas].flatMap((lemma) => inflect(lemma)));
    for (const [form, cue] of paradigmForms(learnedForms)) {
      if (cue.precision < MIN_LEARNED_PRECISION || removed.has(form) || lexicon.has(form)) continue;
      lexicon.set(form, {
        lemma: form, weight: cue.precision, ambiguous: true, takes: cue.takes,
        contentBefore: cue.contentBefore, sourced: cue.sourceBefore + cue.sourceAfter, builtIn: false,
      });
    }
  }
  for (const [lemma, weight] of lemmas) {
    for (const form of inflect(lemma)) {
      const known = lexicon.get(form);
      lexicon.set(form, {
        lemma,
        weight: Math.max(weight, known?.weight ?? 0),
        ambiguous: AMBIGUOUS.has(lemma) || (known?.ambiguous ?? false),
        takes: known?.takes ?? "clause",
        contentBefore: known?.contentBefore ?? 0.2,
        sourced: known?.sourced ?? 1,
        builtIn: true,
      });
    }
  }
  // "according to" is the one fixed phrase built in; it attributes without a verb.
  if (!options.replace && !removedLemmas.has("according to")) {
    lexicon.set("according to", { lemma: "according to", weight: 0.95, ambiguous: false, takes: "clause", contentBefore: 0.7, sourced: 1, builtIn: true });
  }
  return lexicon;
}
