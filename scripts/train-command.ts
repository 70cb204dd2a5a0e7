import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { replaceStatisticsBlock, trainLexicon } from "../src/train";
import { parseNameLayer } from "../src/eval/names";
import { collectRankerQuotes, serialiseRanker, trainRanker } from "../src/train/ranker";
import { crossValidate, formatFold } from "../src/train/ranker-cv";
import { TrainingDataError } from "./read-brat-folder";
import { readTrainingData } from "./read-training-data";
import { writeCueClassifier } from "./train-cue-classifier";

export const USAGE = `usage: npm run train -- [--data PATH --out FILE] [--ranker-out FILE] [--stats FILE] [--corpus NAME]
                        [--folds K [--names FILE]] [--quiet]
  --data PATH    brat split folder with text/ and attributions/ (default ../shared/data/polnear/train),
                 or a gold JSONL file as whosaid eval --gold reads it (quotes with a "cue" range teach cues)
  --out FILE     where to write the lexicon (default src/lexicon/learned.json; required with --data,
                 so that training on other data never replaces the shipped lexicon unasked)
  --ranker-out FILE  where to write the speaker ranker's weights (default src/attribution/ranker/weights.json,
                 unless --out is given: then the ranker is trained only with --ranker-out)
  --folds K      cross-validate the ranker on the data in K folds and print the figures; writes nothing
  --names FILE   name layer for the by-name figures of --folds (default gold/names-train.tsv with the default data)
  --stats FILE   markdown file whose statistics block is regenerated
                 (default docs/training.md, unless --out is given)
  --corpus NAME  the corpus as named in the lexicon's meta (default: PolNeAR train, or the folder or file name)`;

const POLNEAR_TRAIN = "PolNeAR 1.0.0 train split, alphabetically first annotator per article";

/** Where the command reads and writes, relative to `root` (the repository). */
export interface TrainIo {
  root: string;
  log(message: string): void;
  error(message: string): void;
}

/** Runs the trainer with command-line arguments; returns the exit status. */
export function runTrainCommand(argv: readonly string[], io: TrainIo): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: "string" },
        out: { type: "string" },
        stats: { type: "string" },
        corpus: { type: "string" },
        "ranker-out": { type: "string" },
        folds: { type: "string" },
        names: { type: "string" },
        quiet: { type: "boolean" },
        help: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.error(`train: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.log(USAGE);
    return 0;
  }
  if (values.data !== undefined && values.out === undefined && values.folds === undefined) {
    io.error(`train: --data needs --out FILE (--out src/lexicon/learned.json replaces the shipped lexicon)\n${USAGE}`);
    return 2;
  }
  const data = resolve(io.root, values.data ?? "../shared/data/polnear/train");
  const out = resolve(io.root, values.out ?? "src/lexicon/learned.json");
  const stats = values.stats ?? (values.out === undefined ? "docs/training.md" : undefined);
  const log = (message: string) => {
    if (!values.quiet) io.error(message);
  };

  let articles, format;
  try {
    ({ articles, format } = readTrainingData(data));
  } catch (error) {
    if (!(error instanceof TrainingDataError)) throw error;
    io.error(`train: ${error.message}\n       Put the PolNeAR train split at ../shared/data/polnear/train (relative to the repository) or pass --data PATH.`);
    return 1;
  }
  log(`train: ${articles.length} articles from ${data}`);
  if (values.folds !== undefined) {
    const folds = Number(values.folds);
    if (!Number.isInteger(folds) || folds < 2 || folds > articles.length) {
      io.error(`train: --folds needs a whole number from 2 to the number of articles (${articles.length}), got ${values.folds}`);
      return 2;
    }
    const namesFile = values.names ?? (values.data === undefined ? "gold/names-train.tsv" : undefined);
    const names = namesFile === undefined ? undefined : parseNameLayer(readFileSync(resolve(io.root, namesFile), "utf8"));
    const rankerQuotes = collectRankerQuotes(articles);
    log(`train: ${rankerQuotes.length} quotes paired with a sourced gold relation; ${folds}-fold cross-validation`);
    crossValidate(articles, rankerQuotes, folds, names, (figures) => io.log(formatFold(figures, folds)));
    return 0;
  }
  const relations = articles.flatMap((article) => article.annotations.relations);
  const withoutCue = relations.filter((relation) => relation.cue === null).length;
  if (format === "jsonl" && withoutCue > 0) {
    log(`train: ${withoutCue} of ${relations.length} quotes have no "cue": {"start", "end"} and teach no cue words`);
  }
  const corpus =
    values.corpus ??
    (values.data === undefined
      ? POLNEAR_TRAIN
      : format === "jsonl"
        ? `${basename(data)} (gold JSONL)`
        : `${basename(data)} (brat), alphabetically first annotator per article`);
  const { json, statistics, learned } = trainLexicon(articles, corpus);
  // The ranker reads cues through the lexicon this process loaded: a changed one counts from the next run.
  const lexiconChanged = !existsSync(out) || readFileSync(out, "utf8") !== json;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  log(
    `train: wrote ${relative(io.root, out)} (${(json.length / 1024).toFixed(1)} KB): ${Object.keys(learned.cues).length} cues, ` +
      `${Object.keys(learned.titles).length} titles, ${Object.keys(learned.sourceHeads).length} source heads, ` +
      `${Object.keys(learned.pronounSourceShare).length} pronouns`,
  );
  if (stats !== undefined) {
    const file = resolve(io.root, stats);
    const markdown = existsSync(file) ? readFileSync(file, "utf8") : "# Training\n\n## Statistics\n\n";
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, replaceStatisticsBlock(markdown, statistics));
    log(`train: updated ${relative(io.root, file)}`);
  }
  // A lexicon written elsewhere (--out) is not the one the cue classifier's features read.
  if (values.out === undefined) writeCueClassifier(articles, io.root, log);
  if (values.out !== undefined && values["ranker-out"] === undefined) return 0;
  const rankerOut = resolve(io.root, values["ranker-out"] ?? "src/attribution/ranker/weights.json");
  const quotes = collectRankerQuotes(articles);
  const weights = serialiseRanker(trainRanker(quotes, corpus));
  mkdirSync(dirname(rankerOut), { recursive: true });
  writeFileSync(rankerOut, weights);
  log(`train: wrote ${relative(io.root, rankerOut)} (${(weights.length / 1024).toFixed(1)} KB) from ${quotes.length} quotes`);
  if (lexiconChanged) log("train: the lexicon changed; run npm run train again so the ranker is trained with it");
  return 0;
}
