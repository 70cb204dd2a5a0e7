import winkNLP from "wink-nlp";
import { sentencesAndTagsModel as model } from "./wink-model";
import { loadCoreModel, type CoreModel } from "./model-load";

type Wink = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<Wink["readDoc"]>;

/**
 * Only the annotations whosaid reads: sentence boundaries and POS tags. Negation, sentiment,
 * entity and custom-entity passes would double readDoc's cost; tokens, types, POS tags and
 * sentences come out identical without them (checked in tests/document/wink-pipe.test.ts).
 */
export const WINK_PIPE = ["sbd", "pos"];

/** Articles read by one wink instance before a fresh one is loaded: bounds the memory it learns. */
const ARTICLES_PER_INSTANCE = 5000;

interface Lexemes {
  hash: Record<string, number | undefined>;
  list: string[];
  index: number;
}

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
 * before it. Before each article, the words learned while reading the previous one are taken out
 * of the lookup table again (they stay in wink's lists, which earlier documents still point into):
 * every article is read as by a freshly loaded model, whatever came before it and whichever worker
 * of a pool reads it. Plain words (see plainWordTest) stay learned: most of an article's new words
 * are names, and relearning them made wink's readDoc about a third dearer.
 */
class IsolatedWink {
  readonly nlp: Wink;
  private readonly lexemes: Lexemes;
  private readonly keepsLearned: (word: string) => boolean;
  /** Where the words learned from the previous article start in the lexeme list. */
  private learnedFrom: number;
  articles = 0;

  constructor() {
    let loaded: CoreModel | undefined;
    const source = model as unknown as { core: () => CoreModel };
    const wrapped = {
      ...model,
      core: () => (loaded = loadCoreModel(source.core)),
    } as typeof model;
    this.nlp = winkNLP(wrapped, WINK_PIPE);
    this.lexemes = loaded!.features.lexeme;
    this.keepsLearned = plainWordTest(loaded!);
    this.learnedFrom = this.lexemes.index;
  }

  /** Reads an article's parts in order: words learned in one part stay known in the next. */
  readParts(parts: readonly string[]): WinkDoc[] {
    const { hash, list, index } = this.lexemes;
    for (let k = this.learnedFrom; k < index; k++) {
      const word = list[k]!;
      if (hash[word] === k && !this.keepsLearned(word)) delete hash[word];
    }
    this.learnedFrom = index;
    this.articles++;
    return parts.map((part) => this.nlp.readDoc(part));
  }
}

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

/**
 * Reads one article with wink-nlp, as if with a freshly loaded model (see IsolatedWink), in parts
 * of about PART_LENGTH characters (splitAtLineBreaks): one wink document per part.
 */
export function readArticle(text: string): { docs: WinkDoc[]; its: Wink["its"] } {
  if (!instance || instance.articles >= ARTICLES_PER_INSTANCE) instance = new IsolatedWink();
  return { docs: instance.readParts(splitAtLineBreaks(text)), its: instance.nlp.its };
}

