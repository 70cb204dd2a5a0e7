import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { fileError } from "./file-error";

/**
 * The largest input record, in bytes: a plain-text article, stdin, or one JSONL line. Far above any
 * news article, and far below what would exhaust memory or V8's string limit; reading stops at it.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** A per-record failure: the batch reports it and goes on. */
export class RecordFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function tooLarge(limit = MAX_INPUT_BYTES): RecordFailure {
  return new RecordFailure("INPUT_TOO_LARGE", `is larger than ${limit / 1024 / 1024} MiB, the limit of one record`);
}

const CHUNK = 1 << 20;

/**
 * A file's bytes, reading no more than `limit` of them: a larger file (or an endless device such as
 * /dev/zero) fails with INPUT_TOO_LARGE without being read into memory.
 */
export function readFileLimited(path: string, limit = MAX_INPUT_BYTES): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    const { code, message } = fileError(error);
    throw new RecordFailure(code, message);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new RecordFailure("IS_DIRECTORY", "is a directory, not a text file");
    if (stat.isFile() && stat.size > limit) throw tooLarge(limit);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readWithCode(fd, chunk);
      if (n === 0) break;
      total += n;
      if (total > limit) throw tooLarge(limit);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function readWithCode(fd: number, chunk: Buffer): number {
  try {
    return readSync(fd, chunk);
  } catch (error) {
    const { code, message } = fileError(error);
    throw new RecordFailure(code, message);
  }
}

/** A stream's bytes (stdin), or undefined once it passes `limit`: reading stops there. */
export async function readStreamLimited(stream: AsyncIterable<Buffer>, limit = MAX_INPUT_BYTES): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > limit) return undefined; // leaving the loop stops and closes the stream
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Text files only: a NUL byte means binary; anything that is not valid UTF-8 is refused, not mangled. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new RecordFailure("BINARY", "looks like a binary file (it contains NUL bytes), not text");
  try {
    return utf8.decode(bytes);
  } catch {
    throw new RecordFailure("INVALID_UTF8", "is not valid UTF-8 text");
  }
}
