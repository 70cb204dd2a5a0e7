import { describe, expect, it } from "vitest";
import { speakerLines } from "./speaker-lines";

describe("an age epithet after quotations in other house styles", () => {
  it("reads a single-quote style's closing apostrophe after a comma as the quotation's end", () => {
    const text =
      "‘It was a long season,’ coach Ilse Brand said after the match in Ennis. Tomas Verhaar said the focus would switch to the final on Tuesday. ‘We’ve lost two finals in three years,’ the 29-year-old said.";
    expect(speakerLines(text)).toContain("We’ve lost two finals in three years -> Tomas Verhaar via the 29-year-old");
  });

  it("reads German style's high closing mark („…“) as the quotation's end, not a new opening", () => {
    const text =
      "„Es war eine lange Saison“, sagte Trainerin Ilse Brand. The baker Tomas Verhaar said he had already decided to sell his shop. „Twice in my life I started again. A third time, no,“ the 58-year-old said.";
    expect(speakerLines(text)).toContain("Twice in my life I started again. A third time, no -> Tomas Verhaar via the 58-year-old");
  });

  it("keeps a plural possessive's apostrophe from closing a quotation", () => {
    const text =
      "‘The players’ union will meet on Monday and Tomas Verhaar will speak,’ the 29-year-old said.";
    expect(speakerLines(text).join("\n")).not.toContain("Tomas Verhaar via the 29-year-old");
  });
});

describe("an age epithet to the person the article gave that age", () => {
  it("links the 58-year-old to a person given the age in a relative clause (X, who is 58,)", () => {
    const text =
      'The market in Vila Nova burned on Friday. Tomas Verhaar, who is 58, lost his stall. Coach Ilse Brand said the town would rebuild. Another trader, Ana Souza, said she would wait. "Twice I started again," the 58-year-old said.';
    expect(speakerLines(text)).toContain("Twice I started again -> Tomas Verhaar via the 58-year-old");
  });

  it("links an age given more than six sentences before the epithet", () => {
    const text =
      'Tomas Verhaar, 58, has baked bread in Vila Nova since 1990. The market burned on Friday. Ana Souza runs the fruit stall. Souza lost her awning. Coach Ilse Brand visited on Saturday. Brand brought water. Brand stayed an hour. The town will rebuild. "Twice I started again," the 58-year-old said.';
    expect(speakerLines(text)).toContain("Twice I started again -> Tomas Verhaar via the 58-year-old");
  });
});
