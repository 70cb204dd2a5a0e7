import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";
import { SCRIPT } from "../../src/report/assets";
import { initials, renderIndexPage, renderReportPage } from "../../src/report";
import type { ExtractionResult } from "../../src/types";
import { articleHtml, expectedResult, loadArticle, policyOf, sha256 } from "./helpers";

const HOSTILE = [
  'date 2024-03-05 "<script>alert(1)</script> was found in the page," said Mallory Smith.',
  "",
  'Mallory Smith said that "><img src=x onerror=alert(2)> was harmless and </style><script>alert(3)</script> too.',
  "",
  '"</main></mark><svg onload=alert(4)>," she added.',
].join("\n");

/** A result whose every string field carries markup, as custom rules or known speakers could produce. */
function hostileResult(text: string): ExtractionResult {
  const start = text.indexOf("<script>");
  const end = text.indexOf(" was found");
  const mentionStart = text.indexOf("Mallory");
  const mention = { text: "Mallory Smith", start: mentionStart, end: mentionStart + 13 };
  const evil = '"><img src=x onerror=alert(5)></style><script>alert(6)</script>';
  return {
    articleDate: "2024-03-05",
    quotes: [
      {
        id: "q1",
        type: "direct",
        text: text.slice(start, end),
        start,
        end,
        speaker: { id: "s1", name: `Mallory ${evil}`, title: evil, mention },
        cue: { text: "said", start: mentionStart - 5, end: mentionStart - 1 },
        date: { value: "2024-03-05", source: "article" },
        confidence: 0.5,
        rule: evil,
      },
    ],
    speakers: [{ id: "s1", name: `Mallory ${evil}`, title: evil, kind: "person", mentions: [mention] }],
  };
}

/**
 * Every start tag of the page, with its attribute names. Fails if some "<" followed by a letter
 * does not begin a well-formed tag with double-quoted attributes: such a thing would be markup
 * the report did not write itself.
 */
function startTags(html: string): Array<{ name: string; attributes: string[] }> {
  const body = html.replace(/^<!doctype html>/i, "");
  const tags = [...body.matchAll(/<([a-z][a-z0-9-]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/gi)];
  const starts = [...body.matchAll(/<[a-z]/gi)].length;
  expect(tags).toHaveLength(starts);
  return tags.map((tag) => ({
    name: (tag[1] ?? "").toLowerCase(),
    attributes: [...(tag[2] ?? "").matchAll(/\s+([a-z-]+)(?:="[^"]*")?/giy)].map((attribute) => (attribute[1] ?? "").toLowerCase()),
  }));
}

describe("report page: hostile text cannot inject markup", () => {
  it.each([
    ["the extractor's own result", () => extractQuotes(HOSTILE)],
    ["a result with markup in every field", () => hostileResult(HOSTILE)],
  ])("escapes the article and %s", async (_name, result) => {
    const html = await renderReportPage({ title: '<script>alert("title")</script>', text: HOSTILE, result: result() });
    // Exactly one script element (the report's own) and one stylesheet.
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).toContain(`<script>${SCRIPT}</script>`);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<svg/i);
    const tags = startTags(html);
    expect(new Set(tags.map((tag) => tag.name))).toEqual(
      new Set(["html", "head", "meta", "title", "style", "body", "a", "header", "p", "h1", "span", "div", "main", "mark", "aside", "h2", "button", "ul", "li", "script"]),
    );
    // No event handler, style or source attribute anywhere (the policy would block them anyway).
    const attributes = new Set(tags.flatMap((tag) => tag.attributes));
    expect([...attributes].filter((name) => /^on|^style$|^src$|^srcset$/.test(name))).toEqual([]);
    // The text itself is all there, escaped.
    const article = articleHtml(html);
    expect(article).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const withoutBadges = article.replace(/<span class="(?:badge|label)[^"]*"[^>]*>[^<]*<\/span>/g, "");
    expect(withoutBadges.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")).toContain(
      HOSTILE.slice(HOSTILE.indexOf("<script>")),
    );
  });
});

describe("report page: Content-Security-Policy", () => {
  it("allows only the page's own inline stylesheet and script, by hash", async () => {
    const html = await renderReportPage({ title: "a", text: loadArticle(), result: expectedResult() });
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    const policy = policyOf(html);
    expect(policy.get("default-src")).toBe("'none'");
    expect(policy.get("style-src")).toBe(`'sha256-${sha256(style)}'`);
    expect(policy.get("script-src")).toBe(`'sha256-${sha256(script)}'`);
    expect(policy.get("img-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'none'");
    expect(html).not.toContain("unsafe-inline");
    // Self-contained: nothing refers to another resource.
    expect(html).not.toMatch(/\s(?:src|srcset)=|<link|@import|url\(/i);
  });

  it("gives the index page no script at all", async () => {
    const html = await renderIndexPage("batch", [
      { href: "a.html", title: "<b>a</b>", articleDate: "2020-01-01", quotes: 3, speakers: 2 },
      { href: "b.html", title: "b", articleDate: null, quotes: 0, speakers: 0, failure: "INVALID_DATE: <bad>" },
    ]);
    expect(policyOf(html).get("script-src")).toBe("'none'");
    expect(html).not.toContain("<script");
    expect(html).toContain('<a href="a.html">&lt;b&gt;a&lt;/b&gt;</a>');
    expect(html).toContain("error: INVALID_DATE: &lt;bad&gt;");
  });
});

describe("report page: highlights", () => {
  const result = expectedResult();

  it("marks every quote once, focusable, with its speaker, type and description", async () => {
    const html = articleHtml(await renderReportPage({ title: "a", text: loadArticle(), result }));
    const opened = [...html.matchAll(/<mark class="quote q-(\w+) (sp\d+|sp-none)" id="(q\d+)" tabindex="0" data-speaker="(\w+)"/g)];
    expect(opened.map((match) => match[3])).toEqual(result.quotes.map((quote) => quote.id));
    expect(opened.map((match) => match[1])).toEqual(result.quotes.map((quote) => quote.type));
    expect(opened.map((match) => match[4])).toEqual(result.quotes.map((quote) => quote.speaker?.id ?? "none"));
    // Speaker classes follow the speakers' order: s1 -> sp0, s2 -> sp1, ...
    expect(opened[0]?.[2]).toBe("sp0");
    expect(opened[2]?.[2]).toBe("sp1");
  });

  it("nests q10 inside its parent q9", async () => {
    const html = articleHtml(await renderReportPage({ title: "a", text: loadArticle(), result }));
    const from = html.lastIndexOf("<mark", html.indexOf('id="q9"'));
    const events = [...html.slice(from).matchAll(/<mark[^>]*id="(q\d+)"|<mark[^>]*cont|<\/mark>/g)]
      .slice(0, 4)
      .map((match) => match[1] ?? (match[0] === "</mark>" ? "close" : "cont"));
    expect(events).toEqual(["q9", "q10", "close", "close"]);
  });

  it("underlines each attributing mention and cue, and anchors each speaker's first mention", async () => {
    const page = await renderReportPage({ title: "a", text: loadArticle(), result });
    const html = articleHtml(page);
    expect(html).toContain('<span class="mention sp0" data-speaker="s1" id="first-s1">a White House spokesman</span> <span class="cue sp0" data-speaker="s1">said</span>');
    expect(html).toContain('<span class="mention sp0" data-speaker="s1">the US spokesperson</span> <span class="cue sp0" data-speaker="s1">added</span>');
    expect(page).toContain('<a class="jump" href="#first-s2">go to first mention</a>');
  });

  it("lists each speaker as a filter button with name, title, quote count and first mention", async () => {
    const page = await renderReportPage({ title: "a", text: loadArticle(), result });
    expect(page).toContain(
      '<button type="button" class="speaker sp1" data-filter="s2" data-name="Sergey Lavrov" aria-pressed="false"><span class="badge" aria-hidden="true">SL</span><span class="name">Sergey Lavrov</span><span class="count">7 quotes</span><span class="title">Russian foreign minister</span><span class="first">first mention: “Sergey Lavrov”</span></button>',
    );
    expect(page).toContain('<button type="button" class="show-all" data-filter="" data-name="all" aria-pressed="true">Show all quotes</button>');
  });

  it("describes each quote's rule, confidence and date", async () => {
    const extracted = extractQuotes(loadArticle());
    const page = await renderReportPage({ title: "a", text: loadArticle(), result: extracted });
    const q1 = extracted.quotes[0]!;
    expect(page).toContain(
      `<span id="d-q1"><span class="l">q1: direct quotation</span> <span class="l">Speaker: ${q1.speaker?.name}, as “a White House spokesman”</span> <span class="l">Cue: “said”</span> <span class="l">Rule: ${q1.rule}</span> <span class="l">Confidence: ${q1.confidence.toFixed(2)}</span> <span class="l">Date: 2021-12-27 (stated: “on Monday (27 December)”)</span></span>`,
    );
  });

  it("makes speaker initials badges", () => {
    expect(["Sergey Lavrov", "White House spokesman", "Nato", "Jean-Yves Le Drian", "", "ÉLise Ötker"].map(initials)).toEqual([
      "SL",
      "WS",
      "N",
      "JD",
      "?",
      "ÉÖ",
    ]);
  });
});
