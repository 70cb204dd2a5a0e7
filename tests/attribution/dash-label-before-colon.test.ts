import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

function speakers(text: string): Array<[string, string | null]> {
  return extractor.extract(text).quotes.map((q) => [q.text, q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null]);
}

describe("`CLAUSE - Name: \"...\"`: a name between a dash and the colon labels the quote", () => {
  it("the name speaks, not the subject of the writer's clause before the dash", () => {
    expect(speakers("Pollsters agree - Tom Ray: \u201cOne of the biggest lessons was a simple one: keep on contacting voters.\u201d")).toEqual([
      ["One of the biggest lessons was a simple one: keep on contacting voters.", "Tom Ray"],
    ]);
  });

  it("not a clause with its own cue after the dash, nor a name that does not reach the colon", () => {
    expect(speakers("Pollsters agree - the experts say: \u201cKeep on contacting voters.\u201d")).toEqual([["Keep on contacting voters.", "the experts"]]);
    expect(speakers("Tom Ray said - after Ann Lee left the room: \u201cWe keep going.\u201d")).toEqual([["We keep going.", "Tom Ray"]]);
  });
});
