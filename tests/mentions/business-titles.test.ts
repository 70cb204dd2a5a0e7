import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { detectMentions } from "../../src/mentions/detect";
import { entityNameOf, speakerLines } from "./speaker-lines";

const categoryOf = (text: string, name: string) => detectMentions(buildDocument(text), []).find((m) => m.text === name)?.category;

describe("a name titled by a business's noun is a business 'the firm' takes up", () => {
  it("types 'video app Snapzo' an organisation, not a person", () => {
    expect(categoryOf("Video app Snapzo said it would appeal the fine.", "Snapzo")).toBe("organisation");
    expect(categoryOf("Grain farmer Ribeiro said he would appeal.", "Ribeiro")).toBe("person");
  });

  it("takes up the business named further back, past a regulator, a charity and an expert", () => {
    const text =
      "Photo app Snapzo fined £2m over data checks. A photo-sharing app failed to protect users' data for two years, the country's data regulator has said. " +
      "The Data Protection Board said its inquiry had found serious failures. The board's chief, Anna Holt, said the fine was fair. " +
      'The children\'s charity Safe Feeds welcomed the fine but said it was "small change". "We expect the board to use its powers," said Ian Dole, who runs the charity. ' +
      "Experts agreed. The firm said it had changed its systems in March.";
    expect(speakerLines(text)).toContain("it had changed its systems in March -> Snapzo via The firm");
  });

  it("keeps 'the firm' to itself where two businesses were just named", () => {
    const text = "Retailer Brantwell bought rival Korvo on Monday. Shares in Brantwell rose and Korvo's fell. The firm said the deal would close in May.";
    expect(entityNameOf(text, "The firm")).toBe("firm");
  });
});

describe("a name titled by a body's noun is that body, not a person", () => {
  it("types 'the ferry crews' union, Ferjufelag,' an organisation, so 'He' after it is the man named before", () => {
    const text = "Next came Oli Jakobsen of the ferry crews' union, Ferjufelag, at the hearing. He said that 40 jobs would go.";
    expect(categoryOf(text, "Ferjufelag")).toBe("organisation");
    expect(speakerLines(text)).toContain("40 jobs would go -> Oli Jakobsen via He");
    expect(categoryOf("Housing charity Homestead said it would appeal.", "Homestead")).toBe("organisation");
  });
});
