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
import { fsReason } from "./file-error";

/** Gold that cannot be read: a missing path, an unreadable file, or invalid annotations. */
export class GoldLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GoldLoadError";
  }
}

/** One gold article, read only when asked, so that a caller can let an unreadable article fail alone. */
export interface GoldEntry {
  id: string;
  /** @throws {@link GoldLoadError} naming the file at fault. */
  load(): GoldDocument;
}

/** The gold articles found at a path, and what the caller should know about them (e.g. no article dates). */
export interface GoldSource {
  entries: GoldEntry[];
  warnings: string[];
}

/** The gold documents, read in full, with the warnings of {@link GoldSource}. */
export interface LoadedGold {
  documents: GoldDocument[];
  warnings: string[];
}

/** Which articles to take: only these ids (an unknown id is an error), then at most `limit`. */
export interface GoldSelection {
  articles?: readonly string[] | undefined;
  limit?: number | undefined;
}

/**
 * Finds the gold articles at `path`: a PolNeAR split folder in brat format (`text/<article>.txt`,
 * `attributions/<article>_<annotator>.ann`, and `metadata.tsv` with the publication dates in the
 * folder or, as in PolNeAR, its parent), or a JSONL file (one document per line, read at once).
 * Article ids may be given with a `.txt` or `.ann` ending.
 *
 * @throws {@link GoldLoadError} with a message naming the path or file at fault.
 */
export function openGold(path: string, selection: GoldSelection = {}): GoldSource {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    throw new GoldLoadError(`cannot read ${path}: ${fsReason(error)}`);
  }
  if (!isDirectory) return { entries: select(jsonlEntries(path), selection, path), warnings: [] };
  const split = bratSplit(path);
  const entries = select(split.entries, selection, path);
  return { entries, warnings: dateWarnings(path, split.dates, entries) };
}

/** Reads every selected gold document at `path` (see {@link openGold}). */
export function loadGold(path: string, selection: GoldSelection = {}): LoadedGold {
  const { entries, warnings } = openGold(path, selection);
  return { documents: entries.map((entry) => entry.load()), warnings };
}

function select(entries: GoldEntry[], { articles, limit }: GoldSelection, path: string): GoldEntry[] {
  let chosen = entries;
  if (articles !== undefined) {
    const wanted = articles.map((id) => id.replace(/\.(txt|ann)$/, ""));
    const unknown = wanted.filter((id) => !entries.some((entry) => entry.id === id));
    if (unknown.length > 0) throw new GoldLoadError(`no article ${unknown.join(", ")} in ${path}`);
    chosen = entries.filter((entry) => wanted.includes(entry.id));
  }
  return limit === undefined ? chosen : chosen.slice(0, limit);
}

function jsonlEntries(file: string): GoldEntry[] {
  const text = readText(file);
  let documents: GoldDocument[];
  try {
    documents = parseGoldJsonl(text);
  } catch (error) {
    if (error instanceof GoldJsonlError) throw new GoldLoadError(`${file}: ${error.message}`);
    throw error;
  }
  if (documents.length === 0) throw new GoldLoadError(`${file} holds no gold documents`);
  return documents.map((document) => ({ id: document.id, load: () => document }));
}

/** The articles of a split folder (the first annotator's file of each) and their dates, null without metadata.tsv. */
function bratSplit(folder: string): { entries: GoldEntry[]; dates: Map<string, string | null> | null } {
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
    throw new GoldLoadError(`cannot read ${annDir}: ${fsReason(error)}`);
  }
  const choices = selectAnnotatorFiles(annFiles);
  if (choices.length === 0) throw new GoldLoadError(`${annDir} has no <article>_<annotator>.ann files`);

  const dates = readArticleDates(folder);
  const entries = choices.map((choice) => ({
    id: choice.article,
    load: () => {
      const annFile = join(annDir, choice.fileName);
      try {
        return goldDocumentFromBrat({
          id: choice.article,
          annText: readText(annFile),
          articleText: readText(join(textDir, `${choice.article}.txt`)),
          date: dates?.get(choice.article) ?? null,
        });
      } catch (error) {
        if (error instanceof BratParseError) throw new GoldLoadError(`${annFile}: ${error.message}`);
        throw error;
      }
    },
  }));
  return { entries, dates };
}

/** What is unknown about the dates of the chosen articles of a split folder. */
function dateWarnings(folder: string, dates: Map<string, string | null> | null, entries: GoldEntry[]): string[] {
  if (dates === null) return [`no metadata.tsv in ${folder} or its parent: article dates unknown`];
  return entries.filter((entry) => !dates.get(entry.id)).map((entry) => `no publication_date for ${entry.id} in metadata.tsv`);
}

/** Article dates from the `metadata.tsv` of the split folder or, as in PolNeAR, its parent; null without one. */
function readArticleDates(folder: string): Map<string, string | null> | null {
  const file = [join(folder, "metadata.tsv"), join(dirname(folder), "metadata.tsv")].find((f) => existsSync(f));
  if (file === undefined) return null;
  const text = readText(file);
  try {
    return new Map(parsePolnearMetadata(text).map((row) => [row.filename, row.publicationDate]));
  } catch (error) {
    throw new GoldLoadError(`${file}: ${(error as Error).message}`);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new GoldLoadError(`cannot read ${file}: ${fsReason(error)}`);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
