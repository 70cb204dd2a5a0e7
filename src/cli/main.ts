import { runExtract } from "./extract";

/**
 * The `whosaid` command. Subcommands live in their own modules and are loaded on demand:
 * `whosaid eval ...` (scoring), `whosaid report ...` (HTML report); anything else extracts quotes.
 */
async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "eval") return (await import("./eval")).runEval(rest);
  if (first === "report") return (await import("./report")).runReport(rest);
  return runExtract(argv);
}

// `whosaid ... | head` closes stdout early: stop quietly instead of crashing with EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`whosaid: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
