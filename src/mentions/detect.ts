import type { Doc, Token } from "../document/types";
import type { SpeakerKind } from "../types";
import { genderOfFirstName, isDemonym, isFirstName, isPlaceOrOrg } from "./lexicon";
import { addKnownMentions } from "./known";
import type { KnownSpeaker, Mention, MentionKind } from "./types";
import {
  DETERMINERS, GROUP_HEADS, HONORIFICS, NAME_TITLES, NOT_NAMES, ORG_HEADS, ORG_NAME_WORDS,
  PARTICLES, PRONOUNS, TITLE_HEADS,
} from "./words";

const CAPITALISED = /^\p{Lu}/u;

/** `CAPITALISED.test(text)`, deciding plain ASCII without the regular expression (a per-token hot path). */
function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(text);
}
const MODIFIER_TAGS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
/** Every role head noun, for one lookup per noun instead of three. */
const HEADS = new Set([...TITLE_HEADS, ...GROUP_HEADS, ...ORG_HEADS]);

interface Run {
  first: number;
  end: number;
  /** Where a title word written as part of the name starts ("Sen." in "Sen. Ted Cruz"). */
  titleFirst: number;
  /** Where the whole phrase starts: the title, or an honorific ("Mr.") before the name. */
  extentFirst: number;
}

/**
 * Finds every mention in one pass per kind over the tokens: capitalised name runs, descriptions
 * headed by a role noun ("a White House spokesman", "his supporters") and subject pronouns. A
 * description right before a name, or in apposition to it, becomes that name's title. Known
 * speakers' names and aliases are mentions wherever they appear.
 */
export function detectMentions(doc: Doc, known: readonly KnownSpeaker[] = []): Mention[] {
  const { tokens } = doc;
  const names = nameRuns(doc);
  const nameStartingAt = new Map(names.map((r) => [r.first, r]));
  const nameEndingAt = new Map(names.map((r) => [r.end, r]));
  const titled = new Map<number, { title: string | undefined; extentFirst: number; extentEnd: number }>();
  const covered = new Uint8Array(tokens.length);
  const mentions: Mention[] = [];

  for (const head of descriptionHeads(tokens)) {
    if (covered[head]) continue;
    const first = descriptionStart(tokens, head);
    const end = head + 1;
    const hasDeterminer = DETERMINERS.has(tokens[first]!.lower);
    const titleFirst = hasDeterminer ? first + 1 : first;
    const title = doc.text.slice(tokens[titleFirst]!.start, tokens[head]!.end);
    // "Russian foreign minister Sergey Lavrov" / "Its defence minister, Sergei Shoigu,"
    const after = tokens[end]?.text === "," ? end + 1 : end;
    const named = nameStartingAt.get(after);
    if (named && (after === end || !hasDeterminer || tokens[named.end]?.text === "," || tokens[first]!.lower !== "a")) {
      titled.set(named.first, { title, extentFirst: first, extentEnd: named.end });
      for (let k = first; k < end; k++) covered[k] = 1;
      continue;
    }
    // "Hugh Hill, a doctor, said"
    const before = tokens[first - 1]?.text === "," ? nameEndingAt.get(first - 1) : undefined;
    if (before && hasDeterminer && tokens[end]?.text === ",") {
      titled.set(before.first, { title, extentFirst: before.first, extentEnd: end });
      for (let k = first; k < end; k++) covered[k] = 1;
      continue;
    }
    for (let k = first; k < end; k++) covered[k] = 1;
    mentions.push(makeMention(doc, "description", first, end, descriptionCategory(tokens[head]!), head));
  }

  for (const run of names) {
    if (covered[run.first]) continue;
    const t = titled.get(run.first) ?? titleWord(doc, run);
    const m = makeMention(doc, "name", run.first, run.end, nameCategory(tokens, run), -1);
    if (t) {
      if (t.title) m.title = t.title;
      m.extentFirstToken = Math.min(t.extentFirst, run.first);
      m.extentEndToken = Math.max(t.extentEnd, run.end);
      m.extentStart = tokens[m.extentFirstToken]!.start;
      m.extentEnd = tokens[m.extentEndToken - 1]!.end;
      if (m.category === "unknown") m.category = "person";
    }
    extendOverParenthesis(doc, m);
    mentions.push(m);
  }

  tokens.forEach((t, i) => {
    // The tag test first: looking up every token's text in PRONOUNS was a profile hotspot.
    if (t.pos !== "PRON") return;
    const p = PRONOUNS[t.lower];
    if (!p) return;
    const m = makeMention(doc, "pronoun", i, i + 1, pronounCategory(t.lower), -1);
    m.plural = p.plural;
    if (p.gender) m.gender = p.gender;
    mentions.push(m);
  });

  addKnownMentions(doc, mentions, known, (first, end) => makeMention(doc, "name", first, end, "person", -1));
  mentions.sort((a, b) => a.start - b.start);
  mentions.forEach((m, k) => (m.id = `m${k + 1}`));
  return mentions;
}

/** "Rep. Gwen Moore (D-Wis.)": a short parenthesis after a name belongs to its phrase. */
function extendOverParenthesis(doc: Doc, m: Mention): void {
  const { tokens } = doc;
  if (tokens[m.extentEndToken]?.text !== "(") return;
  for (let k = m.extentEndToken + 1; k < Math.min(tokens.length, m.extentEndToken + 8); k++) {
    if (tokens[k]!.text !== ")") continue;
    m.extentEndToken = k + 1;
    m.extentEnd = tokens[k]!.end;
    return;
  }
}

/** "Holtz-Eakin": a hyphen with no space on either side, between two name words. */
function isJoiningHyphen(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k];
  const next = tokens[k + 1];
  return !!hyphen && !!next && hyphen.text === "-" && hyphen.start === tokens[k - 1]!.end && next.start === hyphen.end && isNameToken(next, false);
}

function titleWord(doc: Doc, run: Run): { title: string | undefined; extentFirst: number; extentEnd: number } | undefined {
  if (run.titleFirst === run.first && run.extentFirst === run.first) return undefined;
  const { tokens, text } = doc;
  const title = run.titleFirst < run.first ? text.slice(tokens[run.titleFirst]!.start, tokens[run.first - 1]!.end) : undefined;
  return { title, extentFirst: run.extentFirst, extentEnd: run.end };
}

function makeMention(doc: Doc, kind: MentionKind, first: number, end: number, category: SpeakerKind, head: number): Mention {
  const { tokens, text } = doc;
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  const lower = tokens[head >= 0 ? head : end - 1]!.lower;
  const m: Mention = {
    id: "",
    kind,
    text: text.slice(start, stop),
    start,
    end: stop,
    firstToken: first,
    endToken: end,
    extentStart: start,
    extentEnd: stop,
    extentFirstToken: first,
    extentEndToken: end,
    category,
    plural: kind === "description" && (GROUP_HEADS.has(lower) || (lower.endsWith("s") && !lower.endsWith("ss"))),
    entity: null,
  };
  if (kind === "name") {
    const gender = genderOfFirstName(tokens[first]!.lower) ?? HONORIFICS[tokens[first - 1]?.lower ?? ""];
    if (gender) m.gender = gender;
  }
  if (kind === "description" && m.plural && category === "person") m.category = "group";
  return m;
}

function isNameToken(t: Token, sentenceStart: boolean): boolean {
  if (t.kind !== "word" || !capitalised(t.text) || NOT_NAMES.has(t.lower)) return false;
  if (t.pos === "PROPN") return true;
  return !sentenceStart && (t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "X");
}

const SAYS = new Set(["said", "says", "told", "added", "asked", "wrote"]);

/**
 * A name the tagger took for a verb: a first name before a name ("said Don Fowler", "Sen. Ted
 * Cruz"), a capitalised word after a name ("Stephen Lynch"), or before "said" ("Lynch said").
 */
function isTaggedFirstName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!capitalised(t.text) || t.kind !== "word" || NOT_NAMES.has(t.lower)) return false;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (next && isNameToken(next, false) && isFirstName(t.lower)) return true;
  if (t.pos !== "VERB" && t.pos !== "AUX") return false;
  return (!!prev && prev.sentence === t.sentence && prev.pos === "PROPN" && capitalised(prev.text)) || (!!next && SAYS.has(next.lower));
}

/** Maximal runs of capitalised name tokens, without a leading title word ("President"). */
function nameRuns(doc: Doc): Run[] {
  const { tokens, sentences } = doc;
  const runs: Run[] = [];
  for (const s of sentences) {
    let i = s.firstToken;
    while (i < s.endToken) {
      if (!isNameToken(tokens[i]!, i === s.firstToken) && !isTaggedFirstName(tokens, i)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < s.endToken) {
        const t = tokens[end]!;
        if (isNameToken(t, false) || isTaggedFirstName(tokens, end)) end++;
        else if (isJoiningHyphen(tokens, end)) end += 2;
        else if (PARTICLES.has(t.text) && tokens[end + 1] && isNameToken(tokens[end + 1]!, false)) end += 2;
        else break;
      }
      // A title written into the name ("Democratic Sen. Claire McCaskill", "Chief Chuck Jordan")
      // ends at the last title word that still leaves a name after it.
      let first = i;
      for (let k = i; k < end - 1; k++) if (NAME_TITLES.has(tokens[k]!.lower) || TITLE_HEADS.has(tokens[k]!.lower)) first = k + 1;
      const onlyDemonyms = tokens.slice(first, end).every((t) => isDemonym(t.lower));
      const honorific = i > s.firstToken && HONORIFICS[tokens[i - 1]!.lower] ? i - 1 : i;
      if (!onlyDemonyms) runs.push({ first, end, titleFirst: i, extentFirst: honorific });
      i = end;
    }
  }
  return runs;
}

function nameCategory(tokens: readonly Token[], run: Run): SpeakerKind {
  const parts = tokens.slice(run.first, run.end);
  if (parts.some((t) => ORG_NAME_WORDS.has(t.lower))) return "organisation";
  if (isPlaceOrOrg(parts.map((t) => t.lower).join(" "))) return "organisation";
  if (parts.length === 1 && /^\p{Lu}{2,6}$/u.test(parts[0]!.text) && !isFirstName(parts[0]!.lower)) return "organisation";
  if (isFirstName(parts[0]!.lower) || HONORIFICS[tokens[run.first - 1]?.lower ?? ""]) return "person";
  if (NAME_TITLES.has(tokens[run.first - 1]?.lower ?? "")) return "person";
  if (parts.every((t) => isPlaceOrOrg(t.lower))) return "organisation";
  return parts.length > 1 ? "person" : "unknown";
}

function descriptionCategory(head: Token): SpeakerKind {
  if (ORG_HEADS.has(head.lower)) return "organisation";
  if (GROUP_HEADS.has(head.lower)) return "group";
  return "person";
}

function pronounCategory(lower: string): SpeakerKind {
  if (lower === "it") return "organisation";
  if (lower === "they" || lower === "we") return "group";
  return "person";
}

function* descriptionHeads(tokens: readonly Token[]): Generator<number> {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || (t.pos !== "NOUN" && t.pos !== "PROPN")) continue;
    if (!HEADS.has(t.lower)) continue;
    // The head is the last noun of its phrase: "campaign spokesman" is headed by "spokesman".
    const next = tokens[i + 1];
    if (next && (next.pos === "NOUN" || TITLE_HEADS.has(next.lower) || GROUP_HEADS.has(next.lower))) continue;
    yield i;
  }
}

/** Walks back over modifiers to the determiner (kept) or the first modifier. */
function descriptionStart(tokens: readonly Token[], head: number): number {
  let k = head;
  while (k > 0) {
    const prev = tokens[k - 1]!;
    if (prev.sentence !== tokens[head]!.sentence) break;
    if (DETERMINERS.has(prev.lower) && (prev.pos === "DET" || prev.pos === "PRON" || prev.pos === "NUM" || prev.pos === "ADJ")) {
      return k - 1;
    }
    // A hyphen inside a compound ("vice-president"), not a dash set off by a space ("..." -Commissioner X).
    const hyphen = prev.text === "-" && k >= 2 && tokens[k - 2]!.end === prev.start && prev.end === tokens[k]!.start;
    const possessive = prev.lower === "'s" || prev.lower === "\u2019s";
    if (hyphen || possessive) {
      k -= 2;
      continue;
    }
    if (!MODIFIER_TAGS.has(prev.pos) || prev.kind !== "word") break;
    k--;
  }
  return k;
}
