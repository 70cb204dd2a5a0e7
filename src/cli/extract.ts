import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { resolve } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { version } from "../../package.json";
import { createExtractor, WhosaidError } from "../index";
import { DEFAULT_JOBS, runBatch } from "./batch";
import { formatFooter, formatHeader, recordSeparator } from "./formats";
import { expandInputs, isLiteral, progressTotal, readJobs } from "./inputs";
import type { RecordSettings } from "./job";
import { createProcessor } from "./processor";
import { Progress } from "./progress";
import { RulesModuleError } from "./rules";

/** Exit codes: every record fine; some record failed (or had no quotes, with --fail-on-empty); usage error. */
const OK = 0;
const SOME_FAILED = 1;
const USAGE = 2;

class UsageError extends Error {}

interface CliOptions {
  format: RecordSettings["format"];
  input: "text" | "jsonl";
  output?: string;
  articleDate?: string;
  jobs: number;
  minConfidence?: number;
  speaker?: string;
  rules?: string;
  failOnEmpty?: boolean;
}

const EXAMPLES = `
Examples:
  whosaid article.txt --format pretty
  whosaid 'news/**/*.txt' --format jsonl -o quotes.jsonl
  cat articles.jsonl | whosaid - --input jsonl --format csv --jobs 2
  whosaid article.txt --date 2021-12-28 --speaker lavrov --min-confidence 0.8
  whosaid article.txt --rules ./my-rules.js

Exit codes: 0 all records extracted, 1 some record failed (or had no quotes with
--fail-on-empty), 2 usage error. Other commands: whosaid eval --help, whosaid report --help.
`;

function buildProgram(): Command {
  return new Command("whosaid")
    .description("Who said what, and when: extracts quotes, speakers and dates from news articles.")
    .argument("[inputs...]", "article files, globs (quote them), or - for stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "jsonl", "csv", "pretty"]).default("json"))
    .addOption(
      new Option("-i, --input <format>", "input format: one article per file, or JSONL lines {id, text, date}")
        .choices(["text", "jsonl"])
        .default("text"),
    )
    .option("-o, --output <file>", "write the output to a file instead of stdout")
    .option("--date, --article-date <YYYY-MM-DD>", "the articles' date, for relative dates (a JSONL record's date wins)")
    .option("-j, --jobs <n>", "worker threads", positiveInteger, DEFAULT_JOBS)
    .option("--min-confidence <x>", "keep quotes whose confidence is at least x (0..1)", confidence)
    .option("--speaker <name>", "keep quotes whose speaker's name contains name (case-insensitive)")
    .option("--rules <module>", "attribution rules from a JavaScript module (ESM or CommonJS)")
    .option("--fail-on-empty", "exit 1 when an input has no quotes")
    .version(version, "-V, --version")
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run whosaid --help for usage)")
    .exitOverride();
}

/** `whosaid [inputs...]`: extracts the quotes of one article or of a streamed batch. */
export async function runExtract(args: string[]): Promise<number> {
  const program = buildProgram();
  try {
    program.parse(args, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? OK : USAGE;
    throw error;
  }
  try {
    return await extract(program.args, program.opts<CliOptions>());
  } catch (error) {
    if (error instanceof UsageError || error instanceof RulesModuleError) {
      process.stderr.write(`whosaid: ${error.message}\n`);
      return USAGE;
    }
    throw error;
  }
}

async function extract(args: string[], options: CliOptions): Promise<number> {
  if (args.length === 0) throw new UsageError("no input: give article files, globs, or - to read stdin (see whosaid --help)");
  if (args.filter((a) => a === "-").length > 1) throw new UsageError("stdin (-) can be read only once");
  if (options.speaker !== undefined && options.speaker.trim() === "") throw new UsageError("--speaker needs a name");
  if (options.articleDate !== undefined) {
    try {
      createExtractor({ articleDate: options.articleDate });
    } catch (error) {
      if (error instanceof WhosaidError) throw new UsageError(`--date: ${error.message}`);
      throw error;
    }
  }

  const jsonl = options.input === "jsonl";
  // Issue-2 compatibility: one plain-text article named literally prints a bare result, not a batch.
  const single = !jsonl && args.length === 1 && isLiteral(args[0]!);
  const settings: RecordSettings = {
    format: options.format,
    single,
    color: options.format === "pretty" && options.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR,
    articleDate: options.articleDate,
    minConfidence: options.minConfidence,
    speaker: options.speaker,
    rulesPath: options.rules === undefined ? undefined : resolve(options.rules),
  };
  const local = await createProcessor(settings); // loads --rules here first, so a bad module is a usage error
  const out = options.output === undefined ? process.stdout : await openOutput(options.output);
  const inputs = await expandInputs(args);
  const progress = !single && process.stderr.isTTY ? new Progress(progressTotal(inputs, jsonl)) : null;
  const report = (line: string) => (progress ? progress.log(line) : process.stderr.write(`${line}\n`));

  let records = 0;
  let failed = 0;
  let empty = 0;
  let written = 0;
  const write = async (text: string) => {
    if (text !== "" && !out.write(text)) await once(out, "drain");
  };
  await write(formatHeader(settings));
  await runBatch(readJobs(inputs, jsonl), { jobs: single ? 1 : options.jobs, settings, local }, async (outcome, weight) => {
    records += 1;
    if (outcome.output !== "") await write(`${written++ > 0 ? recordSeparator(settings) : ""}${outcome.output}`);
    if (outcome.error !== undefined) {
      failed += 1;
      // JSONL carries the error in its record; other formats report it here.
      if (settings.format !== "jsonl") report(`whosaid: ${outcome.error}`);
    } else if (outcome.empty) {
      empty += 1;
      if (options.failOnEmpty) report(`whosaid: ${outcome.label}: no quotes`);
    }
    progress?.tick(weight);
  });
  await write(formatFooter(settings, written > 0));
  progress?.stop();
  if (out !== process.stdout) await closeOutput(out as WriteStream);
  if (failed > 0 && !single) process.stderr.write(`whosaid: ${failed} of ${records} records failed\n`);
  return failed > 0 || (options.failOnEmpty && empty > 0) ? SOME_FAILED : OK;
}

async function openOutput(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  try {
    await once(stream, "open");
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return stream;
}

async function closeOutput(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, "finish");
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number of at least 1");
  return n;
}

function confidence(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0 && n <= 1)) throw new InvalidArgumentError("must be a number from 0 to 1");
  return n;
}
