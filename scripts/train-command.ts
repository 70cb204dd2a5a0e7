import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { replaceStatisticsBlock, trainLexicon } from "../src/train";
import { readBratFolder, TrainingDataError } from "./read-brat-folder";

export const USAGE = `usage: npm run train -- [--data DIR] [--out FILE] [--stats FILE] [--corpus NAME] [--quiet]
  --data DIR     brat split folder with text/ and attributions/ (default ../shared/data/polnear/train)
  --out FILE     where to write the lexicon (default src/lexicon/learned.json)
  --stats FILE   markdown file whose statistics block is regenerated
                 (default docs/training.md, unless --out is given)
  --corpus NAME  the corpus as named in the lexicon's meta (default: PolNeAR train, or the folder's name)`;

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
  const data = resolve(io.root, values.data ?? "../shared/data/polnear/train");
  const out = resolve(io.root, values.out ?? "src/lexicon/learned.json");
  const stats = values.stats ?? (values.out === undefined ? "docs/training.md" : undefined);
  const corpus = values.corpus ?? (values.data === undefined ? POLNEAR_TRAIN : `${basename(data)} (brat), alphabetically first annotator per article`);
  const log = (message: string) => {
    if (!values.quiet) io.error(message);
  };

  let articles;
  try {
    articles = readBratFolder(data);
  } catch (error) {
    if (!(error instanceof TrainingDataError)) throw error;
    io.error(`train: ${error.message}\n       Put the PolNeAR train split at ../shared/data/polnear/train (relative to the repository) or pass --data DIR.`);
    return 1;
  }
  log(`train: ${articles.length} articles from ${data}`);
  const { json, statistics, learned } = trainLexicon(articles, corpus);
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
  return 0;
}
