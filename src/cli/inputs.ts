import { createReadStream, existsSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { Readable } from "node:stream";
import { glob, isDynamicPattern } from "tinyglobby";
import { fileError } from "./file-error";
import { UsageError } from "./io";
import type { Job } from "./job";
import { MAX_INPUT_BYTES, readStreamLimited, tooLarge } from "./read";

/** One input named on the command line, after glob expansion (`path` absolute, `name` as given). */
export type Input = { kind: "stdin" } | { kind: "path"; name: string; path: string } | { kind: "no-match"; pattern: string };

/** A job with its share of the progress bar (one article, or the bytes of a JSONL line) and its size. */
export interface WeightedJob {
  job: Job;
  weight: number;
  /** Bytes of input (0 when unknown), for deciding how many workers the batch is worth. */
  bytes: number;
}

/**
 * Expands the arguments in order: `-` is stdin; an existing path is taken as it is (even if its
 * name has glob characters); a glob expands to its matching files in sorted order. A glob that
 * matches nothing still yields an input, so it shows up as a failed record rather than vanishing.
 * The output file (`output`, absolute) is never an input: a glob skips it, naming it is a usage error.
 */
export async function expandInputs(args: readonly string[], cwd: string, output?: string): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === "-") inputs.push({ kind: "stdin" });
    else if (isLiteral(arg, cwd)) {
      const path = resolve(cwd, arg);
      if (output !== undefined && sameFile(path, output)) throw new UsageError(`the output file ${arg} is also an input`);
      inputs.push({ kind: "path", name: arg, path });
    } else {
      const matches = (await glob(arg, { cwd, onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).sort();
      const kept = matches.filter((name) => output === undefined || !sameFile(resolve(cwd, name), output));
      if (kept.length === 0) inputs.push({ kind: "no-match", pattern: arg });
      for (const name of kept) inputs.push({ kind: "path", name, path: resolve(cwd, name) });
    }
  }
  return inputs;
}

/** Whether two paths name one file (the same inode, or the same path when either does not exist). */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return a === b;
  }
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
export function isLiteral(arg: string, cwd: string): boolean {
  return arg === "-" || existsSync(resolve(cwd, arg)) || !isDynamicPattern(arg);
}

/** Reads the inputs lazily, one job at a time, so a batch of any size streams in flat memory. */
export async function* readJobs(inputs: readonly Input[], jsonl: boolean, stdin: Readable): AsyncGenerator<WeightedJob> {
  for (const input of inputs) {
    if (input.kind === "no-match") {
      yield { job: { kind: "failed", file: input.pattern, code: "NO_MATCH", message: "no file matches this pattern" }, weight: 1, bytes: 0 };
    } else if (jsonl) {
      yield* input.kind === "stdin" ? readLines("-", stdin) : readLines(input.name, createReadStream(input.path));
    } else if (input.kind === "stdin") {
      const bytes = await readStreamLimited(stdin);
      yield bytes === undefined
        ? { job: { kind: "failed", file: "-", code: "INPUT_TOO_LARGE", message: tooLarge().message }, weight: 1, bytes: 0 }
        : { job: { kind: "bytes", file: "-", bytes }, weight: 1, bytes: bytes.length };
    } else {
      yield { job: { kind: "file", file: input.name, path: input.path }, weight: 1, bytes: sizeOf(input.path) };
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
      if (bytes === null) {
        yield { job: { kind: "failed", file, line, code: "INPUT_TOO_LARGE", message: tooLarge().message }, weight: 1, bytes: MAX_INPUT_BYTES };
        continue;
      }
      let raw: string | undefined;
      try {
        raw = utf8.decode(bytes);
      } catch {
        raw = undefined; // reported by the record as INVALID_UTF8
      }
      if (raw !== undefined && raw.trim() === "") continue;
      yield { job: { kind: "line", file, line, raw }, weight: bytes.length + 1, bytes: bytes.length };
    }
  } catch (error) {
    const { code, message } = fileError(error);
    yield { job: { kind: "failed", file, code, message: line === 0 ? message : `${message}, after line ${line}` }, weight: 1, bytes: 0 };
  }
}

/**
 * Splits a byte stream at "\n" (dropping a "\r" before it), pulling chunks only as lines are
 * consumed. A line longer than MAX_INPUT_BYTES is skipped unread up to its end and yields null.
 */
async function* splitLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer | null> {
  let rest: Buffer[] = [];
  let restBytes = 0;
  let skipping = false;
  const finish = (piece: Buffer): Buffer | null => {
    const whole = skipping ? null : rest.length > 0 ? Buffer.concat([...rest, piece]) : piece;
    rest = [];
    restBytes = 0;
    skipping = false;
    return whole === null || whole.at(-1) !== 13 ? whole : whole.subarray(0, -1);
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      if (restBytes + piece.length > MAX_INPUT_BYTES + 1) skipping = true;
      yield finish(piece);
      start = nl + 1;
    }
    if (start < chunk.length && !skipping) {
      rest.push(chunk.subarray(start));
      restBytes += chunk.length - start;
      if (restBytes > MAX_INPUT_BYTES + 1) {
        skipping = true;
        rest = [];
      }
    }
  }
  if (rest.length > 0 || skipping) yield finish(Buffer.alloc(0));
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
