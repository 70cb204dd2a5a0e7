import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import learned from "../src/lexicon/learned.json";
import type { LearnedCue as CueEntry } from "../src/train/learn-cues";

const cues = learned.cues as Record<string, CueEntry>;
const titles = learned.titles as Record<string, number>;
const sourceHeads = learned.sourceHeads as Record<string, number>;
const pronounSourceShare = learned.pronounSourceShare as Record<string, number>;
const thresholds = learned.meta.thresholds;

const isNormalised = (k: string) => k.length > 0 && k === k.trim() && k === k.toLowerCase() && !/\s{2,}/.test(k);
const isSorted = (keys: string[]) => keys.every((k, i) => i === 0 || (keys[i - 1] as string) < k);

describe("src/lexicon/learned.json", () => {
  it("has the expected top-level structure", () => {
    expect(Object.keys(learned).sort()).toEqual(["cues", "meta", "pronounSourceShare", "sourceHeads", "titles"]);
    expect(learned.meta.articles).toBe(840);
    expect(thresholds.cueMinCount).toBeGreaterThanOrEqual(3);
    expect(thresholds.cueMinPrecision).toBeGreaterThanOrEqual(0.15);
    expect(Object.keys(cues).length).toBeGreaterThan(100);
    expect(Object.keys(titles).length).toBeGreaterThan(20);
    expect(Object.keys(sourceHeads).length).toBeGreaterThan(20);
  });

  it.each(["said", "told", "according to", "added"])("contains the cue %j with count > 0 and precision in (0, 1]", (cue) => {
    const e = cues[cue];
    expect(e).toBeDefined();
    expect(e!.count).toBeGreaterThan(0);
    expect(e!.precision).toBeGreaterThan(0);
    expect(e!.precision).toBeLessThanOrEqual(1);
  });

  it("learns the argument pattern and Source side of the main cues", () => {
    expect(cues["according to"]!.sourceAfter).toBeGreaterThan(0.9);
    expect(cues["said"]!.sourceBefore).toBeGreaterThan(cues["said"]!.sourceAfter);
    expect(cues["said"]!.quote).toBeGreaterThan(0.3);
    expect(cues["noted"]!.that).toBeGreaterThan(0.3);
  });

  it("has lowercase, trimmed cue keys and well-formed entries within the thresholds", () => {
    for (const [k, e] of Object.entries(cues)) {
      expect(isNormalised(k), k).toBe(true);
      expect(Number.isInteger(e.count)).toBe(true);
      expect(e.count).toBeGreaterThanOrEqual(thresholds.cueMinCount);
      expect(e.precision).toBeGreaterThanOrEqual(thresholds.cueMinPrecision);
      expect(e.precision).toBeLessThanOrEqual(1);
      expect(e.relations).toBeGreaterThan(0);
      for (const f of [e.that, e.quote, e.sourceBefore, e.sourceAfter, e.contentBefore]) {
        expect(f).toBeGreaterThanOrEqual(0);
        expect(f).toBeLessThanOrEqual(1);
      }
      expect(e.sourceBefore + e.sourceAfter).toBeLessThanOrEqual(1.01);
      expect(["quote", "that", "clause", "to", "wh", "np"]).toContain(e.takes);
    }
  });

  it("has lowercase titles and source heads with counts >= their thresholds", () => {
    for (const [k, n] of Object.entries(titles)) {
      expect(isNormalised(k), k).toBe(true);
      expect(n).toBeGreaterThanOrEqual(thresholds.titleMinCount);
    }
    for (const [k, n] of Object.entries(sourceHeads)) {
      expect(isNormalised(k), k).toBe(true);
      expect(n).toBeGreaterThanOrEqual(thresholds.sourceHeadMinCount);
    }
    for (const t of ["president", "spokesman", "sen.", "secretary", "official"]) expect(titles[t], t).toBeGreaterThan(0);
    for (const h of ["campaign", "officials", "poll"]) expect(sourceHeads[h], h).toBeGreaterThan(0);
  });

  it("has pronoun shares that are fractions summing to the total", () => {
    const values = Object.values(pronounSourceShare);
    for (const v of values) {
      expect(v).toBeGreaterThan(0);
      expect(v).toBeLessThan(1);
    }
    expect(pronounSourceShare["he"]!).toBeGreaterThan(pronounSourceShare["she"]!);
    const sum = values.reduce((a, b) => a + b, 0);
    expect(sum).toBeLessThanOrEqual(learned.meta.pronounSourceShareTotal + 0.001);
    expect(sum).toBeGreaterThan(learned.meta.pronounSourceShareTotal - 0.01);
  });

  it("is deterministic in form: sorted keys, compact, under 100 KB", () => {
    expect(isSorted(Object.keys(cues))).toBe(true);
    expect(isSorted(Object.keys(titles))).toBe(true);
    expect(isSorted(Object.keys(sourceHeads))).toBe(true);
    expect(isSorted(Object.keys(pronounSourceShare))).toBe(true);
    const raw = readFileSync(new URL("../src/lexicon/learned.json", import.meta.url), "utf8");
    expect(raw.length).toBeLessThan(100 * 1024);
  });
});

describe("the present tense of a learned verb that train never showed in it", () => {
  it("is a cue with the past form's figures, needing a verb tag", async () => {
    const { buildCueLexicon } = await import("../src/lexicon/cues");
    const cues = (learned as { cues: Record<string, unknown> }).cues;
    // The premise: train taught remind, reminded and reminding, never "reminds".
    expect(["remind", "reminded", "reminding"].every((form) => form in cues)).toBe(true);
    expect("reminds" in cues).toBe(false);
    const entry = buildCueLexicon().get("reminds");
    expect(entry && { weight: entry.weight, ambiguous: entry.ambiguous, takes: entry.takes }).toEqual({
      weight: (cues.reminded as { precision: number }).precision, ambiguous: true, takes: "clause",
    });
  });

  it("reports as the past tense does", async () => {
    const { extractQuotes } = await import("../src/index");
    const quotes = extractQuotes("The secretariat reminds members that dues must be paid by the end of the month.").quotes;
    expect(quotes.map((q) => [q.text, q.cue?.text, q.speaker?.mention.text])).toEqual([
      ["dues must be paid by the end of the month", "reminds", "The secretariat"],
    ]);
  });
});
