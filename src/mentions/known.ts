import { isWhitespace } from "../document";
import { nameKey } from "./coref/name-key";
import type { Doc } from "../document/types";
import type { KnownSpeaker, Mention } from "./types";

/**
 * Known speakers' names and aliases as a trie of units: a run of letters and digits, one other
 * character, or a run of white space. A root key has its first character lower-cased, so the
 * first letter matches in either case; every other unit matches as written. Looking the text up
 * unit by unit from each place an alias could start costs the same whether one alias or 20,000
 * are known (a pattern per alias, or one alternation of all, would be tried at every place).
 */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** The aliases that end here, by their place in the speakers' order (see KnownIndex). */
  ends: number[];
}

interface KnownIndex {
  root: TrieNode;
  /** Alias k (in order of speakers, then of their name and aliases) belongs to speakers[k]. */
  speakers: KnownSpeaker[];
  /**
   * The known speakers (positions in the list) by each key a name mention links to them by in
   * linkEntities: the nameKey of their name and aliases, and the first and last word of their name.
   */
  byLinkKey: Map<string, number[]>;
}

const WORD_RUN = /[\p{L}\p{N}]+/uy;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = " ";

interface Unit {
  key: string;
  end: number;
  /** A run of letters and digits (the place after it starts no alias). */
  word: boolean;
}

/** The unit of `text` at `at`. `fold` lower-cases its first character. */
function unitAt(text: string, at: number, fold: boolean): Unit {
  const c = text.charCodeAt(at);
  if (isWhitespace(c)) {
    let end = at + 1;
    while (end < text.length && isWhitespace(text.charCodeAt(end))) end++;
    return { key: SPACE, end, word: false };
  }
  // ASCII punctuation: no letter run starts here (spares the regular expression most places). Nor
  // at a low surrogate, where a sticky /u pattern would step back to the start of its pair.
  if ((c < 128 && !isAsciiLetterOrDigit(c)) || isLowSurrogate(c)) return { key: `c${text[at]}`, end: at + 1, word: false };
  WORD_RUN.lastIndex = at;
  const run = WORD_RUN.exec(text)?.[0];
  if (run) {
    const first = String.fromCodePoint(run.codePointAt(0)!);
    return { key: `w${fold ? first.toLowerCase() : first}${run.slice(first.length)}`, end: at + run.length, word: true };
  }
  const width = c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
  return { key: `c${text.slice(at, at + width)}`, end: at + width, word: false };
}

const isAsciiLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether the code point at `at` is a letter or digit. */
function letterOrDigitAt(text: string, at: number): boolean {
  const cp = text.codePointAt(at);
  return cp !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

const indexes = new WeakMap<readonly KnownSpeaker[], KnownIndex>();

/**
 * The trie of these known speakers' names and aliases, built on first use and kept as long as the
 * list is (an extractor keeps its own copy of the list: built once per extractor).
 */
export function indexKnownSpeakers(known: readonly KnownSpeaker[]): KnownIndex {
  let index = indexes.get(known);
  if (index) return index;
  index = { root: { next: new Map(), ends: [] }, speakers: [], byLinkKey: new Map() };
  const { byLinkKey } = index;
  known.forEach((speaker, position) => {
    const name = speaker.name.trim().toLowerCase().split(/\s+/);
    for (const key of new Set([name[0]!, name[name.length - 1]!, ...[speaker.name, ...(speaker.aliases ?? [])].map((a) => nameKey(a.trim()))])) {
      const list = byLinkKey.get(key);
      if (list) list.push(position);
      else byLinkKey.set(key, [position]);
    }
    for (const alias of new Set([speaker.name, ...(speaker.aliases ?? [])])) {
      const raw = alias.trim().replace(/\s+/g, " ");
      let node = index.root;
      for (let at = 0; at < raw.length; ) {
        const unit = unitAt(raw, at, at === 0);
        let child = node.next.get(unit.key);
        if (!child) node.next.set(unit.key, (child = { next: new Map(), ends: [] }));
        node = child;
        at = unit.end;
      }
      node.ends.push(index.speakers.length);
      index.speakers.push(speaker);
    }
  });
  indexes.set(known, index);
  return index;
}

/** One place an alias appears: `alias` is its place in KnownIndex order. */
export interface AliasMatch {
  alias: number;
  start: number;
  end: number;
}

/**
 * Every place a name or alias appears in `text` from `from`, on letter and digit boundaries, as
 * each alias's own search from left to right finds them: in alias order, then by start, and an
 * alias's matches do not overlap one another.
 */
export function findAliases(text: string, from: number, index: KnownIndex): AliasMatch[] {
  const found: AliasMatch[] = [];
  const { root } = index;
  if (!root.next.size) return found;
  // The text's units, read once: an alias is followed unit by unit from every place where one can
  // start, and reading each unit again there (a regular expression) made a 5,000-word alias that
  // the text repeats cost seconds; a map lookup per unit and place is some thirty times cheaper.
  const units: Unit[] = [];
  for (let at = from; at < text.length; at = units[units.length - 1]!.end) units.push(unitAt(text, at, false));
  // The units partition the text, so the place after a letter and digit unit is the one
  // place that follows a letter or digit, where no alias starts.
  let afterWord = false;
  for (let u = 0, start = from; u < units.length; start = units[u]!.end, u++) {
    const first = units[u]!;
    let node = afterWord ? undefined : root.next.get(first.word ? unitAt(text, start, true).key : first.key);
    for (let v = u; node; ) {
      const at = units[v]!.end;
      if (node.ends.length && !letterOrDigitAt(text, at)) for (const alias of node.ends) found.push({ alias, start, end: at });
      if (++v >= units.length) break;
      node = node.next.get(units[v]!.key);
    }
    afterWord = first.word;
  }
  found.sort((a, b) => a.alias - b.alias || a.start - b.start);
  const kept: AliasMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last && last.alias === match.alias && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

/**
 * The known speakers this article's name mentions can link to, in the list's order: the others
 * would only be entities without a mention, made anew for every article.
 */
export function knownSpeakersNamed(mentions: readonly Mention[], known: readonly KnownSpeaker[]): readonly KnownSpeaker[] {
  if (!known.length) return known;
  const { byLinkKey } = indexKnownSpeakers(known);
  const named = new Set<number>();
  for (const m of mentions) if (m.kind === "name") for (const k of byLinkKey.get(nameKey(m.text)) ?? []) named.add(k);
  return [...named].sort((a, b) => a - b).map((k) => known[k]!);
}

/**
 * Adds a name mention for each place a known speaker's name or alias appears on token boundaries
 * ("the Donald", "POTUS", a lower-case "the boss"), so that these are detected even where the
 * detector would not see a name. A mention found inside the alias (the "Donald" of "the Donald")
 * gives way to it; an alias inside a longer mention (the "Biden" of "Joe Biden") is left to
 * entity linking. An alias matches as written, except that its first letter may change case and
 * any run of white space stands for a space.
 */
export function addKnownMentions(doc: Doc, mentions: Mention[], known: readonly KnownSpeaker[], make: (first: number, end: number) => Mention): void {
  if (!known.length) return;
  const index = indexKnownSpeakers(known);
  const matches = findAliases(doc.text, doc.bodyStart, index);
  if (!matches.length) return;
  const tokenStartingAt = new Map(doc.tokens.map((t) => [t.start, t.index]));
  const tokenEndingAt = new Map(doc.tokens.map((t) => [t.end, t.index]));
  for (const match of matches) {
    const first = tokenStartingAt.get(match.start);
    const last = tokenEndingAt.get(match.end);
    if (first === undefined || last === undefined) continue;
    place(mentions, first, last + 1, index.speakers[match.alias]!, make);
  }
}

function place(mentions: Mention[], first: number, end: number, speaker: KnownSpeaker, make: (first: number, end: number) => Mention): void {
  const overlapping = mentions.filter((m) => m.firstToken < end && m.endToken > first);
  if (overlapping.some((m) => m.firstToken < first || m.endToken > end)) return; // inside a longer mention
  const same = overlapping.find((m) => m.firstToken === first && m.endToken === end && m.kind === "name");
  if (same) {
    same.category = speaker.kind ?? "person";
    return;
  }
  const m = make(first, end);
  m.category = speaker.kind ?? "person";
  if (speaker.gender) m.gender = speaker.gender;
  else delete m.gender;
  // Keep the title and the whole phrase of a mention this one replaces ("President [Donald]").
  for (const old of overlapping) {
    if (old.title && old.extentFirstToken < first) m.title = old.title;
    if (old.extentFirstToken < m.extentFirstToken) {
      m.extentFirstToken = old.extentFirstToken;
      m.extentStart = old.extentStart;
    }
    if (old.extentEndToken > m.extentEndToken) {
      m.extentEndToken = old.extentEndToken;
      m.extentEnd = old.extentEnd;
    }
    mentions.splice(mentions.indexOf(old), 1);
  }
  mentions.push(m);
}
