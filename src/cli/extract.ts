import { resolve } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { version } from "../../package.json";
import { AUTO_JOBS_BYTES, AUTO_JOBS_RECORDS, MAX_JOBS, runBatch } from "./batch";
import { formatFooter, formatHeader, recordSeparator } from "./formats";
import { expandInputs, isLiteral, progressTotal, readJobs } from "./inputs";
import { EXIT, tell, UsageError, visible, type CliIO } from "./io";
import type { RecordSettings } from "./job";
import { openOutput } from "./output";
import { Progress } from "./progress";
import { MAX_INPUT_BYTES } from "./read";

/** A record that runs longer than this is stopped and reported as TIMEOUT; the batch goes on. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

interface CliOptions {
  format: RecordSettings["format"];
  input: "text" | "jsonl";
  output?: string;
  articleDate?: string;
  jobs?: number;
  timeout: number;
  minConfidence?: number;
  speaker?: string;
  rules?: string;
  learned?: string;
  failOnEmpty?: boolean;
}

const EXAMPLES = `
Examples:
  whosaid article.txt --format pretty
  whosaid 'news/**/*.txt' --format jsonl -o quotes.jsonl
  cat articles.jsonl | whosaid - --input jsonl --format csv --jobs 2
  whosaid article.txt --date 2021-12-28 --speaker lavrov --min-confidence 0.8
  whosaid article.txt --rules ./my-rules.js
  whosaid 'news/*.txt' --learned newsroom-learned.json   (a lexicon from npm run train -- --out)
  whosaid --format csv -- *.txt       (-- ends the options: a file named -x is a file)

--jobs: without it, one worker thread, more (up to ${MAX_JOBS}, the CPU cores) once a batch
reaches ${AUTO_JOBS_RECORDS.toLocaleString("en")} records or ${AUTO_JOBS_BYTES / 1e6} MB. Each record may be up to ${MAX_INPUT_BYTES / 1024 / 1024} MiB (else INPUT_TOO_LARGE).
-o writes a temporary file and renames it at the end; if every record fails,
the file is left as it was.
CSV cells starting with = + - @ tab or CR get a leading ' so spreadsheets do not run them.

Exit codes: 0 all records extracted; 1 some record failed (or had no quotes with
--fail-on-empty); 2 usage error, nothing done; 3 the output could not be written;
4 internal error (a bug). Other commands: whosaid eval --help, whosaid report --help, whosaid annotate --help.
`;

function buildProgram(io: CliIO): Command {
  return new Command("whosaid")
    .description("Who said what, and when: extracts quotes, speakers and dates from news articles.")
    .argument("[inputs...]", "article files, globs (quote them), or - for stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "jsonl", "csv", "pretty"]).default("json"))
    .addOption(
      new Option("-i, --input <format>", "input format: one article per file, or JSONL lines {id, text, date}")
        .choices(["text", "jsonl"])
        .default("text"),
    )
    .option("-o, --output <file>", "write the output to a file instead of stdout (replaced only when complete)")
    .option("--date, --article-date <YYYY-MM-DD>", "the articles' date, for relative dates (a JSONL record's date wins)")
    .option("-j, --jobs <n>", `worker threads (default: 1, up to ${MAX_JOBS} for large batches)`, positiveInteger)
    .option("-t, --timeout <seconds>", "time limit per record; 0 for none", seconds, DEFAULT_TIMEOUT_SECONDS)
    .option("--min-confidence <x>", "keep quotes whose confidence is at least x (0..1)", confidence)
    .option("--speaker <name>", "keep quotes whose speaker's name contains name (case-insensitive)")
    .option("--rules <module>", "attribution rules from a JavaScript module (ESM or CommonJS)")
    .option("--learned <file>", "a cue lexicon trained on your own articles (npm run train -- --data ... --out FILE)")
    .option("--fail-on-empty", "exit 1 when an input has no quotes")
    .version(version, "-V, --version")
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run whosaid --help for usage)")
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s.split("\n").map(visible).join("\n")) })
    .exitOverride();
}

/** `whosaid [inputs...]`: extracts the quotes of one article or of a streamed batch. */
export async function runExtract(args: string[], io: CliIO): Promise<number> {
  const program = buildProgram(io);
  try {
    program.parse(args, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    throw error;
  }
  return extract(program.args, program.opts<CliOptions>(), io);
}

async function extract(args: string[], options: CliOptions, io: CliIO): Promise<number> {
  if (args.length === 0) throw new UsageError("no input: give article files, globs, or - to read stdin (see whosaid --help)");
  if (args.filter((a) => a === "-").length > 1) throw new UsageError("stdin (-) can be read only once");
  if (options.speaker !== undefined && options.speaker.trim() === "") throw new UsageError("--speaker needs a name");
  if (options.articleDate !== undefined) await checkDate(options.articleDate);

  const jsonl = options.input === "jsonl";
  // Issue-2 compatibility: one plain-text article named literally prints a bare result, not a batch.
  const single = !jsonl && args.length === 1 && isLiteral(args[0]!, io.cwd);
  const settings: RecordSettings = {
    format: options.format,
    single,
    color: options.format === "pretty" && options.output === undefined && io.stdout.isTTY === true && !io.env.NO_COLOR,
    articleDate: options.articleDate,
    minConfidence: options.minConfidence,
    speaker: options.speaker,
    rulesPath: options.rules === undefined ? undefined : resolve(io.cwd, options.rules),
    learnedPath: options.learned === undefined ? undefined : resolve(io.cwd, options.learned),
  };
  if (settings.rulesPath !== undefined) await checkRules(settings.rulesPath);
  if (settings.learnedPath !== undefined) (await import("./learned")).readLearned(settings.learnedPath, `--learned ${options.learned}`);
  const target = options.output === undefined ? undefined : resolve(io.cwd, options.output);
  const inputs = await expandInputs(args, io.cwd, target);
  const out = await openOutput(options.output, io);
  const progress = !single && io.stderr.isTTY ? new Progress(progressTotal(inputs, jsonl), io.stderr) : null;
  const report = (line: string) => (progress ? progress.log(line) : tell(io, line));

  let records = 0;
  let failed = 0;
  let empty = 0;
  let written = 0;
  try {
    await out.write(formatHeader(settings));
    const batch = {
      jobs: options.jobs,
      records: jsonl || inputs.some((input) => input.kind === "stdin") ? undefined : inputs.length,
      timeoutMs: options.timeout * 1000,
      settings,
      pool: io.pool,
      workerUrl: io.workerUrl ?? new URL("./cli-worker.js", import.meta.url),
    };
    await runBatch(readJobs(inputs, jsonl, io.stdin), batch, async (outcome, weight) => {
      records += 1;
      if (outcome.output !== "") await out.write(`${written++ > 0 ? recordSeparator(settings) : ""}${outcome.output}`);
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
    await out.write(formatFooter(settings, written > 0));
  } catch (error) {
    progress?.stop();
    await out.discard();
    throw error;
  }
  progress?.stop();
  // A run in which every record failed leaves an existing output file as it was.
  if (failed === records) await out.discard();
  else await out.commit();
  if (failed > 0 && !single) tell(io, `whosaid: ${failed} of ${records} records failed`);
  return failed > 0 || (options.failOnEmpty && empty > 0) ? EXIT.SOME_FAILED : EXIT.OK;
}

/** The core is loaded only when an option needs it: the main thread of a batch never extracts. */
async function checkDate(date: string): Promise<void> {
  const { createExtractor, WhosaidError } = await import("../index");
  try {
    createExtractor({ articleDate: date });
  } catch (error) {
    if (error instanceof WhosaidError) throw new UsageError(`--date: ${error.message}`);
    throw error;
  }
}

/** Loads the --rules module once here, so that a bad module is a usage error before any work. */
async function checkRules(path: string): Promise<void> {
  const { loadRules, RulesModuleError } = await import("./rules");
  try {
    await loadRules(path);
  } catch (error) {
    if (error instanceof RulesModuleError) throw new UsageError(error.message);
    throw error;
  }
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number of at least 1");
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0 && n <= 86_400)) throw new InvalidArgumentError("must be a number of seconds from 0 (no limit) to 86400");
  return n;
}

function confidence(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !(n >= 0 && n <= 1)) throw new InvalidArgumentError("must be a number from 0 to 1");
  return n;
}
