import { readFileSync } from "node:fs";
import { createExtractor, type LearnedLexicon } from "../index";
import { fsReason } from "./file-error";
import { UsageError } from "./io";

/**
 * Reads a `--learned` lexicon (the JSON of `npm run train -- --out FILE`) and checks it by creating
 * an extractor with it, so that a bad file is a usage error before any work.
 *
 * @param path absolute path of the file
 * @param flag how the user named it, for the message: "--learned ours.json"
 * @throws UsageError naming the file and what is wrong with it
 */
export function readLearned(path: string, flag: string): LearnedLexicon {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`${flag}: cannot read it: ${fsReason(error)}`);
  }
  let learned: LearnedLexicon;
  try {
    learned = JSON.parse(text) as LearnedLexicon;
  } catch (error) {
    throw new UsageError(`${flag}: not JSON: ${(error as Error).message}`);
  }
  try {
    createExtractor({ learned });
  } catch (error) {
    throw new UsageError(`${flag}: ${(error as Error).message}`);
  }
  return learned;
}
