import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src";

const extractor = createExtractor();
const quotes = (text: string) =>
  extractor.extract(text).quotes.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null]);

describe("a subject and its apposition before the cue are not a clause the cue closes", () => {
  it("reads 'NAME, a N who ..., said' and 'NAME, in an attempt to ..., wrote' as the subject, not reported speech", () => {
    expect(quotes('The vote was on Monday. Ann Verveer, a close friend of Mrs. Lane\'s who was her White House chief of staff, said, "Even as first lady, it was hard."')).toEqual([
      ["partial", "Even as first lady, it was hard.", "Ann Verveer"],
    ]);
    expect(quotes('The vote was on Monday. Local columnist Ann Sullivan, in an attempt to draw attention to the mayor\'s silence, wrote, "The candidate is silent."')).toEqual([
      ["partial", "The candidate is silent.", "Ann Sullivan"],
    ]);
  });

  it("still reads a clause whose own verb stands before the apposition as what was said", () => {
    expect(quotes("The vote was on Monday. The plan, a costly one that critics oppose, will fail, Lee said.")).toEqual([
      ["indirect", "The plan, a costly one that critics oppose, will fail", "Lee"],
    ]);
    expect(quotes("The vote was on Monday. In addition, the campaign plans to publish the records soon, a spokesman announced.")).toEqual([
      ["indirect", "In addition, the campaign plans to publish the records soon", "a spokesman"],
    ]);
  });
});

describe("a contrast whose subject carries an apposition ends the clause reported before it", () => {
  it("`argue that A, while her rival, Y, has gained ... by saying that B`: A ends at the comma", () => {
    const text = "Voters in the town are watching Mayor Ann Lee argue that the rules are rigged against women, while her main rival, Tom Ruddock, has gained ground by saying that the system is rigged for the rich.";
    expect(quotes(text)[0]).toEqual(["indirect", "the rules are rigged against women", "Ann Lee"]);
  });
});
