import { isQuotationMark } from "../document/quotation-marks";
import type { Token } from "../document/types";
import type { Mention } from "./types";

/** How many tokens the description between a name and "known as" may run ("the hacker"). */
const MAX_DESCRIPTION = 8;

/**
 * Names that are another name's alias: "Marek Novak, the hacker known as “Wraith,”", "Ann Lee,
 * known as Annie": the alias mention (the index in sorted `mentions`) with the full name it
 * stands for. The full name must come just before, set off by a comma, with no verb or other
 * name between it and "known as".
 */
export function aliasesOf(mentions: readonly Mention[], tokens: readonly Token[]): Map<Mention, Mention> {
  const aliases = new Map<Mention, Mention>();
  mentions.forEach((alias, at) => {
    if (alias.kind !== "name") return;
    let k = alias.firstToken - 1;
    if (tokens[k] && isQuotationMark(tokens[k]!)) k--; // known as "Wraith"
    if (tokens[k]?.lower !== "as" || tokens[k - 1]?.lower !== "known") return;
    const sentence = tokens[alias.firstToken]!.sentence;
    for (let j = at - 1; j >= 0; j--) {
      const owner = mentions[j]!;
      if (owner.firstToken < 0 || tokens[owner.firstToken]!.sentence !== sentence) return;
      if (owner.endToken > k - 1) continue;
      if (owner.kind !== "name") continue;
      const between = tokens.slice(owner.endToken, k - 1);
      const plain = between.length <= MAX_DESCRIPTION && (between.length === 0 || between[0]!.text === ",") && between.every((t) => t.pos !== "VERB" && t.pos !== "AUX" && t.pos !== "PROPN");
      if (plain && owner.category !== "organisation" && owner.category !== "place") aliases.set(alias, owner);
      return;
    }
  });
  return aliases;
}
