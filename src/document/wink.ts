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

/**
 * wink-nlp learns every new word into its cache and consults that cache when it decides how to
 * split a token ("RT's"), so an article could tokenise differently depending on the articles read
 * before it. Before each article, the words learned while reading the previous one are taken out
 * of the lookup table again (they stay in wink's lists, which earlier documents still point into):
 * every article is read as by a freshly loaded model, whatever came before it and whichever worker
 * of a pool reads it.
 */
class IsolatedWink {
  readonly nlp: Wink;
  private readonly lexemes: Lexemes;
  /** Where the words learned from the previous article start in the lexeme list. */
  private learnedFrom: number;
  articles = 0;

  constructor() {
    let lexemes: Lexemes | undefined;
    const source = model as unknown as { core: () => { features: { lexeme: Lexemes } } };
    const wrapped = {
      ...model,
      core: () => {
        const core = withCheapModelCopy(() => source.core());
        lexemes = core.features.lexeme;
        return core;
      },
    } as typeof model;
    this.nlp = winkNLP(wrapped, WINK_PIPE);
    this.lexemes = lexemes!;
    this.learnedFrom = this.lexemes.index;
  }

  readDoc(text: string): WinkDoc {
    const { hash, list, index } = this.lexemes;
    for (let k = this.learnedFrom; k < index; k++) {
      const word = list[k]!;
      if (hash[word] === k) delete hash[word];
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
