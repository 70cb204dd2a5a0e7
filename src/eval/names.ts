/**
 * The name layer: for each gold Source, the canonical name of whom it refers to (PolNeAR has no
 * coreference, so the layer is made by hand; see docs/evaluation-names.md), and the rule that
 * decides whether a predicted speaker name names that referent.
 *
 * Browser-safe: the parser takes the TSV text; reading the file is the caller's job.
 */

/** What a gold Source refers to, as the annotator classed it. */
export type NameKind = "person" | "organisation" | "group" | "place" | "document" | "other";

const NAME_KINDS: ReadonlySet<string> = new Set<NameKind>(["person", "organisation", "group", "place", "document", "other"]);

/** The header line every name layer starts with. */
export const NAME_LAYER_HEADER = "article\tstart\tend\tname\tkind";

/** The name that excludes a Source from name scoring (a fragment or an annotation error). */
export const EXCLUDED_NAME = "-";

/** One row of the layer: the Source `[start, end)` of `article` refers to `name`. */
export interface NameLayerRow {
  /** The PolNeAR article id: its text file name without `.txt` (the gold document id). */
  article: string;
  /** Start of the Source's first piece (UTF-16 offset into the article text). */
  start: number;
  /** End of the Source's last piece. */
  end: number;
  /** The canonical name; ` & ` joins several referents, ` | ` separates alternatives; `-` = excluded. */
  name: string;
  kind: NameKind;
  /** 1-based line number in the TSV. */
  line: number;
}

/** A parsed layer: its rows in file order, and an index by article and span. */
export interface NameLayer {
  rows: readonly NameLayerRow[];
  /** article -> `${start}:${end}` -> row. */
  index: ReadonlyMap<string, ReadonlyMap<string, NameLayerRow>>;
}

/** A malformed name layer line. */
export class NameLayerError extends Error {
  readonly line: number;

  constructor(line: number, reason: string) {
    super(`name layer line ${line}: ${reason}`);
    this.name = "NameLayerError";
    this.line = line;
  }
}

/**
 * Parse a name layer TSV: the header {@link NAME_LAYER_HEADER}, then one row per gold Source
 * (`article`, `start`, `end`, `name`, `kind`). Blank lines are ignored; CRLF and a BOM are accepted.
 *
 * @throws {@link NameLayerError} naming the line: a wrong header, a wrong column count, offsets that
 *   are not whole numbers with start < end, an empty name or article, an unknown kind, or the same
 *   span twice.
 */
export function parseNameLayer(tsv: string): NameLayer {
  const lines = tsv.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0] !== NAME_LAYER_HEADER) {
    throw new NameLayerError(1, `the header must be ${JSON.stringify(NAME_LAYER_HEADER)}, got ${JSON.stringify(lines[0] ?? "")}`);
  }
  const rows: NameLayerRow[] = [];
  const index = new Map<string, Map<string, NameLayerRow>>();
  lines.forEach((text, i) => {
    const line = i + 1;
    if (line === 1 || text.trim() === "") return;
    const row = parseRow(text, line);
    const spans = index.get(row.article) ?? new Map<string, NameLayerRow>();
    const key = spanKey(row.start, row.end);
    const earlier = spans.get(key);
    if (earlier) throw new NameLayerError(line, `${row.article} ${key} already has a row (line ${earlier.line})`);
    spans.set(key, row);
    index.set(row.article, spans);
    rows.push(row);
  });
  return { rows, index };
}

function parseRow(text: string, line: number): NameLayerRow {
  const cells = text.split("\t");
  if (cells.length !== 5) throw new NameLayerError(line, `expected 5 tab-separated columns, got ${cells.length}`);
  const [article = "", startText = "", endText = "", name = "", kind = ""] = cells.map((cell) => cell.trim());
  if (article === "") throw new NameLayerError(line, "the article is empty");
  if (!/^\d+$/.test(startText) || !/^\d+$/.test(endText)) {
    throw new NameLayerError(line, `start and end must be whole numbers, got ${JSON.stringify(startText)} and ${JSON.stringify(endText)}`);
  }
  const start = Number(startText);
  const end = Number(endText);
  if (start >= end) throw new NameLayerError(line, `start ${start} must be below end ${end}`);
  if (name === "") throw new NameLayerError(line, "the name is empty (use - to exclude a Source)");
  if (!NAME_KINDS.has(kind)) throw new NameLayerError(line, `unknown kind ${JSON.stringify(kind)} (one of ${[...NAME_KINDS].join(", ")})`);
  return { article, start, end, name, kind: kind as NameKind, line };
}

function spanKey(start: number, end: number): string {
  return `${start}:${end}`;
}

/** The row of the Source `[start, end)` (first piece's start, last piece's end) of `article`, if any. */
export function findNameRow(layer: NameLayer, article: string, start: number, end: number): NameLayerRow | undefined {
  return layer.index.get(article)?.get(spanKey(start, end));
}

/**
 * Words ignored on both sides of a comparison: titles and honorifics, so that "Sen. Warren"
 * names "Elizabeth Warren" and "President" alone names nobody.
 */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "professor",
  "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice", "pres",
  "secretary", "sec", "gen", "general", "mayor", "judge", "justice", "rev", "reverend",
  "speaker", "chairman", "chairwoman", "chair", "minister", "prime", "former", "candidate", "nominee", "rival",
]);

/**
 * Leading words dropped like "the": determiners and quantifiers, so that "a source", "another
 * source" and "several cast members" name `source` and `cast members` (the guidelines write
 * descriptions without determiner).
 */
const LEADING_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "another", "one", "some", "several", "many"]);

/**
 * Words that describe a person before the name ("Republican Donald Trump", "Libertarian
 * presidential candidate Gary Johnson"): ignored when the referent is a person only, because in an
 * organisation's name they name it ("Republican National Committee").
 */
const PERSON_DESCRIPTORS: ReadonlySet<string> = new Set([
  "republican", "democrat", "democratic", "gop", "libertarian", "presidential", "vicepresidential", "incumbent",
]);

/**
 * The comparable words of a name: Unicode NFKD with diacritics dropped, lower case, a possessive
 * "'s" dropped from each word, other punctuation deleted ("Jr." -> "jr", "O'Neil" -> "oneil"),
 * leading determiners ("the", "a", "another", ...) dropped, and title words ({@link TITLE_WORDS})
 * dropped; for a person (`kind` "person"), party and office descriptors too, and middle initials
 * (a one-letter word between the first and the last): the guidelines write a person's name
 * without them ("Donald J. Trump" is `Donald Trump`), so they name no one else; for any other
 * kind, a company's legal form at the end ({@link LEGAL_SUFFIXES}).
 */
export function nameTokens(name: string, kind?: NameKind): string[] {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/['\u2019]s$/u, "").replace(/[^\p{L}\p{N}]/gu, ""))
    .filter((word) => word !== "");
  while (words.length > 0 && LEADING_DETERMINERS.has(words[0] ?? "")) words.shift();
  const kept = words.filter((word) => !TITLE_WORDS.has(word) && !(kind === "person" && PERSON_DESCRIPTORS.has(word)));
  if (kind === "person") return withoutMiddleInitials(kept);
  while (kept.length > 1 && LEGAL_SUFFIXES.has(kept[kept.length - 1]!)) kept.pop();
  return kept;
}

/**
 * A company's legal form at the end of its name ("Inc.", "Co.", "Ltd", "plc"): dropped from a
 * name that is not a person's, as layers write the company with or without it ("Voltara Energy
 * Inc." names `Voltara Energy`, and "Tessaline Networks" names `Tessaline Networks Inc`).
 */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  "inc", "co", "corp", "ltd", "llc", "plc", "lp", "llp", "ag", "sa", "nv", "bv", "gmbh", "pty", "pte", "bhd", "sdn",
]);

/** The words without one-letter words between the first and the last ("donald j trump" -> "donald trump"). */
function withoutMiddleInitials(words: string[]): string[] {
  return words.filter((word, k) => word.length > 1 || k === 0 || k === words.length - 1);
}

/** The referents' names of a layer name: alternatives (` | `) and several referents (` & `), any of which counts. */
export function goldNameChoices(goldName: string): string[] {
  if (goldName.trim() === EXCLUDED_NAME) return [];
  return goldName
    .split(" | ")
    .flatMap((alternative) => alternative.split(" & "))
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/** Words whose initial an abbreviation may leave out ("International Monetary Fund" is IMF, "Federal Bureau of Investigation" FBI). */
const INITIAL_SKIPS: ReadonlySet<string> = new Set(["of", "the", "and", "for", "on", "in", "at", "to", "&"]);

/**
 * The initials a name of at least two words, each capitalised or one of {@link INITIAL_SKIPS},
 * can be abbreviated to, in lower case: without the skipped words' initials and with them
 * ("Bank of England" -> "be", "boe"); none for a single word or a lower-case description.
 */
export function abbreviationsOf(name: string): string[] {
  const words = name.replace(/^the\s+/i, "").split(/[\s-]+/).filter((word) => word !== "");
  const kept = words.filter((word) => !INITIAL_SKIPS.has(word.toLowerCase()));
  if (kept.length < 2 || kept.some((word) => !/^\p{Lu}/u.test(word))) return [];
  const initials = (list: string[]) => list.map((word) => word[0]!.toLowerCase()).join("");
  return [...new Set([initials(kept), initials(words)])];
}

/**
 * An abbreviation's letters in lower case: one word of 2-6 letters, capitals with dots allowed and
 * a lower-case letter only before a capital ("IMF", "the U.N.", "BoE"); otherwise undefined.
 */
function abbreviationOf(name: string): string | undefined {
  const match = /^(?:the\s+)?((?:\p{Lu}\.?|\p{Ll}(?=\p{Lu})){2,6})$/u.exec(name.trim());
  return match ? match[1]!.replace(/\./g, "").toLowerCase() : undefined;
}

/** Whether `short` abbreviates `long`: "IMF" and `International Monetary Fund`. */
function abbreviates(short: string, long: string): boolean {
  const letters = abbreviationOf(short);
  return letters !== undefined && abbreviationsOf(long).includes(letters);
}

/**
 * True when `predicted` names the layer's `goldName` (of the layer's `kind`): the predicted words
 * ({@link nameTokens}) are non-empty and all among the words of one of the gold names
 * ({@link goldNameChoices}), or one is the other's abbreviation ("IMF" names `International
 * Monetary Fund`: {@link abbreviationsOf}), or both are the same words that name no one in
 * particular ("Many" names `many`). So "Clinton" and "Hillary Clinton" name `Hillary
 * Clinton`, "Donald Trump Jr." does not name `Donald Trump`, and nothing names an excluded
 * Source (`-`).
 *
 * A predicted group of several people, named as the extractor names one ("Ann Lee & Tom Reyes",
 * joined with ` & ` like the layer), is right when each of its members names a referent of the
 * same gold alternative: `Ann Lee & Tom Reyes` names `Tom Reyes & Ann Lee`, not `Ann Lee`. The
 * members of a group are read as people (middle initials dropped: "Charles E. Grassley & Patrick
 * Leahy" names `Charles Grassley & Patrick Leahy`).
 */
export function nameMatches(predicted: string, goldName: string, kind?: NameKind): boolean {
  const words = (name: string) => (kind === "group" ? withoutMiddleInitials(nameTokens(name, kind)) : nameTokens(name, kind));
  const memberNames = predicted.split(" & ");
  const members = memberNames.map(words);
  if (goldName.trim() === EXCLUDED_NAME) return false;
  // A name of dropped words only ("Many" for `many`, a quantifier as the source) names the same words.
  if (members.some((tokens) => tokens.length === 0)) return goldNameChoices(goldName).some((name) => name.toLowerCase() === predicted.trim().toLowerCase());
  return goldName.split(" | ").some((alternative) => {
    const referents = alternative.split(" & ").map((name) => name.trim());
    const goldWords = referents.map((name) => new Set(words(name)));
    return members.every((tokens, m) =>
      referents.some((name, r) => tokens.every((token) => goldWords[r]!.has(token)) || abbreviates(memberNames[m]!, name) || abbreviates(name, memberNames[m]!)),
    );
  });
}
