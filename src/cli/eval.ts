import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import {
  EvalInputError,
  NameLayerError,
  formatReport,
  parseNameLayer,
  scoreDocuments,
  type AttributionJudgement,
  type EvalReport,
  type GoldDocument,
  type NameLayer,
} from "../eval";
import { createExtractor, type ExtractionResult, type ExtractorOptions } from "../index";
import { writeComparison } from "./eval-compare";
import { timingFooter } from "./eval-footer";
import { describeChoice, extractorOptionsFor } from "./eval-setup";
import { GoldLoadError, loadGold } from "./gold-files";
import type { CliIO } from "./io";
import { streamOutput } from "./output";

const USAGE =
  "Usage: whosaid eval --gold <polnear-split-folder|gold.jsonl> [--names <name-layer.tsv>] [--rules <module>] [--learned <learned.json>]\n" +
  "                    [--compare] [--format text|json] [--show-errors N]";

/** How long extraction took, over how much text. */
export interface EvalTiming {
  documents: number;
  /** UTF-8 bytes of the article texts. */
  bytes: number;
  /** Creating the extractor (lexicons, rules) and loading the language model, once. */
  setupSeconds: number;
  /** Extracting every article. */
  extractSeconds: number;
  /** bytes / 1,000,000 / extractSeconds. */
  megabytesPerSecond: number;
}

/**
 * `whosaid eval`: runs the library over gold articles and prints the scores; with `--rules` and
 * `--learned`, of the extractor they make; with `--compare`, of the built-in extractor and that
 * one, and the quotes whose speaker changed.
 * Exit codes: 0 report printed; 1 report printed but some articles failed to extract;
 * 2 bad arguments, a bad --rules module or --learned file, or gold that cannot be read.
 */
export async function runEval(args: string[], io: CliIO): Promise<number> {
  const options = readOptions(args, io);
  if (typeof options === "number") return options;
  const changed = await extractorOptionsFor(options, io.cwd);

  let documents: GoldDocument[];
  try {
    const loaded = loadGold(resolve(io.cwd, options.gold));
    documents = loaded.documents;
    for (const warning of loaded.warnings) io.stderr.write(`whosaid eval: warning: ${warning}\n`);
  } catch (error) {
    if (error instanceof GoldLoadError) {
      io.stderr.write(`whosaid eval: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  let names: NameLayer | undefined;
  if (options.names !== undefined) {
    try {
      names = parseNameLayer(readFileSync(resolve(io.cwd, options.names), "utf8"));
    } catch (error) {
      const reason = error instanceof NameLayerError ? error.message : `cannot read it: ${(error as Error).message}`;
      io.stderr.write(`whosaid eval: --names ${options.names}: ${reason}\n`);
      return 2;
    }
  }

  const evaluate = (extractorOptions: ExtractorOptions) => evaluateGold(documents, options.showErrors, names, extractorOptions);
  let evaluation: Evaluation;
  let before: Evaluation | undefined;
  try {
    if (options.compare) before = evaluate({});
    evaluation = evaluate(changed);
  } catch (error) {
    // Offsets that do not fit the text are a bug in the extractor, not in the gold.
    if (error instanceof EvalInputError) {
      io.stderr.write(`whosaid eval: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const failed = [...(before?.failures ?? []), ...evaluation.failures];
  for (const failure of failed) io.stderr.write(`whosaid eval: ${failure}\n`);
  const out = streamOutput(io.stdout, "standard output");
  if (before !== undefined) {
    await writeComparison(out, { before, after: evaluation, afterLabel: describeChoice(options) }, options);
    await out.commit();
    return failed.length > 0 ? 1 : 0;
  }

  const { report, failures, timing } = evaluation;
  if (options.format === "json") {
    await out.write(`${JSON.stringify({ ...report, timing }, null, 2)}\n`);
  } else {
    await out.write(formatReport(report, "text"));
    await out.write(timingFooter(timing, report, options.showErrors, failures.length));
  }
  await out.commit();
  return failures.length > 0 ? 1 : 0;
}

interface EvalCommandOptions {
  gold: string;
  /** The name layer TSV, if speakers are also to be scored by name. */
  names: string | undefined;
  format: "text" | "json";
  showErrors: number;
  /** A --rules module and a --learned lexicon for the extractor, if given. */
  rules: string | undefined;
  learned: string | undefined;
  /** Also score the built-in extractor and list the quotes whose speaker changed. */
  compare: boolean;
}

/** The parsed options, or the exit code to return at once (usage printed). */
function readOptions(args: string[], io: CliIO): EvalCommandOptions | number {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        gold: { type: "string" },
        names: { type: "string" },
        format: { type: "string", default: "text" },
        "show-errors": { type: "string", default: "0" },
        rules: { type: "string" },
        learned: { type: "string" },
        compare: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.gold === undefined) return usageError(io, "--gold is required");
  if (values.format !== "text" && values.format !== "json") {
    return usageError(io, `--format must be text or json, got ${JSON.stringify(values.format)}`);
  }
  const showErrors = values["show-errors"];
  if (!/^\d+$/.test(showErrors)) {
    return usageError(io, `--show-errors needs a whole number, got ${JSON.stringify(showErrors)}`);
  }
  if (values.compare && values.rules === undefined && values.learned === undefined) {
    return usageError(io, "--compare needs --rules <module> or --learned <file>: it compares the built-in extractor with the one they make");
  }
  return {
    gold: values.gold,
    names: values.names,
    format: values.format,
    showErrors: Number(showErrors),
    rules: values.rules,
    learned: values.learned,
    compare: values.compare,
  };
}

function usageError(io: CliIO, message: string): number {
  io.stderr.write(`whosaid eval: ${message}\n${USAGE}\n`);
  return 2;
}

/** The scores of a run, the articles that failed to extract, and the time taken. */
export interface Evaluation {
  report: EvalReport;
  /** One message per article whose extraction threw; such an article counts as finding nothing. */
  failures: string[];
  timing: EvalTiming;
  /** How each gold relation with a Source fared, for a comparison of two runs. */
  attributions: AttributionJudgement[];
}

/**
 * Extracts every gold article with one extractor made with `extractorOptions` (passing each
 * article's date) and scores the results, keeping up to `maxErrors` error examples; with a name
 * layer, also by speaker name.
 *
 * @throws EvalInputError when a predicted span does not fit its article (an extractor bug).
 */
export function evaluateGold(
  documents: readonly GoldDocument[],
  maxErrors: number,
  names?: NameLayer,
  extractorOptions: ExtractorOptions = {},
): Evaluation {
  const setupStart = performance.now();
  const extractor = createExtractor(extractorOptions);
  // Load the language model here so that it counts as set-up, not as extraction time.
  extractor.extract("Warm-up, she said.");
  const extractStart = performance.now();
  const failures: string[] = [];
  const pairs = documents.map((gold): { gold: GoldDocument; predicted: ExtractionResult } => {
    try {
      const predicted = extractor.extract(gold.text, gold.date === null ? {} : { articleDate: gold.date });
      return { gold, predicted };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      failures.push(`${gold.id}: extraction failed${typeof code === "string" ? ` (${code})` : ""}: ${(error as Error).message}`);
      return { gold, predicted: { articleDate: gold.date, quotes: [], speakers: [] } };
    }
  });
  const end = performance.now();
  const bytes = documents.reduce((sum, gold) => sum + Buffer.byteLength(gold.text, "utf8"), 0);
  const extractSeconds = (end - extractStart) / 1000;
  const attributions: AttributionJudgement[] = [];
  return {
    report: scoreDocuments(pairs, { maxErrors, names, onAttribution: (judgement) => attributions.push(judgement) }),
    attributions,
    failures,
    timing: {
      documents: documents.length,
      bytes,
      setupSeconds: (extractStart - setupStart) / 1000,
      extractSeconds,
      megabytesPerSecond: extractSeconds > 0 ? bytes / 1e6 / extractSeconds : 0,
    },
  };
}
