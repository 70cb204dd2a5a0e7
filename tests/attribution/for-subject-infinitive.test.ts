import { describe, expect, it } from "vitest";
import { reportedCueSpeakers as speakers } from "./quote-mentions";

describe("the subject a 'for' phrase gives an infinitive cue", () => {
  it("credits 'for X to V' to X, not to the sentence's subject", () => {
    expect(speakers("The debate over roads after the Lyon floods and the Riverton, Ore., bridge collapse has created an opening for Maria Costa to highlight her record as mayor.")).toEqual([
      ["highlight", "Maria Costa"],
    ]);
    expect(speakers("The vote in Lyon made it easy for the council to argue that the road should close.")).toEqual([
      ["argue", "the council"],
    ]);
  });

  it("keeps the sentence's subject when no 'for' phrase stands before 'to'", () => {
    expect(speakers("Maria Costa took to the radio to argue that the road should close.")).toEqual([["argue", "Maria Costa"]]);
  });
});
