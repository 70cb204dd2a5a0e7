/** `whosaid report`: not yet available. */
export async function runReport(_args: string[]): Promise<number> {
  process.stderr.write("whosaid report: not implemented yet\n");
  return 2;
}
