/** A file system error as a record error code; shared by plain-text and JSONL inputs. */
export function fileError(error: unknown): { code: string; message: string } {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return { code: "NOT_FOUND", message: "no such file" };
  if (code === "EISDIR") return { code: "IS_DIRECTORY", message: "is a directory, not a text file" };
  return { code: "UNREADABLE", message: `cannot read the file (${code ?? (error as Error).message})` };
}

const REASONS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EISDIR: "it is a folder",
};

/** A file system error in words, for messages such as "cannot read FILE: no such file or folder". */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === undefined ? (error as Error).message : (REASONS[code] ?? code);
}
