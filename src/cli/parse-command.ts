import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError, type CliIO } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;
const HELP = { help: { type: "boolean", short: "h" } } as const;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O & typeof HELP }>>;

/**
 * A subcommand's arguments (`whosaid annotate ...`, `whosaid report ...`) parsed with its
 * `options` and -h/--help, positionals allowed. A parse error is a UsageError followed by
 * `usage`; --help writes `usage` to stdout and gives null: the command is done.
 */
export function parseCommand<O extends Options>(args: string[], options: O, usage: string, io: Pick<CliIO, "stdout">): Parsed<O> | null {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ...options, ...HELP } });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(`${usage}\n`);
    return null;
  }
  return parsed;
}
