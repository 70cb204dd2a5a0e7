import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src";

const speakerOf = (text: string, quote: string) => extractQuotes(text).quotes.find((q) => q.text.includes(quote))?.speaker;

describe("a full name written with and without middle initials", () => {
  it("is one person: the quote's name and the narrative's name share a speaker", () => {
    const text =
      "\u201cWe will keep the plant open,\u201d said Tom Reyes, the governor. Later, Gov. Tom R. Reyes spoke again. " +
      "\u201cThe jobs stay here,\u201d Tom R. Reyes said.";
    const first = speakerOf(text, "keep the plant open");
    const second = speakerOf(text, "The jobs stay here");
    expect(first?.name).toBe("Tom R. Reyes");
    expect(first?.id).toBe(second?.id);
  });

  it("is not merged when both spellings carry different initials (George H.W. Bush, George W. Bush)", () => {
    const text =
      "\u201cIt was a fine plant,\u201d said George H.W. Bush on Monday. \u201cIt still is,\u201d said George W. Bush on Tuesday.";
    const elder = speakerOf(text, "fine plant");
    const younger = speakerOf(text, "It still is");
    expect(elder?.name).toBe("George H.W. Bush");
    expect(younger?.name).toBe("George W. Bush");
    expect(elder?.id).not.toBe(younger?.id);
  });
});
