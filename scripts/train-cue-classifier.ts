import { writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { trainCueClassifier } from "../src/train/cue-classifier";
import type { TrainingArticle } from "../src/train";

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
  const open = result.openFolds.map((o) => `${o.threshold}: ${o.right}/${o.kept}`).join(", ");
  log(`train: open cues kept by the folds (reporting/kept) by threshold: ${open}; threshold ${result.model.openThreshold}`);
}
