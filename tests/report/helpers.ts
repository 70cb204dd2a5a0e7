import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ExtractionResult } from "../../src/types";

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

export const ARTICLE_PATH = fixture("article.txt");

export function loadArticle(): string {
  return readFileSync(ARTICLE_PATH, "utf8");
}

/** The hand-written expected result of the golden article, as a prediction (rule and confidence filled in). */
export function expectedResult(): ExtractionResult {
  const expected = JSON.parse(readFileSync(fixture("article.expected.json"), "utf8")) as ExtractionResult;
  return { ...expected, quotes: expected.quotes.map((quote) => ({ ...quote, rule: "hand-written", confidence: 1 })) };
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64");
}

/** The page's Content-Security-Policy, directive by directive. */
export function policyOf(html: string): Map<string, string> {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  if (!match) throw new Error("no Content-Security-Policy meta");
  return new Map(
    (match[1] ?? "").split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources.join(" ")];
    }),
  );
}

/** The HTML inside <main id="article">. */
export function articleHtml(html: string): string {
  const start = html.indexOf('<main id="article"');
  const end = html.indexOf("</main>", start);
  return html.slice(html.indexOf(">", start) + 1, end);
}
