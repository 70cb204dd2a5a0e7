import { resolve } from "node:path";
import type { ExtractorOptions } from "../index";
import { UsageError } from "./io";
import { readLearned } from "./learned";

/** The extractor changes `whosaid eval` measures: a --rules module and a --learned lexicon. */
export interface ExtractorChoice {
  rules?: string | undefined;
  learned?: string | undefined;
}

/**
 * The extractor options of `--rules` (loaded as the main command loads it) and `--learned` (the
 * JSON of `npm run train -- --out FILE`), checked by creating an extractor with them.
 *
 * @throws UsageError naming the module or file at fault: the command exits 2, as the main command does.
 */
export async function extractorOptionsFor(choice: ExtractorChoice, cwd: string): Promise<ExtractorOptions> {
  const options: ExtractorOptions = {};
  if (choice.rules !== undefined) {
    const { loadRules, RulesModuleError } = await import("./rules");
    try {
      options.rules = await loadRules(resolve(cwd, choice.rules));
    } catch (error) {
      if (error instanceof RulesModuleError) throw new UsageError(error.message);
      throw error;
    }
  }
  if (choice.learned !== undefined) options.learned = readLearned(resolve(cwd, choice.learned), `--learned ${choice.learned}`);
  return options;
}

/** How the changed extractor is named in a comparison: "--rules my-rule.mjs --learned ours.json". */
export function describeChoice(choice: ExtractorChoice): string {
  return [choice.rules && `--rules ${choice.rules}`, choice.learned && `--learned ${choice.learned}`].filter(Boolean).join(" ");
}
