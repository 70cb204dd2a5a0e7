import { statSync } from "node:fs";
import { GoldLoadError, loadGold } from "../src/cli/gold-files";
import { trainingArticleFromGold, type TrainingArticle } from "../src/train/corpus";
import { readBratFolder, TrainingDataError } from "./read-brat-folder";

/** The articles read for training, and the format they were read from. */
export interface TrainingData {
  articles: TrainingArticle[];
  format: "brat" | "jsonl";
}

/**
 * The training articles at `path`: a brat split folder ({@link readBratFolder}), or a gold JSONL
 * file as `whosaid eval --gold` reads it (the same reader, `loadGold`), whose quotes teach cue
 * words only where they give a `cue` range.
 *
 * @throws TrainingDataError naming the path or line at fault.
 */
export function readTrainingData(path: string): TrainingData {
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    // Missing: the folder reader names the folders it expected.
  }
  if (!isFile) return { articles: readBratFolder(path), format: "brat" };
  try {
    return { articles: loadGold(path).documents.map(trainingArticleFromGold), format: "jsonl" };
  } catch (error) {
    if (error instanceof GoldLoadError) throw new TrainingDataError(error.message);
    throw error;
  }
}
