import { describe, expect, it } from "vitest";
import { quoteMentions as speakers } from "./quote-mentions";

describe("a prepositional phrase between the subject and its verb is no subject", () => {
  it("a phrase a possessive opens: `Lee in his opening speech called`", () => {
    expect(speakers("The break was complete when Tom Lee in his opening speech called the migrants \u201ca burden\u201d and left.")).toEqual([
      ["a burden", "Tom Lee"],
    ]);
  });

  it("a phrase `during` opens: `Lee during a rally on Sunday thanked`", () => {
    expect(speakers("The group has grown so large that Tom Lee during a rally on Sunday thanked its members \u201cfor their loyal support.\u201d")).toEqual([
      ["for their loyal support.", "Tom Lee"],
    ]);
  });

  it("a plural head before the phrase still speaks", () => {
    expect(speakers("Supporters of Tom Lee in their letter called the plan \u201ca disaster.\u201d")).toEqual([
      ["a disaster.", "Supporters"],
    ]);
  });
});
