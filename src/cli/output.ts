import { chmodSync, createWriteStream, renameSync, statSync, unlinkSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { fsReason } from "./file-error";
import { OutputError, type CliIO } from "./io";

/** The reader went away (`whosaid ... | head`): stop quietly, this is not an error. */
export class OutputClosed extends Error {}

/** Where a command writes its result: stdout, or a file replaced only once complete. */
export interface Output {
  write(text: string): Promise<void>;
  /** Makes the output final: flushes stdout, or renames the finished temporary file over the target. */
  commit(): Promise<void>;
  /** Leaves the target as it was: removes the temporary file. */
  discard(): Promise<void>;
}

/** Temporary files not yet renamed or removed, for removal when the process is interrupted. */
const temporaryFiles = new Set<string>();

/** Removes the temporary files of unfinished outputs (on SIGINT/SIGTERM, before exiting). */
export function removeTemporaryFiles(): void {
  for (const path of temporaryFiles) removeQuietly(path);
  temporaryFiles.clear();
}

/** The output `-o name` names (relative to io.cwd), or stdout without it (or with `-o -`). */
export function openOutput(name: string | undefined, io: CliIO): Promise<Output> {
  if (name === undefined || name === "-") return Promise.resolve(streamOutput(io.stdout, "standard output"));
  return fileOutput(resolve(io.cwd, name), name);
}

/** Writes to a stream the command does not own (stdout): errors are reported, the stream stays open. */
export function streamOutput(stream: Writable, name: string): Output {
  const sink = new Sink(stream, name);
  return { write: (text) => sink.write(text), commit: () => sink.flush(), discard: () => sink.flush() };
}

/**
 * Writes a file atomically: into a temporary file beside it, renamed over it by `commit`, so the
 * target is either its old self or complete, never empty or half-written, even when interrupted.
 * A target that exists and is not a regular file (/dev/null, a pipe) is written directly.
 */
export async function fileOutput(target: string, name: string): Promise<Output> {
  const existing = statOrUndefined(target);
  if (existing?.isDirectory()) throw new OutputError(`cannot write ${name}: it is a folder`);
  if (existing !== undefined && !existing.isFile()) {
    const sink = new Sink(await open(target, "w", name), name);
    return { write: (text) => sink.write(text), commit: () => sink.end(), discard: () => sink.end() };
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  temporaryFiles.add(temporary);
  let sink: Sink;
  try {
    sink = new Sink(await open(temporary, "wx", name), name);
  } catch (error) {
    temporaryFiles.delete(temporary);
    throw error;
  }
  const drop = () => {
    temporaryFiles.delete(temporary);
    removeQuietly(temporary);
  };
  return {
    write: (text) => sink.write(text),
    async commit() {
      try {
        await sink.end();
        if (existing !== undefined) chmodSync(temporary, existing.mode & 0o7777);
        renameSync(temporary, target);
        temporaryFiles.delete(temporary);
      } catch (error) {
        drop();
        throw error instanceof OutputError ? error : new OutputError(`cannot write ${name}: ${fsReason(error)}`);
      }
    },
    async discard() {
      await sink.end().catch(() => undefined);
      drop();
    },
  };
}

/** A writable stream whose errors (ENOSPC, EPIPE) become OutputError or OutputClosed at the next write. */
class Sink {
  private error: NodeJS.ErrnoException | undefined;

  constructor(
    private readonly stream: Writable,
    private readonly name: string,
  ) {
    stream.on("error", (error: NodeJS.ErrnoException) => (this.error ??= error));
  }

  async write(text: string): Promise<void> {
    this.check();
    if (text !== "" && !this.stream.write(text)) await this.settle("drain");
    this.check();
  }

  /** Waits until everything written so far has reached the stream's target (or failed). */
  async flush(): Promise<void> {
    this.check();
    await new Promise<void>((done) => this.stream.write("", () => done()));
    this.check();
  }

  async end(): Promise<void> {
    this.check();
    const finished = this.settle("finish");
    this.stream.end();
    await finished;
    this.check();
  }

  private settle(event: "drain" | "finish"): Promise<void> {
    return new Promise((done) => {
      // A stream already destroyed (the reader went away) sends no more events.
      if (this.stream.destroyed) return done();
      const stop = () => {
        this.stream.off(event, stop).off("error", stop).off("close", stop);
        done();
      };
      this.stream.on(event, stop).on("error", stop).on("close", stop);
    });
  }

  private check(): void {
    if (this.error === undefined) return;
    if (this.error.code === "EPIPE") throw new OutputClosed(`${this.name} was closed`);
    throw new OutputError(`cannot write ${this.name}: ${describeWriteError(this.error)}`);
  }
}

async function open(path: string, flags: "w" | "wx", name: string): Promise<Writable> {
  const stream = createWriteStream(path, { flags });
  await new Promise<void>((done, fail) => {
    stream.once("open", () => done());
    stream.once("error", (error) => fail(new OutputError(`cannot write ${name}: ${fsReason(error)}`)));
  });
  return stream;
}

function describeWriteError(error: NodeJS.ErrnoException): string {
  if (error.code === "ENOSPC") return "no space left on the device (ENOSPC)";
  return error.code === undefined ? error.message : `${fsReason(error)}${fsReason(error) === error.code ? "" : ` (${error.code})`}`;
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
