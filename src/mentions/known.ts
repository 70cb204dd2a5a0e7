import type { Doc } from "../document/types";
import type { KnownSpeaker, Mention } from "./types";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An alias as a pattern: its first letter in either case, any run of spaces between its words. */
function aliasPattern(alias: string): RegExp {
  const raw = alias.trim().replace(/\s+/g, " ");
  const [c = ""] = raw;
  const head = c.toUpperCase() === c.toLowerCase() ? escape(c) : `[${c.toUpperCase()}${c.toLowerCase()}]`;
  const body = escape(raw.slice(c.length)).replace(/ /g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${head}${body}(?![\\p{L}\\p{N}])`, "gu");
}

/**
 * Adds a name mention for each place a known speaker's name or alias appears on token boundaries
 * ("the Donald", "POTUS", a lower-case "the boss"), so that these are detected even where the
 * detector would not see a name. A mention found inside the alias (the "Donald" of "the Donald")
 * gives way to it; an alias inside a longer mention (the "Biden" of "Joe Biden") is left to
 * entity linking. An alias matches as written, except that its first letter may change case.
 */
export function addKnownMentions(doc: Doc, mentions: Mention[], known: readonly KnownSpeaker[], make: (first: number, end: number) => Mention): void {
  if (!known.length) return;
  const { text, tokens } = doc;
  const tokenStartingAt = new Map(tokens.map((t) => [t.start, t.index]));
  const tokenEndingAt = new Map(tokens.map((t) => [t.end, t.index]));
  for (const speaker of known) {
    for (const alias of new Set([speaker.name, ...(speaker.aliases ?? [])])) {
      for (const match of text.slice(doc.bodyStart).matchAll(aliasPattern(alias))) {
        const start = doc.bodyStart + match.index;
        const first = tokenStartingAt.get(start);
        const last = tokenEndingAt.get(start + match[0].length);
        if (first === undefined || last === undefined) continue;
        place(mentions, first, last + 1, speaker, make);
      }
    }
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
