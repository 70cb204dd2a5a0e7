import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extractQuotes, WhosaidError, type ExtractionResult } from "../index";
import { formatPretty } from "./pretty";

const USAGE = "Usage: whosaid <file|-> [--format json|pretty] [--date YYYY-MM-DD]";

/** `whosaid <file>`: extracts the quotes of one article and prints them. */
export async function runExtract(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: "string", default: "json" }, date: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    process.stderr.write(`whosaid: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1 || (values.format !== "json" && values.format !== "pretty")) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    process.stderr.write(`whosaid: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  let result: ExtractionResult;
  try {
    result = extractQuotes(text, values.date ? { articleDate: values.date } : {});
  } catch (error) {
    if (error instanceof WhosaidError) {
      process.stderr.write(`whosaid: ${error.code}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  process.stdout.write(values.format === "pretty" ? formatPretty(result) : `${JSON.stringify(result, null, 2)}\n`);
  return 0;
}
