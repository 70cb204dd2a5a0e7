import { PRONOUNS } from "../word-lists";
import type { TrainingRelation } from "../relations";
import { hasSource, type TrainingFacts } from "./facts";
import { countAndShare, inlineRows, paragraph, pct, rowsOf, tally } from "./markdown";

const ORDER = [
  "before Cue, adjacent",
  "before Cue, same sentence, not adjacent",
  "before Cue, other sentence",
  "after Cue, adjacent",
  "after Cue, same sentence, not adjacent",
  "after Cue, other sentence",
  "Source overlaps Cue",
  "no Source",
];

/** Cues whose share of Sources after them is listed. */
const FREQUENT_CUES = ["said", "says", "told", "added", "wrote", "according to", "asked", "noted", "explained", "tweeted"];

function category(relation: TrainingRelation): string {
  const source = relation.source;
  if (!source) return "no Source";
  if (source.position === "overlap") return "Source overlaps Cue";
  if (!source.sameSentence) return `${source.position} Cue, other sentence`;
  return source.adjacent ? `${source.position} Cue, adjacent` : `${source.position} Cue, same sentence, not adjacent`;
}

/** Section (a): where the Source is relative to the Cue. */
export function sourcePositionSection({ relations, cues, sources }: TrainingFacts): string[] {
  const quotations = relations.filter((r) => r.isQuote);
  const others = relations.filter((r) => !r.isQuote);
  const sourced = relations.filter(hasSource);
  const quotationsSourced = quotations.filter(hasSource);
  const md: string[] = ["### (a) Source position relative to the Cue", ""];
  md.push(...paragraph('"Adjacent" means only whitespace between Source and Cue ("X said", "said X"). Columns: all relations, quotations, other Contents.'));
  const all = tally(relations, category);
  const q = tally(quotations, category);
  const o = tally(others, category);
  md.push("| position | all | quotations | other |", "|---|---|---|---|");
  for (const k of ORDER) {
    md.push(`| ${k} | ${countAndShare(all.get(k) ?? 0, relations.length)} | ${countAndShare(q.get(k) ?? 0, quotations.length)} | ${countAndShare(o.get(k) ?? 0, others.length)} |`);
  }
  md.push("");
  const gapped = sourced.filter((r) => r.source.position === "before" && r.source.sameSentence && !r.source.adjacent);
  const gaps = tally(gapped, (r) => {
    const gap = r.document.text.slice(r.source.end, r.cue.start);
    if (/[,(\u2013\u2014]/.test(gap)) return "comma/dash/bracket (apposition, relative clause)";
    return r.source.gapWords <= 2 ? "1-2 words, no comma (adverb, auxiliary)" : "3+ words, no comma";
  });
  md.push(...paragraph(`Source before the Cue in the same sentence but not adjacent (${gapped.length}): ${inlineRows(rowsOf(gaps, gapped.length), "; ")}.`));
  const side = (list: typeof sourced, position: string) => pct(list.filter((r) => r.source.position === position).length, list.length);
  md.push(
    ...paragraph(
      `Of relations with a Source: before the Cue ${side(sourced, "before")}, after ${side(sourced, "after")}. ` +
        `Quotations with a Source: before ${side(quotationsSourced, "before")}, after ${side(quotationsSourced, "after")}.`,
    ),
  );
  const inversion = FREQUENT_CUES.filter((c) => cues.cues[c]).map((c) => `${c} ${Math.round(100 * cues.cues[c]!.sourceAfter)}%`);
  md.push(...paragraph(`Share of relations with the Source *after* the Cue ("said X", "according to X"), per cue: ${inversion.join(", ")}.`));
  const pronounTotal = sum(sources.pronounRelations);
  const frequent = [...sources.pronounRelations.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 8)
    .map(([w, n]) => `${w} ${pct(n, sourced.length)}`);
  md.push(
    ...paragraph(
      `Bare-pronoun Sources: ${pct(pronounTotal, sourced.length)} of relations with a Source; ` +
        `${pct(sum(sources.pronounQuotations), quotationsSourced.length)} of quotations with a Source. Most frequent: ${frequent.join(", ")}.`,
    ),
  );
  md.push(
    ...paragraph(
      `Distinct Source spans: ${sources.sourceSpans}; bare pronouns ${countAndShare(sources.pronounSpans, sources.sourceSpans)}; ` +
        `descriptions with a lowercase head noun (sourceHeads) ${countAndShare(sources.descriptionSpans, sources.sourceSpans)}; ` +
        `the rest are names or capitalised descriptions ("the White House").`,
    ),
  );
  return md;
}

const sum = (counts: ReadonlyMap<string, number>): number => [...counts.values()].reduce((a, b) => a + b, 0);

/** Whether a relation's Source is a bare pronoun. */
export const pronounSource = (relation: TrainingRelation): boolean => !!relation.source && PRONOUNS.has(relation.source.lower);
