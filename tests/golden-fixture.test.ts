/**
 * Checks the hand-written golden file itself against the article. Runs without the library.
 */
import { describe, expect, it } from "vitest";
import { badSpans, loadArticle, loadExpected, overlaps, scareQuoteKey } from "./golden-helpers";

const article = loadArticle();
const expected = loadExpected();

describe("golden fixture (fixtures/article.expected.json)", () => {
  it("the article keeps its leading ' date 2021-12-28 ' header byte for byte", () => {
    expect(article.startsWith(" date 2021-12-28 Russia and the US")).toBe(true);
    expect(expected.articleDate).toBe("2021-12-28");
  });

  it("every span slices out of the article exactly", () => {
    expect(badSpans(article, expected), "spans whose article.slice(start, end) !== text").toEqual([]);
  });

  it("quote ids are q1..qN, in document order, a parent before its nested quotes", () => {
    expect(expected.quotes.map((q) => q.id)).toEqual(expected.quotes.map((_, i) => `q${i + 1}`));
    for (let i = 1; i < expected.quotes.length; i++) {
      const prev = expected.quotes[i - 1]!;
      const cur = expected.quotes[i]!;
      expect(prev.start, `${prev.id} should start no later than ${cur.id}`).toBeLessThanOrEqual(cur.start);
    }
  });

  it("a parentId names an earlier quote that contains the nested one", () => {
    expected.quotes.forEach((q, i) => {
      if (q.parentId === undefined) return;
      const parentIndex = expected.quotes.findIndex((p) => p.id === q.parentId);
      expect(parentIndex, `${q.id}: parent ${q.parentId} should come before it`).toBeGreaterThanOrEqual(0);
      expect(parentIndex, `${q.id}: parent ${q.parentId} should come before it`).toBeLessThan(i);
      const parent = expected.quotes[parentIndex]!;
      expect(q.start >= parent.start && q.end <= parent.end, `${q.id} inside ${parent.id}`).toBe(true);
    });
  });

  it("quote text has no enclosing quotation marks, trailing comma or surrounding whitespace", () => {
    for (const q of expected.quotes) {
      expect(q.text, q.id).toBe(q.text.trim());
      expect(q.text, q.id).not.toMatch(/^["'“‘]|["'”’,]$/);
    }
  });

  it("speaker ids are s1..sN in order of first attribution", () => {
    expect(expected.speakers.map((s) => s.id)).toEqual(expected.speakers.map((_, i) => `s${i + 1}`));
    const firstUse: string[] = [];
    for (const q of expected.quotes) {
      if (q.speaker && !firstUse.includes(q.speaker.id)) firstUse.push(q.speaker.id);
    }
    expect(firstUse).toEqual(expected.speakers.map((s) => s.id));
  });

  it("each quote's speaker agrees with the speakers list and its mention is listed there", () => {
    for (const q of expected.quotes) {
      if (!q.speaker) continue;
      const s = expected.speakers.find((x) => x.id === q.speaker!.id);
      expect(s, `${q.id}: speaker ${q.speaker.id}`).toBeDefined();
      expect(q.speaker.name, `${q.id}: speaker name`).toBe(s!.name);
      expect(q.speaker.title, `${q.id}: speaker title`).toBe(s!.title);
      const m = q.speaker.mention;
      expect(
        s!.mentions.some((x) => x.start === m.start && x.end === m.end),
        `${q.id}: mention "${m.text}"@${m.start} listed in ${s!.id}.mentions`,
      ).toBe(true);
    }
  });

  it("speaker mentions are in document order", () => {
    for (const s of expected.speakers) {
      const starts = s.mentions.map((m) => m.start);
      expect(starts, s.id).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it("dates are YYYY-MM-DD and carry a span exactly when explicit", () => {
    for (const q of expected.quotes) {
      if (!q.date) continue;
      expect(q.date.value, q.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(q.date.span !== undefined, `${q.id}: span iff source is explicit`).toBe(q.date.source === "explicit");
    }
  });

  it("states no implementation details (confidence, rule, explain)", () => {
    for (const q of expected.quotes) {
      for (const key of ["confidence", "rule", "explain"]) expect(q, q.id).not.toHaveProperty(key);
    }
  });

  it("no quote covers the scare quote \"key\"", () => {
    const key = scareQuoteKey(article);
    expect(expected.quotes.filter((q) => overlaps(q, key)).map((q) => q.id)).toEqual([]);
  });
});
