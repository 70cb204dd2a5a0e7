/** A file system error as a record error code; shared by plain-text and JSONL inputs. */
export function fileError(error: unknown): { code: string; message: string } {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return { code: "NOT_FOUND", message: "no such file" };
  if (code === "EISDIR") return { code: "IS_DIRECTORY", message: "is a directory, not a text file" };
  return { code: "UNREADABLE", message: `cannot read the file (${code ?? (error as Error).message})` };
}
