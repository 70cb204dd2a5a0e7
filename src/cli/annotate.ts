import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractQuotes } from "../index";
import { annotationArticle, renderAnnotatePage, type AnnotationArticle } from "../report";
import { describeArticleError, readPlainInputs } from "./articles";
import { EXIT, OutputError, tell, UsageError, type CliIO } from "./io";
import { fileOutput } from "./output";

const USAGE = `Usage: whosaid annotate [--] <file|glob|-...> -o DIR [--date YYYY-MM-DD]
  <file...>   article files, quoted globs, or - for stdin, read as the main command reads them
  -o DIR      write DIR/annotate.html: one page with every article, pre-filled with whosaid's
              quotes, where you correct them and export gold JSONL for whosaid eval --gold
  --date      article date for plain text input (a leading "date YYYY-MM-DD" line also works)
  --          ends the options: every argument after it is a file
Exit codes as the main command: 0 done, 1 some article failed (the page holds the rest),
2 usage error, 3 output not written.`;

/** The page's file name inside -o DIR. */
export const ANNOTATE_PAGE = "annotate.html";

/** `whosaid annotate`: writes the annotation page for articles. */
export async function runAnnotate(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        date: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.OK;
  }
  if (values.output === undefined || values.output === "-") throw new UsageError(`give the folder for the page with -o DIR\n${USAGE}`);
  const directory = resolve(io.cwd, values.output);
  const page = join(directory, ANNOTATE_PAGE);
  let inputs;
  try {
    inputs = await readPlainInputs(positionals, values.date, io, page);
  } catch (error) {
    throw error instanceof UsageError ? new UsageError(`${error.message}\n${USAGE}`) : error;
  }

  const articles: AnnotationArticle[] = [];
  const used = new Set<string>();
  for (const input of inputs) {
    try {
      const { text, date } = await input.load();
      const result = extractQuotes(text, date ? { articleDate: date } : {});
      articles.push(annotationArticle(uniqueId(input.name, used), text, result));
    } catch (error) {
      tell(io, `whosaid annotate: ${describeArticleError(input.name, error)}`);
    }
  }
  if (articles.length === 0) {
    tell(io, "whosaid annotate: no article could be read; no page written");
    return EXIT.SOME_FAILED;
  }

  try {
    mkdirSync(directory, { recursive: true });
  } catch (error) {
    throw new OutputError(`cannot create the folder ${values.output}: ${(error as Error).message}`);
  }
  const out = await fileOutput(page, join(values.output, ANNOTATE_PAGE));
  await out.write(await renderAnnotatePage(articles.length === 1 ? articles[0]!.id : `${articles.length} articles`, articles));
  await out.commit();
  const count = `${articles.length} article${articles.length === 1 ? "" : "s"}`;
  tell(io, `whosaid annotate: wrote ${join(values.output, ANNOTATE_PAGE)} (${count}); open it in a browser, correct the quotes, and export gold JSONL`);
  return articles.length < inputs.length ? EXIT.SOME_FAILED : EXIT.OK;
}

/** The article's gold id: its file name, with "-2", "-3" ... when two files share a name. */
function uniqueId(name: string, used: Set<string>): string {
  let id = name;
  for (let n = 2; used.has(id); n++) id = `${name}-${n}`;
  used.add(id);
  return id;
}
