import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

function speakers(text: string): Array<[string, string | null, string | null]> {
  return extractor.extract(text).quotes.map((q) => [
    q.text, q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null, q.speaker?.name ?? null,
  ]);
}

describe("an opening `In a ... poll,` frame makes the poll the source of the answers it reports", () => {
  it("a share of a group answering", () => {
    const got = speakers("In a Lakeside Herald/Orbis poll released Sunday, 64 percent of farmers said they would back the new dam.");
    // Named after its sponsor, as the article's other poll mentions are.
    expect(got).toEqual([["they would back the new dam", "a Lakeside Herald/Orbis poll", "Lakeside Herald/Orbis"]]);
  });

  it("a group answering a bare plural poll", () => {
    const got = speakers("In exit polls, voters in both towns said the bridge should be rebuilt before winter.");
    expect(got.map((q) => q[1])).toEqual(["exit polls"]);
  });

  it("not a person speaking after another frame, nor a quote before the frame's comma", () => {
    expect(speakers("In a memo released Tuesday, campaign manager Ann Lee said the race was tied.").map((q) => q[2])).toEqual(["Ann Lee"]);
    expect(speakers("In a Lakeside Herald poll, Tom Ray said he was leading by ten points.").map((q) => q[2])).toEqual(["Tom Ray"]);
  });
});

describe("an opening frame that is not the poll's", () => {
  it("keeps an organisation reading the poll, and a poll inside a clause of the frame", () => {
    expect(speakers("In an online poll of 900 farmers, Orbis Research found that most of them oppose the dam.").map((q) => q[1])).toEqual(["Orbis Research"]);
    expect(speakers("In six of seven towns where exit polls were taken, farmers said the dam should wait.").map((q) => q[1])).not.toContain("exit polls");
  });
});
