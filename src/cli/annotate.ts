import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractQuotes } from "../index";
import { annotationArticle, annotationArticleFromGold, renderAnnotatePage, type AnnotationArticle } from "../report";
import { describeArticleError, readPlainInputs } from "./articles";
import { GoldLoadError, openGold } from "./gold-files";
import { EXIT, OutputError, tell, UsageError, type CliIO } from "./io";
import { fileOutput } from "./output";
import { parseCommand } from "./parse-command";

const USAGE = `Usage: whosaid annotate [--] <file|glob|-...> -o DIR [--date YYYY-MM-DD]
       whosaid annotate --gold <gold.jsonl|brat-dir> -o DIR
  <file...>   article files, quoted globs, or - for stdin, read as the main command reads them
  -o DIR      write DIR/annotate.html: one page with every article, pre-filled with whosaid's
              quotes, where you correct them and export gold JSONL for whosaid eval --gold
  --date      article date for plain text input (a leading "date YYYY-MM-DD" line also works)
  --gold      pre-fill from gold instead (an earlier export, or a PolNeAR brat folder), to go on
              correcting it; its articles start checked
  --          ends the options: every argument after it is a file
Exit codes as the main command: 0 done, 1 some article failed (the page holds the rest),
2 usage error, 3 output not written.`;

/** The page's file name inside -o DIR. */
export const ANNOTATE_PAGE = "annotate.html";

/** `whosaid annotate`: writes the annotation page for articles. */
export async function runAnnotate(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand(args, {
    output: { type: "string", short: "o" },
    date: { type: "string" },
    gold: { type: "string" },
  }, USAGE, io);
  if (!parsed) return EXIT.OK;
  const { values, positionals } = parsed;
  if (values.output === undefined || values.output === "-") throw new UsageError(`give the folder for the page with -o DIR\n${USAGE}`);
  const directory = resolve(io.cwd, values.output);
  const page = join(directory, ANNOTATE_PAGE);
  let inputs: ArticleSource[];
  try {
    inputs = values.gold === undefined ? await plainSources(positionals, values.date, io, page) : goldSources(resolve(io.cwd, values.gold), positionals, io);
  } catch (error) {
    if (error instanceof GoldLoadError) throw new UsageError(error.message);
    throw error instanceof UsageError ? new UsageError(`${error.message}\n${USAGE}`) : error;
  }

  const articles: AnnotationArticle[] = [];
  const used = new Set<string>();
  for (const input of inputs) {
    try {
      articles.push(await input.load(uniqueId(input.name, used)));
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

/** One article for the page; `load` reads and extracts it, so that one unreadable article fails alone. */
interface ArticleSource {
  name: string;
  load(id: string): Promise<AnnotationArticle>;
}

async function plainSources(args: string[], date: string | undefined, io: CliIO, page: string): Promise<ArticleSource[]> {
  return (await readPlainInputs(args, date, io, page)).map((input) => ({
    name: input.name,
    load: async (id) => {
      const article = await input.load();
      return annotationArticle(id, article.text, extractQuotes(article.text, article.date ? { articleDate: article.date } : {}));
    },
  }));
}

function goldSources(path: string, args: string[], io: CliIO): ArticleSource[] {
  if (args.length > 0) throw new UsageError("with --gold the articles come from the gold data; give no files");
  const { entries, warnings } = openGold(path);
  for (const warning of warnings) tell(io, `whosaid annotate: warning: ${warning}`);
  return entries.map((entry) => ({
    name: entry.id,
    load: async () => {
      const gold = entry.load();
      return annotationArticleFromGold(gold, extractQuotes(gold.text, gold.date ? { articleDate: gold.date } : {}));
    },
  }));
}

/** The article's gold id: its file name, with "-2", "-3" ... when two files share a name. */
function uniqueId(name: string, used: Set<string>): string {
  let id = name;
  for (let n = 2; used.has(id); n++) id = `${name}-${n}`;
  used.add(id);
  return id;
}
