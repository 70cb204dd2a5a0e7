import { isQuotationMark } from "../document/quotation-marks";
import type { Token } from "../document/types";
import type { Mention } from "./types";

/** How many tokens the description between a name and "known as" may run ("the hacker"). */
const MAX_DESCRIPTION = 8;
/** How many words may stand between "known" and "as" ("known locally as", "known along the harbour as"). */
const MAX_KNOWN_WHERE = 4;
/** A relative clause's opening before "known as": "Omar Rashid, 52, who is known as". */
const RELATIVE_BE = new Set(["who", "is", "was", "'s", "’s"]);

/**
 * Names that are another name's alias: "Marek Novak, the hacker known as “Wraith,”", "Ann Lee,
 * known as Annie", "Omar Rashid, 52, who is known along the harbour as Abu Karim": the alias mention (the index in sorted `mentions`) with the full name it
 * stands for. The full name must come just before, set off by a comma, with no verb or other
 * name between it and "known as".
 */
export function aliasesOf(mentions: readonly Mention[], tokens: readonly Token[]): Map<Mention, Mention> {
  const aliases = new Map<Mention, Mention>();
  mentions.forEach((alias, at) => {
    if (alias.kind !== "name") return;
    let k = alias.firstToken - 1;
    if (tokens[k] && isQuotationMark(tokens[k]!)) k--; // known as "Wraith"
    if (tokens[k]?.lower !== "as") return;
    const known = knownBefore(tokens, k);
    if (known < 0) return;
    const sentence = tokens[alias.firstToken]!.sentence;
    for (let j = at - 1; j >= 0; j--) {
      const owner = mentions[j]!;
      if (owner.firstToken < 0 || tokens[owner.firstToken]!.sentence !== sentence) return;
      if (owner.endToken > known) continue;
      if (owner.kind !== "name") continue;
      const between = tokens.slice(owner.endToken, known);
      const plain = between.length <= MAX_DESCRIPTION && (between.length === 0 || between[0]!.text === ",") &&
        between.every((t) => RELATIVE_BE.has(t.lower) || (t.pos !== "VERB" && t.pos !== "AUX" && t.pos !== "PROPN"));
      if (plain && owner.category !== "organisation" && owner.category !== "place") aliases.set(alias, owner);
      return;
    }
  });
  return aliases;
}

/** The token "known" of "known as" or "known locally as", the "as" being token `as`; or -1. */
function knownBefore(tokens: readonly Token[], as: number): number {
  for (let k = as - 1; k >= 0 && as - k <= MAX_KNOWN_WHERE + 1; k--) {
    const t = tokens[k]!;
    if (t.lower === "known") return k;
    if (t.kind !== "word" || t.pos === "VERB" || t.pos === "AUX") return -1;
  }
  return -1;
}

/**
 * A name mention's words without the nickname inside it and its marks, the white space on either
 * side made one space: "Daniel Moreau" of "Daniel “Kestrel” Moreau".
 */
export function withoutNickname(m: Mention): string {
  if (!m.nickname) return m.text;
  const before = m.text.slice(0, m.nickname.start - m.start);
  const after = m.text.slice(m.nickname.end - m.start);
  // The marks hug the nickname: the last space before it and the first after it set them off.
  return `${before.slice(0, before.search(/\s\S*$/))} ${after.slice(after.search(/\s/) + 1)}`;
}

/** The name a nickname makes with the surname ("Bobby Scott" of "Robert C. “Bobby” Scott"), if the name has a nickname. */
export function nicknameWithSurname(m: Mention): string | undefined {
  return m.nickname === undefined ? undefined : `${m.nickname.text} ${m.text.slice(m.text.lastIndexOf(" ") + 1)}`;
}
