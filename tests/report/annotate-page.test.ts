import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";
import { annotationArticle, annotationArticleFromGold, renderAnnotatePage } from "../../src/report";
import { CORE_SCRIPT } from "../../src/report/annotate/core-script";
import { pageDataJson } from "../../src/report/annotate/data";
import { PAGE_SCRIPT } from "../../src/report/annotate/page-script";
import { ARTICLE, rangeOf } from "./annotate";
import { policyOf, sha256 } from "./helpers";

describe("annotation page data", () => {
  it("holds whosaid's quotes as gold quotes and every speaker mention with its speaker's name", () => {
    const article = annotationArticle("bridge.txt", ARTICLE, extractQuotes(ARTICLE));
    expect(article).toEqual({
      id: "bridge.txt",
      text: ARTICLE,
      date: "2024-05-02",
      quotes: [
        { ...rangeOf(ARTICLE, "The bridge will open in June"), type: "direct", speaker: rangeOf(ARTICLE, "Ana Torres"), cue: rangeOf(ARTICLE, "said") },
        { ...rangeOf(ARTICLE, "Nothing is ready"), type: "direct", speaker: rangeOf(ARTICLE, "Patel", 1), cue: rangeOf(ARTICLE, "said", 1) },
        { ...rangeOf(ARTICLE, "the contractor had promised to finish the deck by May"), type: "indirect", speaker: rangeOf(ARTICLE, "Torres", 1), cue: rangeOf(ARTICLE, "said", 2) },
        // Reported speech nested in Torres's: the contractor's promise.
        { ...rangeOf(ARTICLE, "to finish the deck by May"), type: "indirect", speaker: rangeOf(ARTICLE, "the contractor"), cue: rangeOf(ARTICLE, "promised") },
      ],
      mentions: [
        { ...rangeOf(ARTICLE, "Ana Torres"), name: "Ana Torres" },
        { ...rangeOf(ARTICLE, "Raj Patel"), name: "Raj Patel" },
        { ...rangeOf(ARTICLE, "Patel", 1), name: "Raj Patel" },
        { ...rangeOf(ARTICLE, "Torres", 1), name: "Ana Torres" },
        { ...rangeOf(ARTICLE, "the contractor"), name: "contractor" },
      ],
      checked: false,
    });
  });

  it("reads gold back to go on correcting it: pieces joined into one range, whosaid's mentions to pick from, checked", () => {
    const piece = (part: string, nth = 0) => ({ ...rangeOf(ARTICLE, part, nth), text: part });
    const result = extractQuotes(ARTICLE);
    const article = annotationArticleFromGold(
      {
        id: "g",
        text: ARTICLE,
        date: null,
        relations: [
          { content: [piece("The bridge"), piece("in June")], source: [piece("Mayor"), piece("Ana Torres")], cue: null, hasQuoteMark: true },
          { content: [], source: null, cue: null, hasQuoteMark: false },
          { content: [piece("the contractor had promised")], source: null, cue: [piece("said")], hasQuoteMark: false },
        ],
      },
      result,
    );
    expect(article).toEqual({
      ...annotationArticle("g", ARTICLE, result),
      date: null,
      quotes: [
        { start: rangeOf(ARTICLE, "The bridge").start, end: rangeOf(ARTICLE, "in June").end, type: "direct", speaker: rangeOf(ARTICLE, "Mayor Ana Torres"), cue: null },
        { ...rangeOf(ARTICLE, "the contractor had promised"), type: "indirect", speaker: null, cue: rangeOf(ARTICLE, "said") },
      ],
      checked: true,
    });
  });

  it("turns partial quotations into direct ones and keeps a pronoun a quote was attributed through", () => {
    const text = 'Mayor Ana Torres spoke for an hour. She called the plan "a disgrace to the city" and left.';
    const result = extractQuotes(text);
    const partial = result.quotes.find((quote) => quote.type === "partial");
    expect(partial?.speaker?.mention.text).toBe("She");
    const article = annotationArticle("p.txt", text, result);
    expect(article.quotes.find((quote) => quote.start === partial!.start)?.type).toBe("direct");
    expect(article.mentions).toContainEqual({ ...rangeOf(text, "She"), name: "Ana Torres" });
  });

  it("writes its JSON so that no article text can close the data block", () => {
    const text = "</script><script>alert(1)</script> <!-- said Bo.";
    const json = pageDataJson([{ id: "</script>", text, date: null, quotes: [], mentions: [], checked: false }]);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)[0].text).toBe(text);
  });
});

describe("annotation page", () => {
  it("is one self-contained page under the report's policy: its script allowed by hash, nothing loaded", async () => {
    const html = await renderAnnotatePage("bridge.txt", [annotationArticle("bridge.txt", ARTICLE, extractQuotes(ARTICLE))]);
    const policy = policyOf(html);
    expect(policy.get("default-src")).toBe("'none'");
    expect(policy.get("script-src")).toBe(`'sha256-${sha256(CORE_SCRIPT + PAGE_SCRIPT)}'`);
    expect(policy.get("form-action")).toBe("'none'");
    expect(html).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('<script type="application/json" id="annotate-data">');
    expect(html).not.toContain('id="article-pick"');
  });

  it("offers an article picker for several articles and escapes their names", async () => {
    const other = 'date 2024-01-02\n"It is done," the minister said.\n';
    const html = await renderAnnotatePage("2 articles", [
      annotationArticle("bridge.txt", ARTICLE, extractQuotes(ARTICLE)),
      annotationArticle('<b>"x"</b>.txt', other, extractQuotes(other)),
    ]);
    expect(html).toContain('<option value="0">bridge.txt</option><option value="1">&lt;b&gt;&quot;x&quot;&lt;/b&gt;.txt</option>');
    expect(html).not.toContain("<b>");
  });

  it("needs an article", async () => {
    await expect(renderAnnotatePage("none", [])).rejects.toThrow("the annotation page needs at least one article");
  });
});
