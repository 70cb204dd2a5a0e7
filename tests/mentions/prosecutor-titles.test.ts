import { describe, expect, it } from "vitest";
import { speakerLines } from "./speaker-lines";

describe("a prosecuting attorney's title makes its holder 'the prosecutor'", () => {
  it("takes up an Assistant U.S. Attorney, not the defendant the article is about", () => {
    const text =
      "Charity founder jailed for fraud. A former charity director who stole $2 million in donations was sentenced Wednesday to six years in prison. " +
      "Calvin Rourke, 58, apologised to victims before the sentence. Rourke pleaded guilty in May to one count of wire fraud. " +
      "Assistant U.S. Attorney Neil Okafor argued that Rourke deserved a sentence at the top of the range. " +
      '"He did not steal from a charity. He stole from the people it served," the prosecutor said.';
    expect(speakerLines(text)).toContain("He did not steal from a charity. He stole from the people it served -> Neil Okafor via the prosecutor");
  });

  it("takes up a District Attorney, but not a defense attorney", () => {
    const text =
      "Mara Quill, 31, was convicted on Friday of arson. Quill had denied setting the fire. District Attorney Ann Vale said Quill had planned the fire for weeks. " +
      'Defense attorney Bo Rey said his client would appeal. "She put a whole street at risk," the prosecutor said.';
    expect(speakerLines(text)).toContain("She put a whole street at risk -> Ann Vale via the prosecutor");
  });
});
