/**
 * Two runs over the same gold, side by side: the gold relations whose speaker changed (another
 * speaker or mention, or found in one run only), each judged right or wrong in both runs, so that
 * what a rule fixes and what it breaks can be read one quote at a time.
 */

import type { AttributionJudgement, EvalCategory } from "./metrics";

/** `fixed`: wrong before, right after; `broken`: the reverse; the others changed speaker but not verdict. */
export type SpeakerChangeVerdict = "fixed" | "broken" | "still-wrong" | "still-right";

/** One run's side of a {@link SpeakerChange}. */
export interface SpeakerChangeSide {
  /** The paired quote's id, or `null` when the run did not find the gold quote. */
  quoteId: string | null;
  /** The rule that attributed the quote (`none` if no rule did); `null` when not found. */
  rule: string | null;
  /** The predicted speaker's name and mention text; `null` without a speaker. */
  speaker: string | null;
  mention: string | null;
  right: boolean;
}

/** A gold relation with a Source whose predicted speaker differs between the two runs. */
export interface SpeakerChange extends Pick<AttributionJudgement, "docId" | "category" | "relation" | "goldText" | "goldSource" | "goldName"> {
  /** `name` when the name layer scores this Source, else `mention` (the Source overlap). */
  judgedBy: "name" | "mention";
  before: SpeakerChangeSide;
  after: SpeakerChangeSide;
  verdict: SpeakerChangeVerdict;
}

const key = (j: AttributionJudgement): string => `${j.docId}\u0000${j.relation}`;

function side(j: AttributionJudgement): SpeakerChangeSide {
  const p = j.predicted;
  return {
    quoteId: p?.quoteId ?? null,
    rule: p?.rule ?? null,
    speaker: p?.speakerName ?? null,
    mention: p?.mention?.text ?? null,
    right: j.rightByName ?? j.rightByMention,
  };
}

function sameSpeaker(a: AttributionJudgement, b: AttributionJudgement): boolean {
  const [p, q] = [a.predicted, b.predicted];
  if (p === null || q === null) return p === q;
  return p.speakerName === q.speakerName && p.mention?.start === q.mention?.start && p.mention?.end === q.mention?.end;
}

/**
 * The relations whose speaker changed from `before` to `after` (the judgements of
 * `scoreDocuments`'s `onAttribution` over the same gold), in the order of `after`. Relations
 * judged in one run only (different gold) are ignored.
 */
export function compareAttributions(
  before: readonly AttributionJudgement[],
  after: readonly AttributionJudgement[],
): SpeakerChange[] {
  const earlier = new Map(before.map((j) => [key(j), j]));
  const changes: SpeakerChange[] = [];
  for (const now of after) {
    const then = earlier.get(key(now));
    if (then === undefined || sameSpeaker(then, now)) continue;
    const [b, a] = [side(then), side(now)];
    changes.push({
      docId: now.docId,
      category: now.category,
      relation: now.relation,
      goldText: now.goldText,
      goldSource: now.goldSource,
      goldName: now.goldName,
      judgedBy: now.rightByName === null ? "mention" : "name",
      before: b,
      after: a,
      verdict: b.right === a.right ? (a.right ? "still-right" : "still-wrong") : a.right ? "fixed" : "broken",
    });
  }
  return changes;
}

const oneLine = (text: string): string => `«${text.replace(/\s+/g, " ")}»`;

function sideText(s: SpeakerChangeSide): string {
  const verdict = s.right ? "right" : "wrong";
  if (s.quoteId === null) return `${verdict}  quote not found`;
  const who = s.speaker === null ? "no speaker" : `${s.speaker} via ${oneLine(s.mention ?? "")}`;
  return `${verdict}  ${who} (${s.quoteId}, rule ${s.rule})`;
}

/** The changes as text: a count by verdict, then each change with the gold and both runs' speakers. */
export function formatSpeakerChanges(changes: readonly SpeakerChange[]): string {
  const count = (verdict: SpeakerChangeVerdict) => changes.filter((c) => c.verdict === verdict).length;
  const lines = [
    `Speaker changes: ${changes.length} quote${changes.length === 1 ? "" : "s"} ` +
      `(${count("fixed")} fixed, ${count("broken")} broken, ${count("still-wrong")} still wrong, ${count("still-right")} still right)`,
  ];
  changes.forEach((c, i) => {
    lines.push(
      `[${i + 1}] ${c.verdict} · ${c.category === "direct" ? "direct quote" : "reported speech"} · ${c.docId} · judged by ${c.judgedBy}`,
      `    quote:  ${oneLine(c.goldText)}`,
      `    gold:   ${oneLine(c.goldSource)}${c.goldName === null ? "" : ` = ${c.goldName}`}`,
      `    before: ${sideText(c.before)}`,
      `    after:  ${sideText(c.after)}`,
    );
  });
  return `${lines.join("\n")}\n`;
}
