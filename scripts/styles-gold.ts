/**
 * The multi-style gold set's builder (pure: no file access): from the readable sources
 * gold/styles/articles-*.md to the JSONL gold and the name layer, so that every offset is
 * computed, never typed. scripts/build-styles-gold.ts writes the files; tests/eval/styles-set.test.ts
 * checks they are fresh.
 *
 * Source format (all articles are invented; see docs/evaluation.md "The multi-style set"):
 *   ## <id>                        starts an article
 *   date: YYYY-MM-DD
 *   <text>                         the article; inline markup, removed from the text:
 *     ⟦s3 the 71-year-old⟧           speaker mention s3
 *     ⟦d:s3 ‘We will rebuild,’⟧      a direct (or partial) quotation whose speaker is mention s3
 *     ⟦r:s3 the plan would fail⟧     reported speech of s3;  d:- / r:- for no speaker in the text
 *   @s3 <kind> <name>              the name-layer row of mention s3 (docs/evaluation-names.md)
 *
 * Markup may nest (a mention inside a quotation). A quote's type must agree with its text: reported
 * speech holding a quotation mark is an error, as the evaluator counts any Content with a mark as direct.
 */
import { parseGoldJsonlRecords, type GoldJsonlQuote, type GoldJsonlRecord } from "../src/eval/jsonl";
import { NAME_LAYER_HEADER, parseNameLayer } from "../src/eval/names";

/** Where the set lives, relative to the repository root, and its two built files. */
export const STYLES_DIR = "gold/styles";
export const STYLES_JSONL = "styles.jsonl";
export const STYLES_TSV = "names-styles.tsv";
const QUOTE_MARK = /["“”‘]/;

interface Article {
  record: GoldJsonlRecord;
  rows: string[];
}

function fail(where: string, reason: string): never {
  throw new Error(`${where}: ${reason}`);
}

/** Strips the markup of one article body; returns the plain text, its quotes and its mentions. */
function readMarkup(id: string, body: string) {
  let text = "";
  const open: { head: string; start: number }[] = [];
  const mentions = new Map<string, { start: number; end: number }>();
  const quotes: { head: string; start: number; end: number }[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === "⟦") {
      const space = body.indexOf(" ", i);
      const head = body.slice(i + 1, space);
      if (!/^(?:s\d+|[dr]:(?:s\d+|-))$/.test(head)) fail(id, `bad markup head ${JSON.stringify(head)}`);
      open.push({ head, start: text.length });
      i = space;
    } else if (ch === "⟧") {
      const span = open.pop() ?? fail(id, `unmatched ⟧ after ${JSON.stringify(text.slice(-30))}`);
      const range = { start: span.start, end: text.length };
      if (span.head.startsWith("s")) {
        if (mentions.has(span.head)) fail(id, `mention ${span.head} marked twice`);
        mentions.set(span.head, range);
      } else quotes.push({ head: span.head, ...range });
    } else text += ch;
  }
  if (open.length > 0) fail(id, `unclosed ⟦${open[0]!.head}`);
  return { text, quotes: quotes.sort((a, b) => a.start - b.start), mentions };
}

function readArticle(chunk: string): Article {
  const lines = chunk.split("\n");
  const id = lines[0]!.trim();
  const date = /^date: (\d{4}-\d{2}-\d{2})$/.exec(lines[1] ?? "")?.[1] ?? fail(id, "second line must be date: YYYY-MM-DD");
  const names = new Map<string, string>();
  const bodyLines: string[] = [];
  for (const line of lines.slice(2)) {
    const row = /^@(s\d+) (person|organisation|group|place|document|other) (.+)$/.exec(line);
    if (row) names.set(row[1]!, `${row[3]}\t${row[2]}`);
    else if (line.startsWith("@")) fail(id, `bad name row ${JSON.stringify(line)}`);
    else bodyLines.push(line);
  }
  const { text, quotes, mentions } = readMarkup(id, bodyLines.join("\n").trim());
  const goldQuotes = quotes.map((q): GoldJsonlQuote => {
    const [type, speakerId] = q.head.split(":") as ["d" | "r", string];
    const content = text.slice(q.start, q.end);
    if (type === "r" && QUOTE_MARK.test(content)) fail(id, `reported speech with a quotation mark: ${content}`);
    const speaker = speakerId === "-" ? null : (mentions.get(speakerId) ?? fail(id, `no mention ${speakerId}`));
    return { start: q.start, end: q.end, speaker, type: type === "d" ? "direct" : "indirect" };
  });
  const used = new Set(quotes.map((q) => q.head.slice(2)));
  const rows = [...mentions].map(([mention, range]) => {
    if (!used.has(mention)) fail(id, `mention ${mention} is no quote's speaker`);
    return `${id}\t${range.start}\t${range.end}\t${names.get(mention) ?? fail(id, `no name row for ${mention}`)}`;
  });
  for (const mention of names.keys()) if (!mentions.has(mention)) fail(id, `name row for unmarked ${mention}`);
  return { record: { id, text, date, quotes: goldQuotes }, rows };
}

/** The JSONL gold and name layer of the sources (each one or more articles), validated by the evaluator's parsers. */
export function buildStylesGold(sources: readonly string[]): { jsonl: string; tsv: string } {
  const articles = sources.flatMap((source) => source.split(/^## /m).slice(1)).map(readArticle);
  const jsonl = articles.map((a) => JSON.stringify(a.record)).join("\n") + "\n";
  const tsv = [NAME_LAYER_HEADER, ...articles.flatMap((a) => a.rows)].join("\n") + "\n";
  parseGoldJsonlRecords(jsonl);
  parseNameLayer(tsv);
  return { jsonl, tsv };
}

