// Word classes and word lists the reported-speech patterns share.

/** Cues whose complement is a noun phrase, `to` or a wh-clause rather than a clause. */
export const OBJECT_TAKERS = new Set(["np", "to", "wh"]);

/** Parts of speech that can end a subject right before its verb. */
export const SUBJECT_END = new Set(["NOUN", "PROPN", "PRON", "NUM"]);

/** Personal pronouns that can be a clause's subject: "she knew", "they say". */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(["i", "you", "he", "she", "we", "they"]);

/** Parts of speech that can open a noun phrase. */
export const NP_START = /^(DET|PRON|NOUN|PROPN|ADJ|NUM)$/;

/** A learned phrase ending in a preposition ("called for", "railed against"). */
export const PREPOSITION_END = / (for|about|on|of|to|against|over|with|at|in)$/;

/** Their noun-phrase object is not what was said: "said Monday", "told reporters", "added two years". */
export const NO_NOUN_OBJECT = new Set(["say", "tell", "add"]);

export const TIME_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|this|last|earlier|later|recently|january|february|march|april|may|june|july|august|september|october|november|december)$/;
