import type { Token } from "../document/types";
import { nameTagOf } from "./lexicon";
import { GROUP_HEADS, NOT_NAMES, ORG_HEADS, PRONOUNS, TITLE_HEADS } from "./words";

const CAPITALISED = /^\p{Lu}/u;

/** `CAPITALISED.test(text)`, deciding plain ASCII without the regular expression. */
function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(text);
}

// The word lists the token pass asks about, in one map for at most one lookup per token.
const NOT_A_NAME = 1;
/** A role head noun (TITLE_HEADS, GROUP_HEADS or ORG_HEADS). */
const ROLE_HEAD = 2;
const SUBJECT_PRONOUN = 4;
const WORD_LISTS = new Map<string, number>();
for (const [list, bit] of [[NOT_NAMES, NOT_A_NAME], [TITLE_HEADS, ROLE_HEAD], [GROUP_HEADS, ROLE_HEAD], [ORG_HEADS, ROLE_HEAD], [PRONOUNS.keys(), SUBJECT_PRONOUN]] as const) {
  for (const word of list) WORD_LISTS.set(word, (WORD_LISTS.get(word) ?? 0) | bit);
}

// Bits of TokenFacts.facts: the token's flags, then (once looked up) its lexicon tag shifted past them.
const CAPITALISED_TOKEN = 1;
/** A capitalised word that NOT_NAMES does not rule out ("Monday", "Mr." are out). */
const NAME_SHAPED = 2;
/** A name-shaped word tagged PROPN: a name word anywhere, a sentence's first word included. */
const NAME_ANYWHERE = 4;
/** A name-shaped word tagged PROPN, NOUN, ADJ or X: a name word except as a sentence's first word. */
const NAME_INSIDE = 8;
const TAG_LOOKED_UP = 16;
/** A token inside a description, which no name may start at (see detectMentions). */
const COVERED = 32;
const TAG_SHIFT = 6;

/**
 * The facts buffer of the last article, reused by the next: allocating a typed array per article
 * (an off-heap buffer each time) showed in profiles. Detection is synchronous and makes one
 * TokenFacts at a time, so one buffer serves; an outsized article's buffer is not kept.
 */
let spare = new Int32Array(0);
const SPARE_LIMIT = 1 << 16;

/** A zeroed buffer of at least `length` numbers, the spare one if it is long enough. */
function zeroed(length: number): Int32Array {
  if (length > SPARE_LIMIT) return new Int32Array(length);
  if (spare.length < length) spare = new Int32Array(Math.max(length, Math.min(spare.length * 2, SPARE_LIMIT)));
  else spare.fill(0, 0, length);
  return spare;
}

/**
 * What mention detection asks of each token, read from the tokens in one pass: a name detector
 * that asks "is this a capitalised name word?" several times per token then reads a byte, and the
 * scans for role nouns and pronouns visit only the tokens that are one. Lexicon tags are looked up
 * once per token, on first need.
 */
export class TokenFacts {
  /**
   * One number per token, and a 0 one past the last token (the buffer may be longer, see zeroed):
   * a read there finds no facts, as it did when the array ended at the last token.
   */
  private readonly facts: Int32Array;
  /** Role nouns that end their phrase ("spokesman" in "campaign spokesman"), in token order. */
  readonly descriptionHeads: number[] = [];
  /** Capitalised words that can be part of a name (see isNameShaped), in token order. */
  readonly nameShaped: number[] = [];
  /** Subject pronouns ("he", "they"), in token order. */
  readonly pronouns: number[] = [];

  constructor(private readonly tokens: readonly Token[]) {
    this.facts = zeroed(tokens.length + 1);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const { pos } = t;
      let flags = capitalised(t.text) ? CAPITALISED_TOKEN : 0;
      const word = t.kind === "word";
      const nounOrName = word && (pos === "NOUN" || pos === "PROPN");
      // Only these tokens' answers are read: the lookup is skipped for the others.
      const lists = (flags && word) || nounOrName || pos === "PRON" ? (WORD_LISTS.get(t.lower) ?? 0) : 0;
      if (flags && word && !(lists & NOT_A_NAME)) {
        flags |= NAME_SHAPED;
        this.nameShaped.push(i);
        if (pos === "PROPN") flags |= NAME_ANYWHERE | NAME_INSIDE;
        else if (pos === "NOUN" || pos === "ADJ" || pos === "X") flags |= NAME_INSIDE;
      }
      this.facts[i] = flags;
      if (pos === "PRON" && lists & SUBJECT_PRONOUN) this.pronouns.push(i);
      else if (nounOrName && lists & ROLE_HEAD && !this.continuesPhrase(i + 1)) {
        this.descriptionHeads.push(i);
      }
    }
  }

  /** The head is the last noun of its phrase: "campaign spokesman" is headed by "spokesman". */
  private continuesPhrase(k: number): boolean {
    const next = this.tokens[k];
    return !!next && (next.pos === "NOUN" || TITLE_HEADS.has(next.lower) || GROUP_HEADS.has(next.lower));
  }

  /** Marks a token as part of a description. */
  cover(k: number): void {
    this.facts[k]! |= COVERED;
  }

  isCovered(k: number): boolean {
    return ((this.facts[k] ?? 0) & COVERED) !== 0;
  }

  isCapitalised(k: number): boolean {
    return ((this.facts[k] ?? 0) & CAPITALISED_TOKEN) !== 0;
  }

  /** A capitalised word that can be part of a name, whatever its tag. */
  isNameShaped(k: number): boolean {
    return ((this.facts[k] ?? 0) & NAME_SHAPED) !== 0;
  }

  /** A name word by its tag; a sentence's first word only if tagged PROPN ("Officials said"). */
  isNameWord(k: number, sentenceStart: boolean): boolean {
    return ((this.facts[k] ?? 0) & (sentenceStart ? NAME_ANYWHERE : NAME_INSIDE)) !== 0;
  }

  /** The lexicon tag bit of the token's lower-case word (see lexicon.ts), 0 if unlisted. */
  nameTag(k: number): number {
    const facts = this.facts[k]!;
    if (facts & TAG_LOOKED_UP) return facts >>> TAG_SHIFT;
    const tag = nameTagOf(this.tokens[k]!.lower);
    this.facts[k] = facts | TAG_LOOKED_UP | (tag << TAG_SHIFT);
    return tag;
  }
}
