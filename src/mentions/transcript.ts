import type { Doc } from "../document/types";
import type { Entity, Mention } from "./types";
import { SECOND_PERSON } from "./reader";

/**
 * An interview printed as questions and answers ("Q: ..." / "A: ..." paragraphs). The answers
 * are the interviewee's words without quotation marks: their "I", "my" and "we" are the
 * interviewee, and so is the "you" of the questions; the labels themselves name no one.
 */

export type TranscriptRole = "question" | "answer";

export interface Transcript {
  /** The person the introduction (the text before the first label) names most. */
  interviewee: Entity;
  /** Each paragraph's role: its own label's, or the one before it continues; null before the first label. */
  roles: readonly (TranscriptRole | null)[];
}

/** "Q:", "Q.", "Question:", or a "Q" run into the question's first word ("QThere's"). */
const QUESTION_LABEL = /^(?:Q|Question|QUESTION)(?:\s*[:.]\s|(?=\p{Lu}\p{Ll}))/u;
/** "A:" or "Answer:" (not "A.", which opens a name: "A. Lee said"). */
const ANSWER_LABEL = /^(?:A|Answer|ANSWER)\s*:\s/u;
/** Fewer labels of each than this, and the "Q:" lines are something else. */
const MIN_LABELS = 2;

/** The article as a transcript, or null when it has no question-and-answer layout or no interviewee. */
export function readTranscript(doc: Doc, mentions: readonly Mention[], entityOf: (m: Mention) => Entity | undefined): Transcript | null {
  const roles: (TranscriptRole | null)[] = [];
  let role: TranscriptRole | null = null;
  let questions = 0;
  let answers = 0;
  let firstLabel = -1;
  for (const p of doc.paragraphs) {
    const text = doc.text.slice(p.start, p.end).trimStart();
    const label: TranscriptRole | null = QUESTION_LABEL.test(text) ? "question" : ANSWER_LABEL.test(text) ? "answer" : null;
    if (label === "question") questions++;
    if (label === "answer") answers++;
    if (label && firstLabel < 0) firstLabel = p.start;
    role = label ?? role;
    roles.push(role);
  }
  if (questions < MIN_LABELS || answers < MIN_LABELS) return null;
  const interviewee = mostNamedPerson(mentions, firstLabel, entityOf);
  return interviewee ? { interviewee, roles } : null;
}

/** The person named most often before offset `end` (the first named on a tie). */
function mostNamedPerson(mentions: readonly Mention[], end: number, entityOf: (m: Mention) => Entity | undefined): Entity | null {
  const counts = new Map<Entity, number>();
  for (const m of mentions) {
    if (m.start >= end) break;
    const e = m.kind === "name" ? entityOf(m) : undefined;
    if (e?.kind === "person") counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  let best: Entity | null = null;
  let most = 0;
  for (const [e, n] of counts) {
    if (n > most) {
      best = e;
      most = n;
    }
  }
  return best;
}

/** Who a mention in a transcript's paragraph refers to. */
export type TranscriptReferent = { entity: Entity } | { owner: Entity; rest: string } | "interviewer" | "reader" | null;

const FIRST_PERSON = new Set(["i", "me", "my", "myself", "mine", "we", "us", "our", "ourselves"]);
const LABELS = new Set(["q", "a", "question", "answer"]);

/**
 * The referent of speaker mention `m` in paragraph `paragraph` of a transcript (outside quotation
 * marks): in an answer, "I"/"my"/"we" are the interviewee, "my staff" the interviewee's staff, and
 * "you" the generic reader; in a question, "you" is the interviewee. A label ("Q") as a speaker
 * is the interviewee when the question speaks of "you" ("Q: You said yesterday..."), else the
 * interviewer. Null: the mention is not one of these.
 */
export function transcriptReferent(t: Transcript, m: Mention, paragraph: number, doc: Doc): TranscriptReferent {
  const role = t.roles[paragraph];
  if (!role) return null;
  const words = m.text.toLowerCase().split(/\s+/);
  const p = doc.paragraphs[paragraph]!;
  if (words.length === 1 && LABELS.has(words[0]!) && doc.text.slice(p.start, p.end).trimStart().startsWith(m.text)) {
    return role === "answer" || /\byou(?:r|rself)?\b/i.test(doc.text.slice(m.end, p.end)) ? { entity: t.interviewee } : "interviewer";
  }
  if (words.length === 1 && FIRST_PERSON.has(words[0]!)) return role === "answer" ? { entity: t.interviewee } : null;
  if (words.length === 1 && SECOND_PERSON.has(words[0]!)) return role === "answer" ? "reader" : { entity: t.interviewee };
  // "my staff", "my own folks": the interviewee's.
  if (role === "answer" && m.kind === "description" && words[0] === "my" && words.length > 1) {
    const rest = words.slice(1).filter((w) => w !== "own");
    return rest.length > 0 ? { owner: t.interviewee, rest: m.text.split(/\s+/).slice(-rest.length).join(" ") } : null;
  }
  return null;
}
