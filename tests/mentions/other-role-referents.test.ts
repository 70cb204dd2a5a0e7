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

describe("a party-bearing epithet goes first to someone the article gives that party", () => {
  it("The Republican presidential nominee is the Republican, not the article's main figure", () => {
    const text =
      "The Unhappy Job Of Dan Voss.\n\nThis spring, as he was becoming chairman of Tom Hale\u2019s campaign, Dan Voss told friends that the job was easy. Now, Voss is on the losing end of a power struggle in the Hale camp. The Republican presidential nominee has said that the staff would stay as it is. Voss says little to anyone these days.\n\nIn Ohio on Monday, Republican Tom Hale spoke to farmers.\n";
    expect(speakerOf(text, "staff would stay")).toBe("Tom Hale");
  });

  it("with no one of that party, the epithet still goes to whom it fits", () => {
    const text =
      "The Unhappy Job Of Dan Voss.\n\nThis spring, as he was becoming chairman of Tom Hale\u2019s campaign, Dan Voss told friends that the job was easy. Now, Voss is on the losing end of a power struggle in the Hale camp. The Republican presidential nominee has said that the staff would stay as it is.\n";
    expect(speakerOf(text, "staff would stay")).toBe("Dan Voss");
  });
});
