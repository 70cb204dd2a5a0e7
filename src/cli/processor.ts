import { createExtractor } from "../index";
import type { Job, Outcome, RecordSettings } from "./job";
import { processJob } from "./record";
import { loadRules } from "./rules";

export type Processor = (job: Job) => Outcome;

/** Builds the extractor once (with the --rules module, if any) and returns the per-record function. */
export async function createProcessor(settings: RecordSettings): Promise<Processor> {
  const rules = settings.rulesPath === undefined ? undefined : await loadRules(settings.rulesPath);
  const extractor = createExtractor(rules === undefined ? {} : { rules });
  return (job) => processJob(job, extractor, settings);
}
