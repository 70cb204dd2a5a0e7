import { createExtractor } from "../index";
import type { Job, Outcome, RecordSettings } from "./job";
import { processJob } from "./record";
import { loadRules } from "./rules";

export type Processor = (job: Job) => Outcome;

/**
 * Builds the extractor once (with the --rules module, if any), loads the language model, and
 * returns the per-record function. Loading the model here keeps it out of the first record's time limit.
 */
export async function createProcessor(settings: RecordSettings): Promise<Processor> {
  const rules = settings.rulesPath === undefined ? undefined : await loadRules(settings.rulesPath);
  const extractor = createExtractor(rules === undefined ? {} : { rules });
  try {
    extractor.extract("Warm-up, she said.");
  } catch {
    // A custom rule that fails here fails on the records too, where it is reported.
  }
  return (job) => processJob(job, extractor, settings);
}
