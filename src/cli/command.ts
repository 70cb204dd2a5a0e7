import { runExtract } from "./extract";
import { EXIT, OutputError, tell, UsageError, type CliIO } from "./io";
import { OutputClosed } from "./output";

/**
 * The `whosaid` command, callable in-process: runs `argv` (without the node and script paths)
 * against `io` and returns the exit code. Subcommands live in their own modules and are loaded on
 * demand: `whosaid eval ...` (scoring), `whosaid report ...` (HTML report), `whosaid annotate ...` (annotation page); anything else extracts.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  const name = first === "eval" || first === "report" || first === "annotate" ? `whosaid ${first}` : "whosaid";
  try {
    if (first === "eval") return await (await import("./eval")).runEval(rest, io);
    if (first === "report") return await (await import("./report")).runReport(rest, io);
    if (first === "annotate") return await (await import("./annotate")).runAnnotate(rest, io);
    return await runExtract([...argv], io);
  } catch (error) {
    if (error instanceof OutputClosed) return EXIT.OK; // `whosaid ... | head`: the reader has all it wanted
    if (error instanceof UsageError) {
      tell(io, `${name}: ${error.message}`);
      return EXIT.USAGE;
    }
    if (error instanceof OutputError) {
      tell(io, `${name}: ${error.message}`);
      return EXIT.OUTPUT;
    }
    tell(io, `${name}: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.INTERNAL;
  }
}
