import type { Token } from "../document/types";
import type { Mention } from "./types";

/** How far after a name its pronouns may be declared ("Kit Hale, 24, who uses they/them pronouns"), in tokens. */
const REACH = 10;

/**
 * Whether the text declares "they/them" as the pronouns of the person a name mention names:
 * "Kit Hale, who uses they/them pronouns,", "Sam Lee (they/them)". Such a person is "they" in the
 * article, and never "he" or "she".
 */
export function declaresThey(tokens: readonly Token[], m: Mention): boolean {
  const sentence = tokens[m.endToken - 1]?.sentence;
  for (let k = m.endToken; k + 2 < tokens.length && k - m.endToken < REACH && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.lower === "they" && tokens[k + 1]!.text === "/" && tokens[k + 2]!.lower === "them") return true;
  }
  return false;
}
