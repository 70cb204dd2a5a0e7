import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quote as `text -> speaker name`. */
function speakers(input: string): string[] {
  return extractor.extract(input).quotes.map((q) => `${q.text} -> ${q.speaker?.name ?? "none"}`);
}

describe("one member of a group speaks: named in the singular", () => {
  it("`one of the sources`, then a lone `Another`", () => {
    const text =
      "Three sources familiar with the talks said the deal was close. One of the sources said the price had been agreed. " +
      "Another said the board would meet on Friday.";
    expect(speakers(text)).toEqual([
      "the deal was close -> sources",
      "the price had been agreed -> source",
      "the board would meet on Friday -> source",
    ]);
  });

  it("`one of them` after a group with modifiers; `one user ... Another` goes on with the user", () => {
    const text =
      "Two government officials spoke to reporters on Monday. One of them said the border would reopen. " +
      '"He is very loud," one user wrote. Another said he hoped the talks would fail.';
    expect(speakers(text)).toEqual([
      "the border would reopen -> government official",
      "He is very loud -> user",
      "he hoped the talks would fail -> user",
    ]);
  });

  it("not `one of the people familiar with the matter`, written up as the group", () => {
    const text = "Two people familiar with the matter said the deal was close. One of the people said the price had been agreed.";
    expect(speakers(text).every((line) => !line.endsWith("-> person"))).toBe(true);
  });
});

describe("`Two others` after `N of whom`: more of the group the partitive spoke of", () => {
  it("named as the group is", () => {
    expect(
      extractor.extract("The party has five delegates, two of whom have already pledged their support to Lee. Two others have not said who they would back.").quotes.map((q) => `${q.text} -> ${q.speaker?.name ?? "none"}`),
    ).toEqual(["their support to Lee -> delegates", "who they would back -> delegates"]);
  });

  it("not a count of others with no partitive before it", () => {
    expect(
      extractor.extract("The party has five delegates. Two others have not said who they would back.").quotes.map((q) => `${q.text} -> ${q.speaker?.name ?? "none"}`),
    ).toEqual(["who they would back -> others"]);
  });
});

describe("a lone word for part of a group opening its sentence: the group the sentence before had as subject", () => {
  it("`Others` and `Some` after a plural subject; not `Many`, nor a group inside a quotation", () => {
    expect(speakers("Many senators backed the plan on Monday. Others said it would fail.")).toEqual([
      "the plan on Monday -> senators",
      "it would fail -> senators",
    ]);
    expect(speakers("Angry farmers marched past the hall. Some shouted that the mill must close.")).toEqual([
      "the mill must close -> Angry farmers",
    ]);
    expect(speakers("Lee's voters turned out in large numbers. Many speculated that he would lose.")).toEqual([
      "he would lose -> Many",
    ]);
    expect(speakers('"The farmers, maybe they will help," Lee said. Some accused Lee of stirring trouble.')).toEqual([
      "The farmers, maybe they will help -> Lee",
      "Lee of stirring trouble -> Some",
    ]);
  });
});

