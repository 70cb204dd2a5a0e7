import { createExtractor, type Extractor } from "../index";
import { loadRules } from "./rules";

/**
 * An extractor with the rules of a --rules module (or the default rules), its language model
 * loaded, so that loading counts against no record's time limit.
 */
export async function createRecordExtractor(rulesPath: string | undefined): Promise<Extractor> {
  const rules = rulesPath === undefined ? undefined : await loadRules(rulesPath);
  const extractor = createExtractor(rules === undefined ? {} : { rules });
  try {
    extractor.extract("Warm-up, she said.");
  } catch {
    // A custom rule that fails here fails on the records too, where it is reported.
  }
  return extractor;
}
