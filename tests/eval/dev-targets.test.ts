import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateGold } from "../../src/cli/eval";
import { loadGold } from "../../src/cli/gold-files";
import { TARGETS, type AccuracyFigures } from "./targets";
import { POLNEAR } from "../polnear";

const DEV = join(POLNEAR, "dev");
const available = existsSync(join(DEV, "attributions")) && existsSync(join(DEV, "text"));
const title = available
  ? `accuracy on PolNeAR dev (${DEV})`
  : `accuracy on PolNeAR dev: SKIPPED, folder not found: ${DEV} (set WHOSAID_POLNEAR_DIR to the polnear folder)`;
if (!available) console.warn(title);

const KEYS = Object.keys(TARGETS) as Array<keyof AccuracyFigures>;

describe.skipIf(!available)(title, () => {
  let achieved: AccuracyFigures;

  beforeAll(() => {
    // The same reading and scoring as `whosaid eval --gold ../shared/data/polnear/dev`.
    const { report, failures } = evaluateGold(loadGold(DEV).documents, 0);
    expect(failures).toEqual([]);
    achieved = {
      directF1: report.direct.f1,
      directAttribution: report.direct.attributionAccuracy,
      reportedF1: report.reported.f1,
      reportedAttribution: report.reported.attributionAccuracy,
    };
  });

  it.each(KEYS)("meets the issue's target for %s", (key) => {
    expect(achieved[key]).toBeGreaterThanOrEqual(TARGETS[key]);
  });

  it("reports the gap to the issue's TARGETS", () => {
    const rows = KEYS.map((key) => {
      const gap = TARGETS[key] - achieved[key];
      return `${key.padEnd(20)} ${achieved[key].toFixed(3)}  target ${TARGETS[key].toFixed(3)}  ${gap > 0 ? `gap ${gap.toFixed(3)}` : "met"}`;
    });
    console.log(`PolNeAR dev accuracy against TARGETS:\n${rows.join("\n")}`);
    for (const key of KEYS) expect(achieved[key]).toBeGreaterThanOrEqual(0);
    for (const key of KEYS) expect(achieved[key]).toBeLessThanOrEqual(1);
  });
});
