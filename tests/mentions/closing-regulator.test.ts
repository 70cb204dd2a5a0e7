import { describe, expect, it } from "vitest";
import { speakerLines } from "./speaker-lines";

describe("a body a closing attribution describes, named as the next sentence opens", () => {
  it("is the board the next sentence names, with its acronym in brackets", () => {
    const text =
      "A photo-sharing app failed to protect users' data for two years, the country's data regulator has said. " +
      "The Data Protection Board (DPB) said its inquiry had found serious failures.";
    expect(speakerLines(text)).toContain("A photo-sharing app failed to protect users' data for two years -> Data Protection Board via the country's data regulator");
  });

  it("is not a body the next sentence names in another clause", () => {
    const text =
      "A photo-sharing app failed to protect users' data for two years, the country's data regulator has said. " +
      "After the ruling, the Data Protection Board (DPB) said its inquiry had found serious failures.";
    expect(speakerLines(text)[0]).not.toContain("-> Data Protection Board");
  });
});
