import winkNLP from "wink-nlp";
import { sentencesAndTagsModel as model } from "./wink-model";
import { withCheapModelCopy } from "./model-copy";

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

interface CoreModel {
  features: { lexeme: Lexemes };
  tcat: { hash: Record<string, number> };
  /** The recursive tokenizer's regular expressions: [source, flags, token category]. */
  trex: { rtc: Array<[string, string, number]> };
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
      core: () => (loaded = withCheapModelCopy(() => source.core())),
    } as typeof model;
    this.nlp = winkNLP(wrapped, WINK_PIPE);
    this.lexemes = loaded!.features.lexeme;
    this.keepsLearned = plainWordTest(loaded!);
    this.learnedFrom = this.lexemes.index;
  }

  readDoc(text: string): WinkDoc {
    const { hash, list, index } = this.lexemes;
    for (let k = this.learnedFrom; k < index; k++) {
      const word = list[k]!;
      if (hash[word] === k && !this.keepsLearned(word)) delete hash[word];
    }
    this.learnedFrom = index;
    this.articles++;
    return this.nlp.readDoc(text);
  }
}

let instance: IsolatedWink | null = null;

/** Reads one article with wink-nlp, as if with a freshly loaded model (see IsolatedWink). */
export function readArticle(text: string): { doc: WinkDoc; its: Wink["its"] } {
  if (!instance || instance.articles >= ARTICLES_PER_INSTANCE) instance = new IsolatedWink();
  return { doc: instance.readDoc(text), its: instance.nlp.its };
}

/** Loads the model now (otherwise the first article pays for it). */
export function wink(): Wink {
  instance ??= new IsolatedWink();
  return instance.nlp;
}
