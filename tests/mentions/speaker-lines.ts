import { expect } from "vitest";
import { buildDocument } from "../../src/document";
import { createExtractor } from "../../src/index";
import { linkEntities } from "../../src/mentions/coref";
import { detectMentions } from "../../src/mentions/detect";

const extractor = createExtractor();

/** Each quote as `text -> speaker name via mention` ("none" for no speaker), after checking the mention's span against the input. */
export function speakerLines(input: string): string[] {
  return extractor.extract(input).quotes.map((q) => {
    if (q.speaker) expect(input.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    return `${q.text} -> ${q.speaker?.name ?? "none"} via ${q.speaker?.mention.text ?? "none"}`;
  });
}

/** Each quotation's text and its speaker's name (null for none). */
export function speakerNames(input: string): Array<[string, string | null]> {
  return extractor.extract(input).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
}

/** The name of the entity of the first (or last) mention written `mention`, from detection and coreference alone. */
export function entityNameOf(text: string, mention: string, which: "first" | "last" = "first"): string | undefined {
  const doc = buildDocument(text);
  const mentions = detectMentions(doc, []);
  const entities = linkEntities(mentions, [], doc.tokens);
  const written = mentions.filter((x) => x.text === mention);
  const m = which === "first" ? written[0] : written[written.length - 1];
  return entities.find((e) => e.id === m?.entity)?.name;
}
