import { countWords } from "../document";
import { datelineEnd } from "../document/dateline";
import type { Doc } from "../document/types";
import type { Span } from "../types";
import { transcriptLabelAt } from "./scan";

/** A claim that a label introduces before a colon, without quotation marks. */
export interface LabelledClaim {
  /** The claim: from after the colon to the end of its paragraph (less a final full stop). */
  start: number;
  end: number;
  /** Who the label names: "Pence", "Wash Post Fact-Check", "JAKE TAPPER". */
  label: Span;
}

/**
 * A headline's source: "Pence: Gennifer Flowers Won't Be at Debate", "Clinton camp: Trump's ...".
 * One to six words: capitalised ones (names, titles), and a few lower-case words that join names
 * ("Clinton camp", "Clinton to Planned Parenthood"); not an article first ("The Latest: ...").
 */
const HEADLINE_SOURCE = /^(?!(?:The|A|An) )(\p{Lu}[\p{L}\d.'\u2019&-]*(?: (?:[\p{Lu}\d][\p{L}\d.'\u2019&()-]*|camp|and|of|at|to|on|for|in)){0,5}):\s+(?=\S)/u;
/** Words that head a headline without naming a source: "EXCLUSIVE: ...", "WATCH: ...". */
const KICKER = /^(?:exclusive|breaking(?: news)?|just in|watch|look|listen|revealed|boom|wow|update[d]?|video|audio|photos?|live|opinion|editorial|analysis|review|correction|note|editor's note|fact check|q&a|e-?mail|paid notice|transcript)$/i;
/** A kicker before the source: "EXCLUSIVE – Roger Stone: Don't Trust the Voting Machines". */
const LEADING_KICKER = /^(\p{Lu}+) [\u2013\u2014-] /u;
/** A team's score in a headline's label: a word of digits only. */
const SCORELINE = /(?:^|\s)\d+(?:\s|$)/;
/** A headline longer than this is a sentence of the article, not its title. */
const MAX_HEADLINE_WORDS = 30;
const MIN_CLAIM_WORDS = 3;
/** A first line this long after a colon dateline ("NEW DELHI: ...") is a lede, not a headline: PolNeAR's longest first line with a label in capitals ("BUSTED: ...") has 16 words. */
const MIN_LEDE_WORDS = 18;

/**
 * Claims introduced by a label and a colon rather than by quotation marks: the article's headline
 * ("Poll: Harlow and Frey level in the race") and transcript turns not in marks ("TAPPER: Donald
 * Trump released a video ..."). A claim that overlaps a quotation in marks is left to the marks.
 */
export function findLabelled(doc: Doc, quoted: readonly (readonly [number, number])[]): LabelledClaim[] {
  const { text } = doc;
  const found: LabelledClaim[] = [];
  const turns: LabelledClaim[] = [];
  doc.paragraphs.forEach((paragraph, k) => {
    let start = Math.max(paragraph.start, doc.bodyStart);
    while (start < paragraph.end && /\s/.test(text[start]!)) start++;
    const line = text.slice(start, paragraph.end);
    const title = k === 0 ? headline(line) : null;
    const claim = title ?? transcriptTurn(line);
    if (!claim) return;
    let end = paragraph.end;
    while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
    const from = start + claim.contentAt;
    if (end - from <= 0 || countWords(text.slice(from, end)) < (k === 0 ? MIN_CLAIM_WORDS : 1)) return;
    if (quoted.some(([a, b]) => a < end && b > from)) return;
    (title ? found : turns).push({ start: from, end, label: { text: text.slice(start + claim.labelAt, start + claim.labelEnd), start: start + claim.labelAt, end: start + claim.labelEnd } });
  });
  // A transcript has turns; one capitalised label alone is a dateline ("OSLO: ...") or a kicker
  // ("MARKET WATCH: ..."), not a speaker.
  return turns.length > 1 ? [...found, ...turns] : found;
}

interface LabelAt {
  labelAt: number;
  labelEnd: number;
  contentAt: number;
}

function headline(line: string): LabelAt | null {
  if (/[\n\r]/.test(line.trimEnd()) || countWords(line) > MAX_HEADLINE_WORDS) return null;
  // "NEW DELHI: The line will miss its deadline by at least eight months, its director said on
  // Monday.": a story that opens with a colon dateline and no headline above it; a headline is
  // shorter ("AP: Trump chair routed Ukrainian money to D.C. lobbyists.").
  if (countWords(line) >= MIN_LEDE_WORDS && datelineEnd(line, 0, 0) >= 0) return null;
  const kicker = LEADING_KICKER.exec(line);
  const skip = kicker && KICKER.test(kicker[1]!) ? kicker[0].length : 0;
  const m = HEADLINE_SOURCE.exec(line.slice(skip));
  // A question ("Ada Pike: Reformer or career politician?") is the writer's.
  // A scoreline ("Lakeside 3 Hillford 0: ...") has numbers where a source has none.
  if (!m || KICKER.test(m[1]!) || /\?\W*$/.test(line.trimEnd()) || SCORELINE.test(m[1]!)) return null;
  return { labelAt: skip, labelEnd: skip + m[1]!.length, contentAt: skip + m[0].length };
}

function transcriptTurn(line: string): LabelAt | null {
  const at = transcriptLabelAt(line);
  if (!at || KICKER.test(line.slice(at.nameStart, at.nameEnd))) return null;
  return { labelAt: at.nameStart, labelEnd: at.nameEnd, contentAt: at.wordsAt };
}
