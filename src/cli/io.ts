import type { Readable, Writable } from "node:stream";
import type { WorkerPool } from "./pool";

/** A stream the CLI writes to; `isTTY` decides colour and the progress bar. */
export type OutStream = Writable & { isTTY?: boolean };

/**
 * Everything the CLI touches outside its arguments, so that `main(argv, io)` runs the same in a
 * process (src/cli/main.ts passes the real ones) and in-process in tests.
 */
export interface CliIO {
  stdin: Readable;
  stdout: OutStream;
  stderr: OutStream;
  /** Relative paths and globs are resolved against this folder. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** The worker script (dist/cli-worker.js); defaults to the one beside the running CLI. */
  workerUrl?: URL;
  /** Worker threads kept across calls (tests); without it each command starts and stops its own. */
  pool?: WorkerPool;
}

/** Exit codes of every command; docs/cli.md lists them. */
export const EXIT = {
  /** Every record extracted (and, with --fail-on-empty, each had a quote). */
  OK: 0,
  /** Some record failed (its error is reported), or had no quotes with --fail-on-empty. */
  SOME_FAILED: 1,
  /** Bad arguments or options: nothing was done. */
  USAGE: 2,
  /** The output could not be written (disk full, no permission, closed stream). */
  OUTPUT: 3,
  /** A bug in whosaid: please report it. */
  INTERNAL: 4,
} as const;

/** A problem with the command line itself: reported and the command exits 2 before doing any work. */
export class UsageError extends Error {}

/** The output cannot be written: reported and the command exits 3. */
export class OutputError extends Error {}

/**
 * Control characters (C0, DEL, C1: escape sequences, carriage returns, bells) shown as visible
 * escapes, so that text from an input (a quote, a file name) cannot drive the user's terminal.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\t") return "\\t";
    if (c === "\r") return "\\r";
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
}

/** Writes a message to stderr, its control characters but line breaks escaped. */
export function tell(io: Pick<CliIO, "stderr">, message: string): void {
  io.stderr.write(`${message.split("\n").map(visible).join("\n")}\n`);
}
