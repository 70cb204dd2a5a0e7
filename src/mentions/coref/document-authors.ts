/** When a document's subject is not its author: polls, "according to", a trailing attribution. */

import type { Token } from "../../document/types";
import type { Mention } from "../types";

/** Documents that measure others rather than speak for their subject: "Clinton leads in the poll". */
export const MEASURED = new Set(["poll", "polls", "survey", "study"]);

/** Whether a mention is the object of "according to": the source of what the sentence reports. */
export function followsAccordingTo(m: Mention, tokens: readonly Token[]): boolean {
  return tokens[m.firstToken - 1]?.lower === "to" && tokens[m.firstToken - 2]?.lower === "according";
}

/** "..., a police report indicates.": a document that is the subject of an attribution after a comma speaks for what came before, not for the sentence's subject. */
export function isTrailingAttribution(m: Mention, tokens: readonly Token[]): boolean {
  return tokens[m.extentFirstToken - 1]?.text === "," && tokens[m.extentEndToken]?.pos === "VERB";
}
