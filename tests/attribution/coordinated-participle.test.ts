import { describe, expect, it } from "vitest";
import { quoteMentions as speakers } from "./quote-mentions";

describe("a participle after `and`/`but` shares the subject of the participle of saying before it", () => {
  it("an absolute clause's subject (`with X tweeting ... and asking`)", () => {
    expect(speakers("Republicans were quick to chime in, with Tom Ray tweeting that it was a \u201cdisaster\u201d for Lee and asking, \u201cHow can someone with such bad judgement lead us?\u201d")).toEqual([
      ["disaster", "Tom Ray"],
      ["How can someone with such bad judgement lead us?", "Tom Ray"],
    ]);
  });

  it("not the object of an opening phrase (`Facing criticism from Democrats and Republicans, X released ..., describing ... but insisting`)", () => {
    expect(speakers("Facing criticism from Democrats and Republicans, Tom Ray released a statement, describing the soldier as a hero but insisting that Ann Lee had \u201cno right\u201d to criticize him.")).toEqual([
      ["no right", "Tom Ray"],
    ]);
  });
});
