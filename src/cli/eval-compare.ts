import { compareAttributions, formatReport, formatSpeakerChanges, type CategoryScore, type EvalReport, type NameScore } from "../eval";
import type { Evaluation } from "./eval";
import { timingFooter } from "./eval-footer";
import type { Output } from "./output";

/** The two runs of `whosaid eval --compare`: the built-in extractor, and the one the options make. */
export interface Comparison {
  before: Evaluation;
  after: Evaluation;
  /** How the options are named: "--rules my-rule.mjs". */
  afterLabel: string;
}

const BEFORE_LABEL = "built-in rules and lexicon";

/**
 * Writes both reports, a summary of what moved, and the quotes whose speaker changed; as JSON,
 * `{ before, after, changes }` where each side is the report of a plain run with its `label` and `timing`.
 */
export async function writeComparison(
  out: Output,
  { before, after, afterLabel }: Comparison,
  options: { format: "text" | "json"; showErrors: number },
): Promise<void> {
  const changes = compareAttributions(before.attributions, after.attributions);
  if (options.format === "json") {
    const side = (label: string, run: Evaluation) => ({ label, ...run.report, timing: run.timing });
    await out.write(`${JSON.stringify({ before: side(BEFORE_LABEL, before), after: side(afterLabel, after), changes }, null, 2)}\n`);
    return;
  }
  for (const [title, run] of [[`Before: ${BEFORE_LABEL}`, before], [`After: ${afterLabel}`, after]] as const) {
    await out.write(`== ${title} ==\n\n`);
    await out.write(formatReport(run.report, "text"));
    await out.write(`${timingFooter(run.timing, run.report, options.showErrors, run.failures.length)}\n`);
  }
  await out.write(`== Before -> after ==\n\n${summary(before.report, after.report).join("\n")}\n\n`);
  await out.write(formatSpeakerChanges(changes));
}

/** One line per figure that speaks to attribution: F1, attribution by mention, and by name with a layer. */
function summary(before: EvalReport, after: EvalReport): string[] {
  const lines: string[] = [];
  const row = (label: string, b: number, a: number, counts: string) => {
    const delta = a - b;
    lines.push(`${label.padEnd(30)} ${b.toFixed(3)} -> ${a.toFixed(3)}  (${delta >= 0 ? "+" : ""}${delta.toFixed(3)})  ${counts}`);
  };
  for (const category of ["direct", "reported"] as const) {
    const b: CategoryScore = before[category];
    const a: CategoryScore = after[category];
    const name = category === "direct" ? "Direct quotes" : "Reported speech";
    row(`${name} F1`, b.f1, a.f1, "");
    row(`${name} attribution`, b.attributionAccuracy, a.attributionAccuracy, `${b.speakerCorrect}/${b.foundWithSource} -> ${a.speakerCorrect}/${a.foundWithSource}`);
    const nb: NameScore | undefined = before.names?.[category];
    const na: NameScore | undefined = after.names?.[category];
    if (nb && na) row(`${name} by name`, nb.accuracy, na.accuracy, `${nb.right}/${nb.scored} -> ${na.right}/${na.scored}`);
  }
  return lines.map((line) => line.trimEnd());
}
