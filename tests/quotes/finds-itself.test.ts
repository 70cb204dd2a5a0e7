import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";

const indirect = (text: string) =>
  extractQuotes(text).quotes.filter((q) => q.type === "indirect").map((q) => q.text);

// "find" with a reflexive object says where someone ended up, not what they found out.
describe("find oneself", () => {
  it("reports nothing for a reflexive object", () => {
    expect(indirect("The harbour board found itself at the centre of the dispute.")).toEqual([]);
    expect(indirect("By noon the mayor found herself defending the budget.")).toEqual([]);
  });

  it("still reports what a survey or an inquiry found", () => {
    expect(indirect("The inquiry found that the pier had been neglected for years.")).toEqual(["the pier had been neglected for years"]);
  });
});
