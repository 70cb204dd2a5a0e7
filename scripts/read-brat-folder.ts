import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { BratParseError, readBratAnnotations, selectAnnotatorFiles } from "../src/eval/brat";
import type { TrainingArticle } from "../src/train";

/** A training folder that cannot be read; the message names the path or file at fault. */
export class TrainingDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TrainingDataError";
  }
}

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The articles of a brat split folder as PolNeAR lays it out (`text/<article>.txt`,
 * `attributions/<article>_<annotator>.ann`), the alphabetically first annotator of each, sorted
 * by article: the folders `whosaid eval --gold` reads.
 */
export function readBratFolder(folder: string): TrainingArticle[] {
  const textDir = join(folder, "text");
  const annDir = join(folder, "attributions");
  if (!isFolder(textDir) || !isFolder(annDir)) {
    throw new TrainingDataError(`training data not found at ${folder}: expected the folders ${textDir} and ${annDir}`);
  }
  const choices = selectAnnotatorFiles(readdirSync(annDir));
  if (choices.length === 0) throw new TrainingDataError(`${annDir} has no <article>_<annotator>.ann files`);
  return choices.map(({ article, fileName }) => {
    const annFile = join(annDir, fileName);
    const text = readText(join(textDir, `${article}.txt`));
    try {
      return { id: article, text, annotations: readBratAnnotations(readText(annFile), text) };
    } catch (error) {
      if (error instanceof BratParseError) throw new TrainingDataError(`${annFile}: ${error.message}`);
      throw error;
    }
  });
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new TrainingDataError(`cannot read ${file}: ${(error as Error).message}`);
  }
}
