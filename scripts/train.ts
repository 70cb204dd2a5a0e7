/**
 * Learn whosaid's attribution lexicon from annotated articles (by default the PolNeAR train split):
 *
 *   npm run train                      # writes src/lexicon/learned.json and the statistics of docs/training.md
 *   npm run train -- --data DIR        # another brat split folder (DIR/text, DIR/attributions)
 *
 * The learning is in src/train (Node-free); this script reads the folder and writes the files.
 * See docs/training.md.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runTrainCommand } from "./train-command";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
process.exitCode = runTrainCommand(process.argv.slice(2), {
  root,
  log: (message) => console.log(message),
  error: (message) => console.error(message),
});
