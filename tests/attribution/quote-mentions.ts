import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quotation in marks (not reported speech) of `text` with the words of the mention it was attributed through, or null. */
export function quoteMentions(text: string): Array<[string, string | null]> {
  return extractor.extract(text).quotes.filter((q) => q.type !== "indirect").map((q) => [
    q.text, q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null,
  ]);
}

/** Each reported clause of `text` as its cue's words and the words of the mention it was attributed through (or null). */
export function reportedCueSpeakers(text: string): Array<[string | null, string | null]> {
  return extractor.extract(text).quotes.filter((q) => q.type === "indirect").map((q) => [q.cue?.text ?? null, q.speaker?.mention?.text ?? null]);
}
