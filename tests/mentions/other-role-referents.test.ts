import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src";

const speakerOf = (text: string, quote: string): string | undefined =>
  extractQuotes(text).quotes.find((q) => q.text.includes(quote))?.speaker?.name;

describe("a description is not the person the next sentence introduces in another role", () => {
  it("the pilot before 'So Energy Secretary Maria Lopez' is a pilot, not the headline's Lopez", () => {
    const text =
      "Understated Lopez raises her profile.\n\nJust before the flight took off, the pilot needed to balance the weight and asked for volunteers to move to the back. So Energy Secretary Maria Lopez stopped writing her speech and moved to the last row.\n";
    expect(speakerOf(text, "volunteers to move")).toBe("pilot");
  });

  it("the same role introduced next is still the headline's person", () => {
    const text =
      "Understated Lopez raises her profile.\n\nJust before the vote began, the secretary stood up and asked for volunteers to count the ballots. So Energy Secretary Maria Lopez counted them herself.\n";
    expect(speakerOf(text, "volunteers to count")).toBe("Maria Lopez");
  });
});
