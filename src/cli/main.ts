import { main } from "./command";
import { removeTemporaryFiles } from "./output";

/** The process around `main`: real streams, the exit code, and clean-up when interrupted. */
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.once(signal, () => {
    removeTemporaryFiles();
    process.exit(code);
  });
}

// A command reports its own output errors (output.ts); this keeps Node from throwing on the rest
// (`whosaid --help | head -1`).
process.stdout.on("error", () => undefined);

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`whosaid: internal error: ${String(error)}\n`);
    process.exitCode = 4;
  },
);
