import { createExtractor, type Extractor, type ExtractorOptions } from "../index";
import { readLearned } from "./learned";
import { loadRules } from "./rules";

/**
 * An extractor with the rules of a --rules module and the lexicon of a --learned file (or the
 * defaults), its language model loaded, so that loading counts against no record's time limit.
 * Both were checked by the main thread before any work (a bad one is a usage error there).
 */
export async function createRecordExtractor(rulesPath: string | undefined, learnedPath?: string): Promise<Extractor> {
  const options: ExtractorOptions = {};
  if (rulesPath !== undefined) options.rules = await loadRules(rulesPath);
  if (learnedPath !== undefined) options.learned = readLearned(learnedPath, `--learned ${learnedPath}`);
  const extractor = createExtractor(options);
  try {
    extractor.extract("Warm-up, she said.");
  } catch {
    // A custom rule that fails here fails on the records too, where it is reported.
  }
  return extractor;
}
