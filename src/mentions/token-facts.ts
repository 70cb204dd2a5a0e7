import { isRelativePronoun } from "../document/relatives";
import type { Token } from "../document/types";
import { DOCUMENT_HEADS } from "./describe";
import { institutionOfEnd } from "./institution-names";
import { FIRST_NAME, isDemonymNoun, nameTagOf } from "./lexicon";
import { EPITHET_PEOPLE, GENDERED_HEADS, GROUP_HEADS, LEGISLATOR_LETTERS, NOT_NAMES, ORG_HEADS, PRONOUNS, TITLE_HEADS } from "./words";

const CAPITALISED = /^\p{Lu}/u;

/** `CAPITALISED.test(text)`, deciding plain ASCII without the regular expression. */
/** A code of letters, a hyphen and a number: "M-27", "EB-5", "F-35". */
const CODE = /^\p{L}+-\d/u;

function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(text);
}

/** "the 71-year-old": an age standing for a person, headed by its "old". */
function isAgeEpithet(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === "old" && tokens[i - 1]?.text === "-" && tokens[i - 2]?.lower === "year" && tokens[i - 3]?.text === "-";
}

/** Kin nouns of the tabloid epithets "the gran-of-five", "a dad-of-two", "the mother-of-three". */
const KIN_OF = new Set(["mum", "mom", "mother", "dad", "father", "gran", "granny", "grandmother", "grandma", "nan", "grandad", "granddad", "grandfather", "grandpa", "grandparent", "parent"]);

/** "the gran-of-five": a parent's count of children standing for a person, headed by the count. */
function isKinCountEpithet(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (t?.pos === "NUM" || t?.kind === "number") && tokens[i - 1]?.text === "-" && tokens[i - 2]?.lower === "of" && tokens[i - 3]?.text === "-" && KIN_OF.has(tokens[i - 4]?.lower ?? "");
}

/** Where an age before the noun `i` would end: past up to two capitalised words of where the person is from ("29-year-old Dover woman"). */
function ageBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= i - 2 && tokens[k]?.kind === "word" && capitalised(tokens[k]!.text) && tokens[k]!.pos === "PROPN") k--;
  return k;
}


/** Every role head noun. */
const HEADS = new Set([...TITLE_HEADS, ...GROUP_HEADS, ...ORG_HEADS, ...DOCUMENT_HEADS]);

// Bits of TokenFacts.facts: the token's flags, then (once looked up) its lexicon tag shifted past them.
const CAPITALISED_TOKEN = 1;
/** A capitalised word that NOT_NAMES does not rule out ("Monday", "Mr." are out). */
const NAME_SHAPED = 2;
/** A name-shaped word tagged PROPN: a name word anywhere, a sentence's first word included. */
const NAME_ANYWHERE = 4;
/** A name-shaped word tagged PROPN, NOUN, ADJ or X: a name word except as a sentence's first word. */
const NAME_INSIDE = 8;
const TAG_LOOKED_UP = 16;
const TAG_SHIFT = 5;

/** Role nouns that are adjectives too ("chief executive", "official figures"). */
const ADJECTIVE_ROLES = new Set(["chief", "official", "executive", "principal"]);

/**
 * What mention detection asks of each token, read from the tokens in one pass: a name detector
 * that asks "is this a capitalised name word?" several times per token then reads a byte, and the
 * scans for role nouns and pronouns visit only the tokens that are one. Lexicon tags are looked up
 * once per token, on first need.
 */
export class TokenFacts {
  /** One number per token. */
  private readonly facts: Int32Array;
  /** Role nouns that end their phrase ("spokesman" in "campaign spokesman"), in token order. */
  readonly descriptionHeads: number[] = [];
  /** Capitalised words that can be part of a name (see isNameShaped), in token order. */
  readonly nameShaped: number[] = [];
  /** Subject pronouns ("he", "they"), in token order. */
  readonly pronouns: number[] = [];

  constructor(private readonly tokens: readonly Token[]) {
    this.facts = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const { pos } = t;
      let flags = capitalised(t.text) ? CAPITALISED_TOKEN : 0;
      const word = t.kind === "word";
      // ("trapline M-27", "the F-35": letters, a hyphen and a number are a code, no name; "MI6", "G4S" may be a body's.)
      if (flags && word && !CODE.test(t.text) && (!NOT_NAMES.has(t.lower) || this.endsNameAsMay(i) || this.isNameAn(i) || this.isSeatTitle(i) || this.isNameParticleI(i))) {
        flags |= NAME_SHAPED;
        this.nameShaped.push(i);
        // (Here "I" is a name's particle, see isNameParticleI.)
        if (pos === "PROPN" || (pos === "DET" && t.text === "An") || t.text === "I") flags |= NAME_ANYWHERE | NAME_INSIDE;
        else if (pos === "NOUN" || pos === "ADJ" || pos === "X") flags |= NAME_INSIDE;
      }
      this.facts[i] = flags;
      // (A lower-case "i" is no "I": the Catalan "and" of "Comas i Roura"; nor is the Balinese "I" of a name.)
      if (pos === "PRON" && PRONOUNS.has(t.lower) && t.text !== "i" && !(t.text === "I" && flags & NAME_SHAPED)) this.pronouns.push(i);
      else if (word && (pos === "NOUN" || pos === "PROPN" || this.adjectiveAsHead(i)) && HEADS.has(t.lower) && !this.continuesPhrase(i + 1) && !this.isSurname(i, flags) && institutionOfEnd(tokens, i + 1) < 0) {
        // (Not "the Ministry of Public Works": its words are a name's, see institution-names.ts.)
        this.descriptionHeads.push(i);
      } else if ((isAgeEpithet(tokens, i) || isKinCountEpithet(tokens, i)) && !this.continuesPhrase(i + 1)) {
        this.descriptionHeads.push(i);
      } else if (word && isAgeEpithet(tokens, GENDERED_HEADS.has(t.lower) ? ageBefore(tokens, i) : i - 1) && (pos === "NOUN" || isDemonymNoun(t.lower)) && !this.continuesPhrase(i + 1)) {
        // "the 44-year-old carpenter": the noun after an age heads the epithet, whatever the noun;
        // a man's or woman's noun also after where they are from ("a 29-year-old Dover woman", not "the 49-year-old Carrier plant").
        this.descriptionHeads.push(i);
      } else if (word && pos === "NOUN" && EPITHET_PEOPLE.has(t.lower) && tokens[i - 1]?.pos === "ADJ" && tokens[i - 2]?.lower === "the" && !this.continuesPhrase(i + 1) && !isRelativePronoun(tokens[i + 1]?.lower ?? "", true)) {
        // "the old man", "the young woman": an epithet of someone the article has introduced
        // ("the young woman who showed her in" is someone new).
        this.descriptionHeads.push(i);
      }
    }
  }

  /**
   * "The chief said", "the village chief, Kofi Adou,": a role noun that is also an adjective
   * (ADJECTIVE_ROLES), which the tagger read as one, heads its phrase when it ends it.
   */
  private adjectiveAsHead(i: number): boolean {
    const t = this.tokens[i]!;
    const before = this.tokens[i - 1];
    const after = this.tokens[i + 1];
    // Not after a name ("U.N. chief", a headline's title).
    return t.pos === "ADJ" && ADJECTIVE_ROLES.has(t.lower) && !!before && /^(DET|NOUN|ADJ)$/.test(before.pos) && !(after && /^(NOUN|PROPN|ADJ|NUM)$/.test(after.pos));
  }

  /**
   * "Theresa May", "Yin Myint May": "May" right after a name word, closing the run (no number or
   * capitalised word after it, as in "May 5" or a headline's "Lee May Run"), is a surname.
   */
  /**
   * "the developer's representative, I Wayan Gede Artawan,": the Balinese "I" (a man's name opens
   * with it, a woman's with "Ni") before two proper nouns inside a sentence is a name's first word,
   * no pronoun. Not opening a sentence, where a title-case headline writes "I Want Answers".
   */
  private isNameParticleI(i: number): boolean {
    const t = this.tokens[i]!;
    const prev = this.tokens[i - 1];
    if (t.text !== "I" || !prev || prev.sentence !== t.sentence) return false;
    for (const k of [i + 1, i + 2]) {
      const next = this.tokens[k];
      if (!next || next.sentence !== t.sentence || next.pos !== "PROPN" || !capitalised(next.text) || NOT_NAMES.has(next.lower)) return false;
    }
    return true;
  }

  private endsNameAsMay(i: number): boolean {
    const t = this.tokens[i]!;
    const prev = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    return t.lower === "may" && !!prev && prev.sentence === t.sentence && ((this.facts[i - 1] ?? 0) & NAME_ANYWHERE) !== 0 &&
      !(next && next.sentence === t.sentence && (next.kind === "number" || capitalised(next.text)));
  }

  /**
   * "Ceredigion MS Siân Lloyd": a legislator's letters written all capital between a place and a
   * name are the seat's title (MS, a Member of the Senedd), not the honorific "Ms"; so the place,
   * the title and the name make one run, whose title is the letters (see name-runs.ts). With no
   * name after them ("MS warns", "the area's MS said") they are no honorific either.
   */
  private isSeatTitle(i: number): boolean {
    const t = this.tokens[i]!;
    const prev = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    if (!LEGISLATOR_LETTERS.has(t.text)) return false;
    const nameAfter = !!next && next.sentence === t.sentence && capitalised(next.text);
    // "MS warns", "said the area's MS": no name after the letters, so no honorific.
    if (!nameAfter) return true;
    return !!prev && prev.sentence === t.sentence && capitalised(prev.text) && prev.text !== prev.text.toUpperCase() && next.text !== next.text.toUpperCase();
  }

  /**
   * "Nguyen Van An", "An said", "An, 58, has": "An" capitalised inside a sentence, or opening one
   * before a comma or a verb (not a participle before a noun or number), is a (Vietnamese) name,
   * not the article, which a noun or adjective follows.
   */
  private isNameAn(i: number): boolean {
    const t = this.tokens[i]!;
    if (t.text !== "An") return false;
    const prev = this.tokens[i - 1];
    if (prev && prev.sentence === t.sentence && !/^["“‘']$/.test(prev.text)) return true;
    const next = this.tokens[i + 1];
    if (!next || next.sentence !== t.sentence) return false;
    // "An estimated 200", "An alleged plot": a participle before what the article counts or names.
    const after = this.tokens[i + 2]?.pos ?? "";
    return next.text === "," || ((next.pos === "VERB" || next.pos === "AUX") && !/^(?:NUM|NOUN|ADJ|PROPN)$/.test(after));
  }

  /**
   * "Billie Jean King", "Tom Judge": a capitalised role word right after a first name is a
   * surname, not a description's head (a title goes before a name: "House Speaker Ann Lee").
   */
  private isSurname(i: number, flags: number): boolean {
    if ((flags & CAPITALISED_TOKEN) === 0) return false;
    // "Billie Jean King": the first name may sit one word further back.
    for (let j = i - 1; j >= i - 2 && j >= 0; j--) {
      const prev = this.tokens[j]!;
      if (prev.sentence !== this.tokens[i]!.sentence || !capitalised(prev.text)) return false;
      if (nameTagOf(prev.lower) & FIRST_NAME) return true;
    }
    return false;
  }

  /** The head is the last noun of its phrase: "campaign spokesman" is headed by "spokesman". */
  private continuesPhrase(k: number): boolean {
    const next = this.tokens[k];
    return !!next && (next.pos === "NOUN" || TITLE_HEADS.has(next.lower) || GROUP_HEADS.has(next.lower));
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
