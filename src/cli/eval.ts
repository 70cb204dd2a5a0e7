/** `whosaid eval`: not yet available. */
export async function runEval(_args: string[]): Promise<number> {
  process.stderr.write("whosaid eval: not implemented yet\n");
  return 2;
}
