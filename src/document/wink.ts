import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Wink = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<Wink["readDoc"]>;

/**
 * Only the annotation whosaid reads: POS tags. Sentence boundaries are whosaid's own
 * (sentence-ends.ts; wink's cost about a fifth of its reading). Negation, sentiment, entity and
 * custom-entity passes would double readDoc's cost; tokens, types and POS tags come out identical
 * without them (checked in tests/document/wink-pipe.test.ts).
 */
export const WINK_PIPE = ["pos"];

/** Articles read by one wink instance before a fresh one is loaded: bounds the memory it learns. */
const ARTICLES_PER_INSTANCE = 5000;

/** The parts of the model's core (as its `core()` returns it) that whosaid reads. */
interface CoreModel {
  /** wink's word list and word -> position table, into which it learns the words it meets. */
  features: { lexeme: { hash: Record<string, number | undefined>; list: string[]; index: number } };
  tcat: { hash: Record<string, number> };
  /** The recursive tokenizer's regular expressions: [source, flags, token category]. */
  trex: { rtc: Array<[string, string, number]> };
}
type Lexemes = CoreModel["features"]["lexeme"];

/**
 * Which learned words may stay learned across articles: a word of ASCII letters only is a token
 * of its own and of type "word" however wink meets it (its first category detector, the
 * recursive tokenizer's word patterns, a word before a full stop), and knowing it only spares the
 * slow path that would find the same token: no split depends on it. wink learns its features
 * from its text and that type alone, so keeping it gives the features relearning would give. The
 * exception is a word that one of the recursive tokenizer's other patterns matches whole (the
 * currency codes USD, GBP...), learned with another type; they (and their lower case) are not kept.
 */
function plainWordTest(core: CoreModel): (word: string) => boolean {
  const word = core.tcat.hash["word"];
  const others = core.trex.rtc
    .filter(([, , category]) => category !== word)
    .map(([source, flags]) => new RegExp(`^(?:${source})$`, `${flags.replace("g", "")}${flags.includes("i") ? "" : "i"}`));
  return (text) => /^[A-Za-z]+$/.test(text) && !others.some((pattern) => pattern.test(text));
}

/**
 * wink-nlp learns every new word into its cache and consults that cache when it decides how to
 * split a token ("RT's"), so an article could tokenise differently depending on the articles read
 * before it. Every article must read as with a freshly loaded model, whatever came before it and
 * whichever worker of a pool reads it. A fresh wink instance per article would do that through
 * wink's public API alone, but loading the model costs about 100 ms and an article 2-5 ms.
 *
 * So the one trick whosaid keeps: before each article, the words learned while reading the
 * previous one are taken out of this instance's word table again (they stay in wink's lists,
 * which earlier documents still point into). The table is this instance's own copy of the model's
 * core (its `core()` returns a fresh copy on every call). Plain words (see plainWordTest) stay
 * learned: most of an article's new words are names, and relearning them made readDoc about a
 * third dearer. Whether forgetting works is checked on the first instance (forgetsLearnedWords);
 * if a wink-nlp or model release changes how words are learned, whosaid falls back to a fresh
 * instance per article. tests/document/wink-versions.test.ts pins the versions it was checked with.
 */
class IsolatedWink {
  readonly nlp: Wink;
  private readonly lexemes: Lexemes;
  private readonly keepsLearned: (word: string) => boolean;
  /** Where the words learned from the previous article start in the lexeme list. */
  private learnedFrom: number;
  /** How many words the model brought: the words learned later sit past them. */
  private readonly modelWords: number;
  articles = 0;

  constructor() {
    // wink-nlp gets the model's core by calling its `core()`; whosaid makes that call for it, to
    // keep a handle on this instance's word table.
    let core: CoreModel | undefined;
    const loadCore = model.core as () => CoreModel;
    this.nlp = winkNLP({ ...model, core: () => (core = loadCore()) }, WINK_PIPE);
    if (!core) throw new Error("wink-nlp did not load the model's core through its core() function");
    this.lexemes = core.features.lexeme;
    this.keepsLearned = plainWordTest(core);
    this.learnedFrom = this.lexemes.index;
    this.modelWords = this.lexemes.index;
  }

  /** Whether the model's own word list has `word` (not one learned from an article). */
  knows(word: string): boolean {
    const k = this.lexemes.hash[word];
    return k !== undefined && k < this.modelWords;
  }

  /** Takes the words learned since the last call (other than plain words) out of the word table. */
  forgetLearnedWords(): void {
    const { hash, list, index } = this.lexemes;
    for (let k = this.learnedFrom; k < index; k++) {
      const word = list[k]!;
      if (hash[word] === k && !this.keepsLearned(word)) delete hash[word];
    }
    this.learnedFrom = index;
  }

  /** Reads an article's parts in order: words learned in one part stay known in the next. */
  readParts(parts: readonly string[]): WinkDoc[] {
    this.forgetLearnedWords();
    this.articles++;
    // push, not map: optimised, map makes a holey array, and tokenize, compiled for the packed one
    // map makes before, would be compiled again (see docs/performance.md).
    const docs: WinkDoc[] = [];
    for (const part of parts) docs.push(this.nlp.readDoc(part));
    return docs;
  }

  /**
   * Whether forgetting gives back a fresh model's reading: after "Qzÿx's," wink keeps "Qzÿx's"
   * whole, where a fresh model splits "Qzÿx's aide" into "Qzÿx", "'s", "aide". Leaves the instance
   * as it found it when the answer is yes.
   */
  forgetsLearnedWords(): boolean {
    const probe = () => this.nlp.readDoc(SPLIT_PROBE).tokens().out().join(" ");
    const fresh = probe();
    this.forgetLearnedWords();
    this.nlp.readDoc(TEACHING_PROBE);
    this.forgetLearnedWords();
    const again = probe();
    this.forgetLearnedWords();
    return again === fresh;
  }
}

/**
 * Texts of forgetsLearnedWords: an invented name, so that no article's word is learned, and not a
 * plain word (the ÿ), so that the check runs none of plainWordTest's patterns: compiling them
 * cost a cold start about 9 ms, and a first article learns no word that needs them.
 */
export const TEACHING_PROBE = "It was Qzÿx's, he said.";
export const SPLIT_PROBE = "Qzÿx's aide spoke.";

/**
 * About how long a part of an article one `readDoc` reads is. Past about 16,000 elements V8 keeps an array
 * in its large-object space, and wink's per-token arrays grew there step by step: a text ten times
 * as long took 15-20 times as long to read. A long text is therefore read in parts, cut only
 * after a run of line breaks: wink reads every token, type and tag of a part as it reads them in
 * the whole text (checked over all PolNeAR texts joined together), and a line break ends a
 * paragraph and a sentence in whosaid anyway.
 */
export const PART_LENGTH = 15_000;
const LINE_BREAK = /[\n\r]/g;

/**
 * `text` in parts, each cut after the run of line breaks that starts at or after `maxLength`
 * characters into it (so a paragraph is never cut, and a text without such a break is one part).
 */
export function splitAtLineBreaks(text: string, maxLength = PART_LENGTH): string[] {
  const parts: string[] = [];
  let from = 0;
  while (text.length - from > maxLength) {
    LINE_BREAK.lastIndex = from + maxLength;
    if (!LINE_BREAK.exec(text)) break; // one paragraph to the end: read it whole
    let cut = LINE_BREAK.lastIndex;
    // The whole run of line breaks and tabs, as wink's splitter takes it.
    while (cut < text.length && "\n\r\t".includes(text[cut]!)) cut++;
    if (cut >= text.length) break;
    parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return parts;
}

let instance: IsolatedWink | null = null;
/** Whether IsolatedWink's forgetting works with the installed wink-nlp and model (checked once). */
let forgetting: boolean | undefined;

/**
 * Reads one article with wink-nlp, as if with a freshly loaded model (see IsolatedWink), in parts
 * of about PART_LENGTH characters (splitAtLineBreaks): one wink document per part.
 */
export function readArticle(text: string): { docs: WinkDoc[]; its: Wink["its"] } {
  if (!instance || instance.articles >= ARTICLES_PER_INSTANCE || !forgetting) {
    instance = new IsolatedWink();
    forgetting ??= instance.forgetsLearnedWords();
    // The check taught this instance a word it could not forget: read with an untaught one.
    if (!forgetting) instance = new IsolatedWink();
  }
  return { docs: instance.readParts(splitAtLineBreaks(text)), its: instance.nlp.its };
}

/**
 * Whether `word`, as written, is one of the model's own words (about 87,000 English words and
 * names, from its training text): "group", "camp", "junior" are; an honorific of another language
 * written in an English article ("saheb", "chechi", "gogo") is not. Words the model learned from
 * articles read before do not count, so the answer does not depend on them.
 */
export function isModelWord(word: string): boolean {
  instance ??= new IsolatedWink();
  return instance.knows(word);
}

/** For tests: whether a new instance forgets learned words (without changing readArticle's state). */
export const winkForgetsLearnedWords = (): boolean => new IsolatedWink().forgetsLearnedWords();
