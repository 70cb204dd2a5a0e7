/** Small word sets that detection reads around a mention: possessive marks and verbs of saying. */

import { SAYING_VERBS } from "../words";

/** Verbs of saying that a speaker's name or role noun comes right before ("Lynch said", "the foreman said"). */
export const SAYS: ReadonlySet<string> = new Set([...SAYING_VERBS, "asked", "wrote"]);

/** A possessive ending written as a token of its own ("Lee 's", "Jones '"). */
export const POSSESSIVE_MARKS = new Set(["'s", "\u2019s", "'"]);
