import type { EvalReport } from "../eval";
import type { EvalTiming } from "./eval";

/** The lines under a report: the --show-errors hint, failed articles, and the time taken. */
export function timingFooter(timing: EvalTiming, report: EvalReport, showErrors: number, failed: number): string {
  const lines = [""];
  if (showErrors === 0 && report.errorInstances + (report.names?.errorInstances ?? 0) > 0) lines.push("--show-errors N lists the first N errors in context.");
  if (failed > 0) lines.push(`${failed} document${failed === 1 ? "" : "s"} failed to extract and count as finding nothing.`);
  lines.push(
    `Time: ${timing.extractSeconds.toFixed(2)} s to extract ${timing.documents} document${timing.documents === 1 ? "" : "s"}, ` +
      `${(timing.bytes / 1e6).toFixed(2)} MB (${timing.megabytesPerSecond.toFixed(2)} MB/s); ` +
      `extractor set-up ${timing.setupSeconds.toFixed(2)} s.`,
  );
  return `${lines.join("\n")}\n`;
}
