import { POSSESSIVE_DETERMINERS, TIME_HEADS, TITLE_HEADS } from "./words";

/** Number words: a phrase ending in one counts ("three" of "two in three"), it names no one. */
const NUMBER_WORDS = new Set(
  "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million percent half third quarter".split(" "),
);
/**
 * Whether a speaker phrase that no name or role noun backs (a rule's plain span, kind "unknown")
 * cannot be one person, so that he or she never resolves to it: a thing someone owns ("his
 * announcement speech"), a number or share ("10", "three", "55 percent"), a time ("the 20th
 * century"), or a lower-case phrase headed by no role noun ("the fracas"). "his wife", "the
 * nominee" and any capitalised name stay possible.
 */
export function namesNoPerson(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  const head = words[words.length - 1]?.toLowerCase().replace(/[.,;:]+$/u, "");
  if (!head) return true;
  if (/^\d/u.test(head) || NUMBER_WORDS.has(head) || TIME_HEADS.has(head)) return true;
  if (TITLE_HEADS.has(head)) return false;
  // An owner opens a phrase about a thing of someone's ("his announcement speech").
  if (POSSESSIVE_DETERMINERS.has(words[0]!.toLowerCase())) return true;
  return words.every((w) => !/^\p{Lu}/u.test(w));
}
