import { expect } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quote as `text -> speaker name via mention` ("none" for no speaker), after checking the mention's span against the input. */
export function speakerLines(input: string): string[] {
  return extractor.extract(input).quotes.map((q) => {
    if (q.speaker) expect(input.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    return `${q.text} -> ${q.speaker?.name ?? "none"} via ${q.speaker?.mention.text ?? "none"}`;
  });
}
