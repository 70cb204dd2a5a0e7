import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src";

const speakerOf = (text: string, quote: string): string | undefined =>
  extractQuotes(text).quotes.find((q) => q.text.includes(quote))?.speaker?.name;

describe("a pronoun in a clause opening its sentence points forward to the main subject", () => {
  it("she of 'Ever since she endorsed ..., Ann Reyes has been' is Ann Reyes", () => {
    const text = "Tom Hale held a rally in Dover on Monday. Ever since she endorsed Hale in May, Ann Reyes has been his busiest surrogate, telling crowds at every stop: \u201cDo not let this slip away!\u201d";
    expect(speakerOf(text, "Hale in May")).toBe("Ann Reyes");
  });

  it("they of 'As they mocked ..., Fisk supporters cheered' is the supporters", () => {
    const text = "Mayor Dana Fisk spoke to the volunteers on Friday. As they mocked the \u201csecret plan\u201d of the council, Fisk supporters cheered.";
    expect(speakerOf(text, "secret plan")).toBe("Fisk supporters");
  });

  it("not a main subject the pronoun cannot be: she stays the woman named before", () => {
    const text = "Ann Reyes spoke first at the rally in Dover. Ever since she endorsed Hale in May, Tom Brack has been her loudest critic.";
    expect(speakerOf(text, "Hale in May")).toBe("Ann Reyes");
  });
});
