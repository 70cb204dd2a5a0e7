import type { SpeakerKind, Span } from "../types";

/** A proper name ("Sergey Lavrov", "POTUS"), a pronoun ("he") or a description ("a White House spokesman"). */
export type MentionKind = "name" | "pronoun" | "description";

/** A phrase that can refer to a speaker: a name, a pronoun or a description. */
export interface Mention extends Span {
  /** "m1", "m2", ... in document order. */
  id: string;
  kind: MentionKind;
  /** Token range [firstToken, endToken) of the mention itself. */
  firstToken: number;
  endToken: number;
  /** Offsets of the whole phrase, with a title before or an apposition after the name. */
  extentStart: number;
  extentEnd: number;
  /** Token range of the whole phrase. */
  extentFirstToken: number;
  extentEndToken: number;
  /** "Russian foreign minister" for "Russian foreign minister Sergey Lavrov". */
  title?: string;
  /**
   * The role a relative clause's verb gives a name ("chairman" of "Lebo Mokoena, who chairs the
   * association,"): a head the descriptions that take it up find the person by, but no title, so
   * that it bars no other description ("a local councillor ... Fergus Kerr, who chairs ...").
   */
  office?: string;
  /**
   * A nickname in marks inside a name, its words only ("Kestrel" of "Daniel “Kestrel” Moreau"):
   * found once, as mention detection reads the name (src/document/nickname.ts).
   */
  nickname?: Span;
  /**
   * What the mention itself suggests: a person, an organisation, a group, a place ("Kenora, Ont."),
   * a document ("the statement"); "unknown" if it cannot tell.
   */
  category: SpeakerKind;
  /** From a first name, an honorific or a pronoun, when known. */
  gender?: "male" | "female";
  /** The gender is an honorific's ("Ms. Sutton"): the article's word, outweighing the first-name list. */
  honorificGender?: true;
  /** A plural description or pronoun ("officials", "they"). */
  plural: boolean;
  /** Id of the entity this mention refers to; null for a pronoun until attribution resolves it. */
  entity: string | null;
}

/** One person, organisation or group, with all the mentions that refer to it. */
export interface Entity {
  /** "e1", "e2", ... (known speakers first). */
  id: string;
  /** The fullest name the article gives, or a known speaker's own name. */
  name: string;
  title?: string;
  kind: SpeakerKind;
  gender?: "male" | "female";
  /**
   * The gender the article's own pronouns give a person whose names give none ("Reince Priebus
   * said his"): it rules out the other pronoun, but earns no bonus over people of unknown gender.
   */
  pronounGender?: "male" | "female";
  /** "they" when the article says the person uses they/them pronouns ("Kit Hale, who uses they/them pronouns"). */
  pronoun?: "they";
  /** Its mentions in document order (a pronoun joins only once attribution resolves it). */
  mentions: Mention[];
}

/**
 * Someone the caller already knows, to seed mention detection: wherever its name or an alias
 * appears (as written, except that the first letter may be either case), that is a mention of this
 * speaker, and a part of the name ("Biden" for "Joe Biden") links to it too. Quotes attributed to
 * it carry this name, title and kind.
 */
export interface KnownSpeaker {
  /** The name to report ("Donald Trump"). */
  name: string;
  /** Other ways the text refers to the speaker: "Trump", "POTUS", "the Donald", "the boss". */
  aliases?: readonly string[];
  /** "President". */
  title?: string;
  /** Default "person". */
  kind?: SpeakerKind;
  /** Lets "he" or "she" resolve to the speaker. */
  gender?: "male" | "female";
}
