import { describe, expect, it } from "vitest";
import { AA_CONTRAST, contrastRatio, hslToHex, speakerColours, TEXT_COLOUR } from "../../src/report/colours";

describe("speaker colours", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // #767676 on white is the classic 4.54:1 grey.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("converts HSL to hex", () => {
    expect([hslToHex(0, 100, 50), hslToHex(120, 100, 25), hslToHex(240, 100, 50), hslToHex(0, 0, 100)]).toEqual([
      "#ff0000",
      "#008000",
      "#0000ff",
      "#ffffff",
    ]);
  });

  it("gives every one of 100 speakers AA contrast for text on the tint and white on the ink", () => {
    for (let index = 0; index < 100; index++) {
      const { tint, ink } = speakerColours(index);
      expect(contrastRatio(TEXT_COLOUR, tint)).toBeGreaterThanOrEqual(AA_CONTRAST);
      expect(contrastRatio("#ffffff", ink)).toBeGreaterThanOrEqual(AA_CONTRAST);
    }
  });

  it("gives neighbouring speakers different colours", () => {
    const tints = Array.from({ length: 8 }, (_, index) => speakerColours(index).tint);
    expect(new Set(tints).size).toBe(8);
  });
});
