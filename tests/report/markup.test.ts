import { describe, expect, it } from "vitest";
import { renderMarkedText, type MarkedRange } from "../../src/report/markup";

/** A range rendered as <tag> / <tag+> (continuation fragment) ... </tag>. */
const range = (tag: string, start: number, end: number, rank = 0): MarkedRange => ({
  start,
  end,
  rank,
  open: (first) => `<${tag}${first ? "" : "+"}>`,
  close: `</${tag}>`,
});

describe("renderMarkedText", () => {
  it("escapes every special character of the text", () => {
    expect(renderMarkedText(`<a href="x">&'`, [])).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  });

  it("nests a range inside another without splitting either", () => {
    expect(renderMarkedText("abcdefgh", [range("i", 2, 4), range("o", 1, 6)])).toBe("a<o>b<i>cd</i>ef</o>gh");
  });

  it("puts the lower rank outside when two ranges cover the same characters", () => {
    expect(renderMarkedText("abc", [range("cue", 0, 3, 4), range("q", 0, 3, 0)])).toBe("<q><cue>abc</cue></q>");
  });

  it("splits a crossing range into fragments so that tags nest", () => {
    // a: [1,5) crosses b: [3,7); b is closed and reopened as a continuation around a's end.
    expect(renderMarkedText("abcdefgh", [range("a", 1, 5), range("b", 3, 7)])).toBe(
      "a<a>bc<b>de</b></a><b+>fg</b>h",
    );
  });

  it("keeps adjacent ranges apart and drops empty or out-of-text ranges", () => {
    expect(
      renderMarkedText("abcd", [range("x", 0, 2), range("y", 2, 4), range("e", 1, 1), range("z", 3, 9)]),
    ).toBe("<x>ab</x><y>cd</y>");
  });

  it("renders the empty text as nothing", () => {
    expect(renderMarkedText("", [range("x", 0, 0)])).toBe("");
  });
});
