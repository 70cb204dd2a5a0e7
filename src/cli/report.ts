import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parseArgs } from "node:util";
import type { GoldDocument } from "../eval";
import { extractQuotes, WhosaidError, type ExtractionResult } from "../index";
import { compareWithGold, renderIndexPage, renderReportPage, type IndexEntry } from "../report";
import { fsReason } from "./file-error";
import { openGold } from "./gold-files";

const USAGE = `Usage: whosaid report <file...> [-o report.html | -o DIR] [--date YYYY-MM-DD]
       whosaid report --gold <brat-dir|gold.jsonl> [--article ID]... [--limit N] -o DIR|page.html
  -o FILE.html   one article: write its page there (without -o: to standard output)
  -o DIR         one page per article plus DIR/index.html
  --date         article date for plain text input (a leading "date YYYY-MM-DD" line also works)
  --gold         mark missed, spurious and mis-attributed quotes against a PolNeAR brat split
                 folder (text/, attributions/, metadata.tsv) or a gold JSONL file
  --article ID   with --gold: only this article (repeatable); --limit N: only the first N`;

/** One article to report on. `load` reads it (and its gold), so that one unreadable article fails alone. */
interface ReportInput {
  name: string;
  load(): { text: string; date: string | undefined; gold?: GoldDocument };
}

class UsageError extends Error {}

/** `whosaid report`: writes self-contained HTML pages of the quotes found in articles. */
export async function runReport(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        date: { type: "string" },
        gold: { type: "string" },
        article: { type: "string", multiple: true },
        limit: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  let inputs: ReportInput[];
  try {
    inputs = values.gold === undefined ? readPlainInputs(positionals, values.date) : readGoldInputs(values.gold, positionals, values);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n${USAGE}`);
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (inputs.length === 0) return fail("no article to report on");

  const output = values.output;
  const singlePage = output === undefined || output === "-" || extname(output).toLowerCase() === ".html";
  if (singlePage && inputs.length > 1) {
    return fail(`${inputs.length} articles: give a directory with -o DIR (one page each, plus index.html)`);
  }
  if (singlePage) {
    const input = inputs[0]!;
    let page: string;
    try {
      page = (await buildPage(input)).html;
    } catch (error) {
      return fail(describeError(input.name, error));
    }
    if (output === undefined || output === "-") process.stdout.write(page);
    else writeFileSync(output, page);
    return 0;
  }
  return writeBatch(inputs, output);
}

async function buildPage(input: ReportInput, indexHref?: string): Promise<{ html: string; result: ExtractionResult; errors?: number }> {
  const article = input.load();
  const result = extractQuotes(article.text, article.date ? { articleDate: article.date } : {});
  const gold = article.gold ? compareWithGold(article.gold, result) : undefined;
  const html = await renderReportPage({
    title: input.name,
    text: article.text,
    result,
    ...(gold ? { gold } : {}),
    ...(indexHref ? { indexHref } : {}),
  });
  const e = gold?.scores.errors;
  return { html, result, ...(e ? { errors: e.missed + e.spurious + e.wrongSpeaker + e.wrongSpan } : {}) };
}

/** One page per article and an index; an article that fails is listed as failed, and the rest go on. */
async function writeBatch(inputs: ReportInput[], directory: string): Promise<number> {
  mkdirSync(directory, { recursive: true });
  const used = new Set(["index"]);
  const entries: IndexEntry[] = [];
  let failures = 0;
  for (const input of inputs) {
    let slug = input.name.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "") || "article";
    for (let n = 2; used.has(slug.toLowerCase()); n++) slug = `${slug.replace(/-\d+$/, "")}-${n}`;
    used.add(slug.toLowerCase());
    const href = `${slug}.html`;
    try {
      const page = await buildPage(input, "index.html");
      writeFileSync(join(directory, href), page.html);
      entries.push({
        href,
        title: input.name,
        articleDate: page.result.articleDate,
        quotes: page.result.quotes.length,
        speakers: page.result.speakers.length,
        ...(page.errors === undefined ? {} : { errors: page.errors }),
      });
    } catch (error) {
      failures++;
      const message = describeError(input.name, error);
      process.stderr.write(`whosaid report: ${message}\n`);
      entries.push({ href, title: input.name, articleDate: null, quotes: 0, speakers: 0, failure: message });
    }
  }
  writeFileSync(join(directory, "index.html"), await renderIndexPage("whosaid report", entries));
  process.stderr.write(`whosaid report: wrote ${inputs.length - failures} pages and index.html to ${directory}\n`);
  return failures > 0 ? 1 : 0;
}

function readPlainInputs(files: string[], date: string | undefined): ReportInput[] {
  if (files.length === 0) throw new UsageError("no input file");
  return files.map((file) => ({
    name: file === "-" ? "stdin" : basename(file),
    load: () => ({ text: readText(file === "-" ? 0 : file, file), date }),
  }));
}

function readGoldInputs(
  goldPath: string,
  positionals: string[],
  values: { article?: string[] | undefined; limit?: string | undefined; date?: string | undefined },
): ReportInput[] {
  if (positionals.length > 0) throw new UsageError("with --gold the articles come from the gold data: pick them with --article ID");
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isSafeInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive integer, not ${values.limit}`);
  }
  const { entries, warnings } = openGold(goldPath, { articles: values.article, limit });
  for (const warning of warnings) process.stderr.write(`whosaid report: warning: ${warning}\n`);
  return entries.map((entry) => ({
    name: entry.id,
    load: () => {
      const gold = entry.load();
      // --date stands in for an article the gold gives no date.
      return { text: gold.text, date: gold.date ?? values.date, gold };
    },
  }));
}

function readText(source: string | number, label: string): string {
  try {
    return readFileSync(source, "utf8");
  } catch (error) {
    throw new Error(`cannot read ${label}: ${fsReason(error)}`);
  }
}

function describeError(name: string, error: unknown): string {
  if (error instanceof WhosaidError) return `${name}: ${error.code}: ${error.message}`;
  return `${name}: ${error instanceof Error ? error.message : String(error)}`;
}

function fail(message: string): number {
  process.stderr.write(`whosaid report: ${message}\n`);
  return 2;
}
