import type { TrainingRelation } from "../relations";
import { words } from "../words";
import type { TrainingFacts } from "./facts";
import { countAndShare, paragraph, pct, rowsOf, table, tally } from "./markdown";

const AFTER_CUE: Record<string, string> = {
  that: "CUE (OBJ) that CLAUSE",
  clause: "CUE CLAUSE (no that)",
  to: "CUE to-INFINITIVE",
  wh: "CUE wh-/if-CLAUSE",
  quote: "CUE + quote-initial Content",
};

/** How a non-quotation Content is introduced. */
function pattern(r: TrainingRelation): string {
  if (r.cores.includes("according to")) return "according to";
  if (r.contentPosition === "after") return AFTER_CUE[r.complement] ?? "CUE NP (object, gerund, ...)";
  if (r.contentPosition === "before") {
    if (!r.source) return "CLAUSE, CUE (no Source)";
    if (r.source.position === "before" && r.source.start >= r.contentEnd) return "CLAUSE, SOURCE CUE";
    if (r.source.position === "after") return "CLAUSE, CUE SOURCE";
    return "CLAUSE ... CUE (Source elsewhere)";
  }
  if (r.contentPosition === "around") return "Content interrupted by the Cue";
  return "Content overlaps the Cue";
}

/** Section (c): the patterns of reported speech, beliefs and intentions. */
export function reportedSpeechSection({ relations, cues }: TrainingFacts): string[] {
  const others = relations.filter((r) => !r.isQuote);
  // A speech cue: "according to", or a learned cue that introduces quotations in 30% of its uses.
  const speech = others.filter((r) => r.cores.some((c) => c === "according to" || (cues.cues[c]?.quote ?? 0) >= 0.3));
  const all = tally(others, pattern);
  const speechPatterns = tally(speech, pattern);
  const that = others.filter((r) => r.complement === "that");
  const thatAdjacent = that.filter((r) => words(r.document.text.slice(r.cue.end, r.contentStart)).every((w) => w.w === "that")).length;
  return [
    "### (c) Non-quotation Contents (reported speech, beliefs, intentions): how they are introduced",
    "",
    ...paragraph(
      `Second column: all ${others.length} non-quotation relations; third column: the ${speech.length} whose cue is a *speech* cue ` +
        `(\`according to\` or a learned cue with \`quote\` >= 0.3, e.g. said, told, added, wrote; excludes belief/intention verbs such as ` +
        `think, want, support, which PolNeAR also annotates).`,
    ),
    ...table(
      ["pattern", "all non-quotations", "speech cues"],
      rowsOf(all, others.length).map(([k, n, p]) => [k!, `${n} (${p})`, countAndShare(speechPatterns.get(k!) ?? 0, speech.length)]),
    ),
    ...paragraph(
      `"CUE (OBJ) that": the word "that" opens the Content or ends the gap after the Cue; in ${pct(thatAdjacent, that.length)} of these nothing else intervenes ` +
        `("said that"), otherwise an object or adjunct does ("told reporters that"). "CLAUSE" means a subject before a verb (wink POS).`,
    ),
  ];
}
