import { describe, expect, it } from "vitest";
import { parseGoldJsonl } from "../../src/eval";
import { compareWithGold, renderReportPage } from "../../src/report";
import { articleHtml, expectedResult, loadArticle } from "./helpers";

const text = loadArticle();
const result = expectedResult();
const quote = (id: string) => result.quotes.find((q) => q.id === id)!;
const range = (phrase: string) => {
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`not in the article: ${phrase}`);
  return { start, end: start + phrase.length };
};

/**
 * A gold standard for the golden article with one error of each kind: q1 right; q3 (reported)
 * credited to "Russia" instead of Lavrov; q4 given a much longer span; a sentence no quote
 * covers; and no gold at all for the other quotes (spurious).
 */
function goldDocument() {
  const q1 = quote("q1");
  const q3 = quote("q3");
  const q4 = quote("q4");
  const record = {
    id: "article",
    text,
    date: "2021-12-28",
    quotes: [
      { start: q1.start, end: q1.end, speaker: range("a White House spokesman"), type: "direct" },
      { start: q3.start, end: q3.end, speaker: range("Russia and the US"), type: "indirect" },
      { start: q4.start - 300, end: q4.end, speaker: range("he told"), type: "direct" },
      { ...range("Nato and the OSCE are made up primarily of EU member states"), speaker: null, type: "indirect" },
    ],
  };
  const [document] = parseGoldJsonl(JSON.stringify(record));
  return document!;
}

describe("compareWithGold", () => {
  const gold = goldDocument();
  const comparison = compareWithGold(gold, result);

  it("finds the missed gold relation", () => {
    expect(comparison.missed).toEqual([
      {
        id: "g1",
        category: "reported",
        content: [{ ...range("Nato and the OSCE are made up primarily of EU member states"), text: "Nato and the OSCE are made up primarily of EU member states" }],
        source: null,
        cue: null,
      },
    ]);
  });

  it("gives every predicted quote its verdict", () => {
    const verdict = (id: string) => comparison.verdicts.get(id);
    expect(verdict("q1")).toEqual({ matched: true, wrongSpeaker: false, wrongSpan: false, goldSource: null, goldText: null });
    expect(verdict("q3")).toEqual({
      matched: true,
      wrongSpeaker: true,
      wrongSpan: false,
      goldSource: [{ ...range("Russia and the US"), text: "Russia and the US" }],
      goldText: null,
    });
    expect(verdict("q4")?.wrongSpan).toBe(true);
    expect(verdict("q4")?.wrongSpeaker).toBe(false);
    const spurious = result.quotes.filter((q) => comparison.verdicts.get(q.id)?.matched === false).map((q) => q.id);
    expect(spurious).toEqual(["q2", "q5", "q6", "q7", "q8", "q9", "q10", "q11", "q12", "q13", "q14"]);
    expect(comparison.scores.errors).toEqual({ missed: 1, spurious: 11, wrongSpeaker: 1, wrongSpan: 1 });
  });

  it("marks the errors in the page and lists them in the panel", async () => {
    const page = await renderReportPage({ title: "a", text, result, gold: comparison });
    const article = articleHtml(page);
    expect(article).toContain('<span class="gold-missed" id="g1" tabindex="0" data-tip="d-g1" aria-describedby="d-g1"');
    expect(article).toMatch(/<span class="label l-error">missed<\/span>Nato and the OSCE are made up primarily of EU member states<\/span>/);
    expect(article).toMatch(/<mark class="quote q-indirect sp1 err-speaker" id="q3"[^>]*><span class="badge" aria-hidden="true">SL<\/span><span class="label l-error">wrong speaker<\/span>/);
    expect(article).toContain('<span class="gold-source"><span class="label l-gold" aria-hidden="true">gold: q3</span>Russia and the US</span>');
    expect(article).toMatch(/<mark class="quote q-direct sp1 err-spurious" id="q5"[^>]*><span class="badge" aria-hidden="true">SL<\/span><span class="label l-error">spurious<\/span>/);
    expect(article).toMatch(/<mark class="quote q-direct sp1" id="q4"[^>]*><span class="badge" aria-hidden="true">SL<\/span><span class="label l-warn">span differs<\/span>/);
    expect(page).toContain("<p>1 missed, 11 spurious, 1 wrong speaker, 1 span differs.</p>");
    expect(page).toContain('<li><strong>wrong speaker</strong>: <a href="#q3">q3</a> reported speech “the US would be Russia&#39;s only real interlocutor”: found “Sergey Lavrov”, gold “Russia and the US”</li>');
    expect(page).toContain('<span class="l">Gold: wrong speaker; gold source “Russia and the US”</span>');
  });
});
