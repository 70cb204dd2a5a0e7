/** Where a description starts: back from its head over its modifiers to the determiner. */

import { isPossessiveS } from "../../document/pos";
import { CLOSING_OR_STRAIGHT } from "../../document/quotation-marks";
import type { Token } from "../../document/types";
import { DETERMINERS } from "../words";

const MODIFIER_TAGS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

/** -ing words that make part of an office's name ("the managing director", "the presiding judge"). */
const OFFICE_PARTICIPLES: ReadonlySet<string> = new Set([
  "managing", "acting", "presiding", "outgoing", "incoming", "founding", "reigning", "sitting", "serving",
  "commanding", "supervising", "consulting", "visiting", "retiring", "coordinating", "investigating", "arresting",
]);

/** Whether token `k` closes a quotation: a closing mark, or a comma right before one (`,"` as wink splits it) or after one. */
function closesQuotation(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.text ?? "";
  return CLOSING_OR_STRAIGHT.has(t) || (t === "," && CLOSING_OR_STRAIGHT.has(tokens[k - 1]?.text ?? ""));
}

/** Walks back over modifiers to the determiner (kept) or the first modifier. */
export function descriptionStart(tokens: readonly Token[], head: number): number {
  let k = head;
  while (k > 0) {
    const prev = tokens[k - 1]!;
    if (prev.sentence !== tokens[head]!.sentence) break;
    if (DETERMINERS.has(prev.lower) && (prev.pos === "DET" || prev.pos === "PRON" || prev.pos === "NUM" || prev.pos === "ADJ")) {
      return k - 1;
    }
    // A hyphen inside a compound ("vice-president"), not a dash set off by a space ("..." -Commissioner X).
    const hyphen = prev.text === "-" && k >= 2 && tokens[k - 2]!.end === prev.start && prev.end === tokens[k]!.start;
    // (A possessive with no owner before it, at the text's start, owns nothing.)
    const possessive = isPossessiveS(prev) && k >= 2;
    if (hyphen || possessive) {
      k -= 2;
      continue;
    }
    // "soft-spoken owner": the word after a joining hyphen modifies a common noun, whatever its tag.
    const beforePrev = tokens[k - 2];
    if (prev.kind === "word" && beforePrev?.text === "-" && beforePrev.end === prev.start && /^\p{Ll}/u.test(tokens[head]!.text)) {
      k--;
      continue;
    }
    // "Lund's most loyal supporters": an adverb of degree before an adjective that modifies the head.
    if (prev.pos === "ADV" && prev.kind === "word" && prev.text === prev.lower && k < head && tokens[k]!.pos === "ADJ") {
      k--;
      continue;
    }
    // "the managing director", "the factory's acting chairman": an office's -ing word right after
    // a determiner or a possessive modifies the head, though tagged a verb.
    if (OFFICE_PARTICIPLES.has(prev.text) && beforePrev && (DETERMINERS.has(beforePrev.lower) || isPossessiveS(beforePrev))) {
      k--;
      continue;
    }
    // "the study's lead author": the word right after a possessive modifies the head, whatever its tag.
    const owner = tokens[k - 3];
    const afterPossessive = isPossessiveS(beforePrev) && (owner?.pos === "NOUN" || owner?.pos === "PROPN");
    if ((!MODIFIER_TAGS.has(prev.pos) && !afterPossessive) || prev.kind !== "word") break;
    // `"...," fumed owner Nasser Obeid`: a past form right after a quotation's comma is the cue, no modifier.
    if (prev.lower.endsWith("ed") && closesQuotation(tokens, k - 2)) break;
    k--;
  }
  return k;
}
