import { createReadStream, existsSync, statSync } from "node:fs";
import { isAbsolute } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { fileError } from "./file-error";
import type { Job } from "./job";

/** One input named on the command line, after glob expansion. */
export type Input = { kind: "stdin" } | { kind: "path"; path: string } | { kind: "no-match"; pattern: string };

/** A job with its share of the progress bar (one article, or the bytes of a JSONL line). */
export interface WeightedJob {
  job: Job;
  weight: number;
}

/**
 * Expands the arguments in order: `-` is stdin; an existing path is taken as it is (even if its
 * name has glob characters); a glob expands to its matching files in sorted order. A glob that
 * matches nothing still yields an input, so it shows up as a failed record rather than vanishing.
 */
export async function expandInputs(args: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === "-") inputs.push({ kind: "stdin" });
    else if (isLiteral(arg)) inputs.push({ kind: "path", path: arg });
    else {
      const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).sort();
      if (matches.length === 0) inputs.push({ kind: "no-match", pattern: arg });
      for (const path of matches) inputs.push({ kind: "path", path });
    }
  }
  return inputs;
}

/**
 * The progress bar's total: the number of articles for plain text, the bytes of the files for
 * JSONL (whose line count is unknown until read); undefined when stdin makes it unknowable.
 */
export function progressTotal(inputs: readonly Input[], jsonl: boolean): number | undefined {
  if (!jsonl) return inputs.length;
  let bytes = 0;
  for (const input of inputs) {
    if (input.kind === "stdin") return undefined;
    if (input.kind === "path") bytes += sizeOf(input.path);
  }
  return bytes;
}

/** Whether an argument names one input as it is (stdin, an existing path, or no glob pattern). */
export function isLiteral(arg: string): boolean {
  return arg === "-" || existsSync(arg) || !isDynamicPattern(arg);
}

/** Reads the inputs lazily, one job at a time, so a batch of any size streams in flat memory. */
export async function* readJobs(inputs: readonly Input[], jsonl: boolean): AsyncGenerator<WeightedJob> {
  for (const input of inputs) {
    if (input.kind === "no-match") {
      yield { job: { kind: "failed", file: input.pattern, code: "NO_MATCH", message: "no file matches this pattern" }, weight: 1 };
    } else if (!jsonl) {
      yield input.kind === "stdin"
        ? { job: { kind: "bytes", file: "-", bytes: await readAll(process.stdin) }, weight: 1 }
        : { job: { kind: "file", file: input.path }, weight: 1 };
    } else if (input.kind === "stdin") {
      yield* readLines("-", process.stdin);
    } else {
      yield* readLines(input.path, createReadStream(input.path));
    }
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The non-blank lines of a JSONL stream as jobs; a read error ends the file with one failed job. */
async function* readLines(file: string, stream: AsyncIterable<Buffer>): AsyncGenerator<WeightedJob> {
  let line = 0;
  try {
    for await (const bytes of splitLines(stream)) {
      line += 1;
      let raw: string | undefined;
      try {
        raw = utf8.decode(bytes);
      } catch {
        raw = undefined; // reported by the record as INVALID_UTF8
      }
      if (raw !== undefined && raw.trim() === "") continue;
      yield { job: { kind: "line", file, line, raw }, weight: bytes.length + 1 };
    }
  } catch (error) {
    const { code, message } = fileError(error);
    yield { job: { kind: "failed", file, code, message: line === 0 ? message : `${message}, after line ${line}` }, weight: 1 };
  }
}

/** Splits a byte stream at "\n" (dropping a "\r" before it), pulling chunks only as lines are consumed. */
async function* splitLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer[] = [];
  const finish = (piece: Buffer) => {
    const whole = rest.length > 0 ? Buffer.concat([...rest, piece]) : piece;
    rest = [];
    return whole.at(-1) === 13 ? whole.subarray(0, -1) : whole;
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      yield finish(chunk.subarray(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length) rest.push(chunk.subarray(start));
  }
  if (rest.length > 0) yield finish(Buffer.alloc(0));
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
