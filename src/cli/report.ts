import { mkdirSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import type { GoldDocument } from "../eval";
import { extractQuotes, type ExtractionResult } from "../index";
import { compareWithGold, renderIndexPage, renderReportPage, type IndexEntry } from "../report";
import { GoldLoadError, openGold } from "./gold-files";
import { describeArticleError, readPlainInputs } from "./articles";
import { EXIT, OutputError, tell, UsageError, type CliIO } from "./io";
import { fileOutput, openOutput } from "./output";
import { parseCommand } from "./parse-command";

const USAGE = `Usage: whosaid report [--] <file|glob|-...> [-o page.html | -o DIR] [--date YYYY-MM-DD]
       whosaid report --gold <brat-dir|gold.jsonl> [--article ID]... [--limit N] -o DIR|page.html
  <file...>      article files, quoted globs, or - for stdin, read as the main command reads them
  -o FILE        one article: write its page there (without -o: to standard output)
  -o DIR         one page per article plus DIR/index.html (DIR: an existing folder, a name
                 ending in /, or a name without an extension)
  --date         article date for plain text input (a leading "date YYYY-MM-DD" line also works)
  --gold         mark missed, spurious and mis-attributed quotes against a PolNeAR brat split
                 folder (text/, attributions/, metadata.tsv) or a gold JSONL file
  --article ID   with --gold: only this article (repeatable); --limit N: only the first N
  --             ends the options: every argument after it is a file
Exit codes as the main command: 0 done, 1 some article failed, 2 usage error, 3 output not written.`;

/** One article to report on. `load` reads it (and its gold), so that one unreadable article fails alone. */
interface ReportInput {
  name: string;
  load(): Promise<{ text: string; date: string | undefined; gold?: GoldDocument }>;
}

/** `whosaid report`: writes self-contained HTML pages of the quotes found in articles. */
export async function runReport(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand(args, {
    output: { type: "string", short: "o" },
    date: { type: "string" },
    gold: { type: "string" },
    article: { type: "string", multiple: true },
    limit: { type: "string" },
  }, USAGE, io);
  if (!parsed) return EXIT.OK;
  const { values, positionals } = parsed;

  const output = values.output;
  const target = output === undefined || output === "-" ? undefined : resolve(io.cwd, output);
  const directory = target !== undefined && isDirectoryName(output!, target);
  let inputs: ReportInput[];
  try {
    inputs =
      values.gold === undefined
        ? await readPlainInputs(positionals, values.date, io, directory ? undefined : target)
        : readGoldInputs(resolve(io.cwd, values.gold), positionals, values, io);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${error.message}\n${USAGE}`);
    if (error instanceof GoldLoadError) throw new UsageError(error.message);
    throw error;
  }
  if (inputs.length === 0) throw new UsageError("no article to report on");

  if (!directory && inputs.length > 1) {
    throw new UsageError(`${inputs.length} articles: give a directory with -o DIR (one page each, plus index.html)`);
  }
  if (directory) return writeBatch(inputs, target!, output!, io);
  const input = inputs[0]!;
  let page: string;
  try {
    page = (await buildPage(input)).html;
  } catch (error) {
    tell(io, `whosaid report: ${describeArticleError(input.name, error)}`);
    return EXIT.SOME_FAILED;
  }
  const out = await openOutput(output, io);
  await out.write(page);
  await out.commit();
  return EXIT.OK;
}

/** -o names a folder when it is one, ends in a slash, or has no extension; otherwise a page file. */
function isDirectoryName(name: string, path: string): boolean {
  try {
    if (statSync(path).isDirectory()) return true;
  } catch {
    // not there yet
  }
  return /[\\/]$/.test(name) || extname(path) === "";
}

async function buildPage(input: ReportInput, indexHref?: string): Promise<{ html: string; result: ExtractionResult; errors?: number }> {
  const article = await input.load();
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
async function writeBatch(inputs: ReportInput[], directory: string, name: string, io: CliIO): Promise<number> {
  try {
    mkdirSync(directory, { recursive: true });
  } catch (error) {
    throw new OutputError(`cannot create the folder ${name}: ${(error as Error).message}`);
  }
  const used = new Set(["index"]);
  const entries: IndexEntry[] = [];
  let failures = 0;
  const writePage = async (file: string, html: string) => {
    const out = await fileOutput(join(directory, file), join(name, file));
    await out.write(html);
    await out.commit();
  };
  for (const input of inputs) {
    let slug = input.name.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "") || "article";
    for (let n = 2; used.has(slug.toLowerCase()); n++) slug = `${slug.replace(/-\d+$/, "")}-${n}`;
    used.add(slug.toLowerCase());
    const href = `${slug}.html`;
    let page;
    try {
      page = await buildPage(input, "index.html");
    } catch (error) {
      failures++;
      const message = describeArticleError(input.name, error);
      tell(io, `whosaid report: ${message}`);
      entries.push({ href, title: input.name, articleDate: null, quotes: 0, speakers: 0, failure: message });
      continue;
    }
    await writePage(href, page.html);
    entries.push({
      href,
      title: input.name,
      articleDate: page.result.articleDate,
      quotes: page.result.quotes.length,
      speakers: page.result.speakers.length,
      ...(page.errors === undefined ? {} : { errors: page.errors }),
    });
  }
  await writePage("index.html", await renderIndexPage("whosaid report", entries));
  const pages = inputs.length - failures;
  tell(io, `whosaid report: wrote ${pages} page${pages === 1 ? "" : "s"} and index.html to ${name}`);
  return failures > 0 ? EXIT.SOME_FAILED : EXIT.OK;
}

function readGoldInputs(
  goldPath: string,
  positionals: string[],
  values: { article?: string[] | undefined; limit?: string | undefined; date?: string | undefined },
  io: CliIO,
): ReportInput[] {
  if (positionals.length > 0) throw new UsageError("with --gold the articles come from the gold data: pick them with --article ID");
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isSafeInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive integer, not ${values.limit}`);
  }
  const { entries, warnings } = openGold(goldPath, { articles: values.article, limit });
  for (const warning of warnings) tell(io, `whosaid report: warning: ${warning}`);
  return entries.map((entry) => ({
    name: entry.id,
    load: async () => {
      const gold = entry.load();
      // --date stands in for an article the gold gives no date.
      return { text: gold.text, date: gold.date ?? values.date, gold };
    },
  }));
}
