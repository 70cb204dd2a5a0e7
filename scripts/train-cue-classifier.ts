import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { relative, resolve } from "node:path";
import { trainCueClassifier } from "../src/train/cue-classifier";
import type { TrainingArticle } from "../src/train";
import { readBratFolder } from "./read-brat-folder";

/** Trains the cue classifier on `articles` and writes src/quotes/reported/cue-classifier.json under `root`. */
export function writeCueClassifier(articles: readonly TrainingArticle[], root: string, log: (message: string) => void): void {
  const started = Date.now();
  const result = trainCueClassifier(articles);
  const out = resolve(root, "src/quotes/reported/cue-classifier.json");
  writeFileSync(out, result.json);
  const { precision, recall, f1 } = result.folds;
  log(
    `train: wrote ${relative(root, out)}: ${Object.keys(result.model.weights).length} weights from ${result.examples} candidate cues ` +
      `(${result.positives} reporting); 5-fold P ${precision} R ${recall} F1 ${f1}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/**
 * After the lexicon (`npm run train` with the same arguments): the cue classifier from the same
 * folder. Not with --help, nor with --out (a lexicon written elsewhere is not the one the
 * classifier's features read), nor with --folds (cross-validation writes nothing).
 */
export function runCueClassifierCommand(argv: readonly string[], root: string, log: (message: string) => void): void {
  const { values } = parseArgs({ args: [...argv], options: { data: { type: "string" }, out: { type: "string" }, folds: { type: "string" }, help: { type: "boolean" } }, strict: false });
  if (values.help || values.out !== undefined || values.folds !== undefined) return;
  const data = resolve(root, typeof values.data === "string" ? values.data : "../shared/data/polnear/train");
  writeCueClassifier(readBratFolder(data), root, log);
}
