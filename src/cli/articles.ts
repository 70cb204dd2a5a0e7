import { basename } from "node:path";
import { WhosaidError } from "../index";
import { expandInputs, type Input } from "./inputs";
import { UsageError, type CliIO } from "./io";
import { decodeText, readFileLimited, readStreamLimited, RecordFailure, tooLarge } from "./read";

/**
 * Plain-text articles for the commands that make pages (`report`, `annotate`): named, expanded
 * and read exactly as the main command reads its inputs.
 */

/** One article named on the command line. `load` reads it, so that one unreadable article fails alone. */
export interface PlainArticle {
  name: string;
  load(): Promise<{ text: string; date: string | undefined }>;
}

/** The articles of `args` (files, globs, `-`); `output` (absolute) is never one of them. */
export async function readPlainInputs(args: string[], date: string | undefined, io: CliIO, output: string | undefined): Promise<PlainArticle[]> {
  if (args.length === 0) throw new UsageError("no input file");
  if (args.filter((a) => a === "-").length > 1) throw new UsageError("stdin (-) can be read only once");
  const inputs = await expandInputs(args, io.cwd, output);
  return inputs.map((input) => ({ name: nameOf(input), load: async () => ({ text: await readInput(input, io), date }) }));
}

function nameOf(input: Input): string {
  if (input.kind === "stdin") return "stdin";
  return input.kind === "path" ? basename(input.name) : input.pattern;
}

async function readInput(input: Input, io: CliIO): Promise<string> {
  if (input.kind === "no-match") throw new RecordFailure("NO_MATCH", "no file matches this pattern");
  if (input.kind === "path") return decodeText(readFileLimited(input.path));
  const bytes = await readStreamLimited(io.stdin);
  if (bytes === undefined) throw tooLarge();
  return decodeText(bytes);
}

/** "NAME: CODE: message" for an article that could not be read or processed. */
export function describeArticleError(name: string, error: unknown): string {
  if (error instanceof WhosaidError || error instanceof RecordFailure) return `${name}: ${error.code}: ${error.message}`;
  return `${name}: ${error instanceof Error ? error.message : String(error)}`;
}
