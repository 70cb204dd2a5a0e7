import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src";
import { reportedKind } from "../../src/quotes/reported/kind";

const extractor = createExtractor();
const indirect = (text: string) =>
  extractor.extract(text).quotes.filter((q) => q.type === "indirect").map((q) => [q.text, q.kind]);

describe("kind of reported speech: speech or belief", () => {
  it("types a clause after a verb of believing or hoping as a belief", () => {
    expect(indirect("The mayor believes the bridge will reopen next week.")).toEqual([["the bridge will reopen next week", "belief"]]);
    expect(indirect("The mayor hopes the bridge will reopen next year.")).toEqual([["the bridge will reopen next year", "belief"]]);
  });

  it("types a clause after a verb of saying as speech", () => {
    expect(indirect("The mayor said the bridge will reopen next week.")).toEqual([["the bridge will reopen next week", "speech"]]);
  });

  it("gives quotations in marks no kind", () => {
    expect(extractor.extract("\u201CThe bridge is safe,\u201D the mayor said.").quotes.map((q) => q.kind)).toEqual([undefined]);
  });

  it("keeps the cue of reported speech whose speaker is not found", () => {
    const text = "It is believed the plan will fail.";
    const [quote] = extractor.extract(text).quotes;
    expect(quote).toMatchObject({ type: "indirect", text: "the plan will fail", speaker: null, rule: "none" });
    expect(quote!.cue).toEqual({ text: "believed", start: 6, end: 14 });
  });

  it("reads the cue past auxiliaries and negation", () => {
    expect(reportedKind("does not think")).toBe("belief");
    expect(reportedKind("has also said")).toBe("speech");
    expect(reportedKind("expected")).toBe("belief");
    expect(reportedKind("told")).toBe("speech");
  });
});
