import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  BratParseError,
  GoldJsonlError,
  goldDocumentFromBrat,
  parseGoldJsonl,
  parsePolnearMetadata,
  selectAnnotatorFiles,
  type GoldDocument,
} from "../eval";

/** Gold that cannot be read: a missing path, an unreadable file, or invalid annotations. */
export class GoldLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GoldLoadError";
  }
}

/** The gold documents, and what the caller should know about them (e.g. no article dates). */
export interface LoadedGold {
  documents: GoldDocument[];
  warnings: string[];
}

/**
 * Reads gold annotations from `path`: a PolNeAR split folder (with `text/` and `attributions/`)
 * in brat format, or a JSONL file (one document per line).
 *
 * @throws {@link GoldLoadError} with a message naming the file at fault.
 */
export function loadGold(path: string): LoadedGold {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    throw new GoldLoadError(`cannot read ${path}: ${errorCode(error)}`);
  }
  const loaded = isDirectory ? loadBratSplit(path) : loadJsonl(path);
  if (loaded.documents.length === 0) throw new GoldLoadError(`${path} holds no gold documents`);
  return loaded;
}

function loadJsonl(file: string): LoadedGold {
  const text = readText(file);
  try {
    return { documents: parseGoldJsonl(text), warnings: [] };
  } catch (error) {
    if (error instanceof GoldJsonlError) throw new GoldLoadError(`${file}: ${error.message}`);
    throw error;
  }
}

function loadBratSplit(folder: string): LoadedGold {
  const textDir = join(folder, "text");
  const annDir = join(folder, "attributions");
  if (!isFolder(textDir) || !isFolder(annDir)) {
    throw new GoldLoadError(
      `${folder} is not a PolNeAR split folder: it needs text/ and attributions/ inside (e.g. pass polnear/dev), ` +
        `or pass a .jsonl gold file`,
    );
  }
  let annFiles: string[];
  try {
    annFiles = readdirSync(annDir);
  } catch (error) {
    throw new GoldLoadError(`cannot read ${annDir}: ${errorCode(error)}`);
  }
  const choices = selectAnnotatorFiles(annFiles);
  if (choices.length === 0) throw new GoldLoadError(`${annDir} has no <article>_<annotator>.ann files`);

  const warnings: string[] = [];
  const dates = readArticleDates(folder, warnings);
  const documents = choices.map((choice) => {
    const annFile = join(annDir, choice.fileName);
    const date = dates?.get(choice.article) ?? null;
    if (dates && date === null) warnings.push(`no publication_date for ${choice.article} in metadata.tsv`);
    try {
      return goldDocumentFromBrat({
        id: choice.article,
        annText: readText(annFile),
        articleText: readText(join(textDir, `${choice.article}.txt`)),
        date,
      });
    } catch (error) {
      if (error instanceof BratParseError) throw new GoldLoadError(`${annFile}: ${error.message}`);
      throw error;
    }
  });
  return { documents, warnings };
}

/** Article dates from the `metadata.tsv` of the split folder or, as in PolNeAR, its parent. */
function readArticleDates(folder: string, warnings: string[]): Map<string, string | null> | null {
  const file = [join(folder, "metadata.tsv"), join(dirname(folder), "metadata.tsv")].find((f) => existsSync(f));
  if (file === undefined) {
    warnings.push(`no metadata.tsv in ${folder} or its parent: article dates unknown`);
    return null;
  }
  try {
    return new Map(parsePolnearMetadata(readText(file)).map((row) => [row.filename, row.publicationDate]));
  } catch (error) {
    if (error instanceof GoldLoadError) throw error;
    throw new GoldLoadError(`${file}: ${(error as Error).message}`);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new GoldLoadError(`cannot read ${file}: ${errorCode(error)}`);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const REASONS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EISDIR: "it is a folder",
};

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === undefined ? (error as Error).message : (REASONS[code] ?? code);
}
