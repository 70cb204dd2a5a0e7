import type { SpeakerKind, Span } from "../types";

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
  category: SpeakerKind;
  gender?: "male" | "female";
  plural: boolean;
  /** Id of the entity this mention refers to; null for a pronoun until attribution resolves it. */
  entity: string | null;
}

/** One person, organisation or group, with all the mentions that refer to it. */
export interface Entity {
  id: string;
  /** The fullest name the article gives. */
  name: string;
  title?: string;
  kind: SpeakerKind;
  gender?: "male" | "female";
  mentions: Mention[];
}

/** Someone the caller already knows, to seed mention detection. */
export interface KnownSpeaker {
  name: string;
  aliases?: readonly string[];
  title?: string;
  kind?: SpeakerKind;
  gender?: "male" | "female";
}
