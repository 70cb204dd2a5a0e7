import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";

/**
 * Run-time grows linearly with the input, adversarial input included. Each test compares the time
 * for 10x the input with the time for 1x: a ratio, not a clock, so a slow or busy machine does not
 * fail it, while a quadratic step (~100x) does. Times are process CPU time, the smaller of two runs
 * after a warm-up: load on a shared machine only ever adds time (to CPU time much less than to wall
 * time), so the smaller run is the steadier figure. (The 10x input's second run is skipped when its
 * first already passes: the verdict is the same.) Sizes keep the file to a few seconds of CPU;
 * docs/limits.md gives figures for 1 MB and 100,000 paragraphs. The paragraph with no full
 * stop is 20,000 vs 200,000 characters: a step that rescans the paragraph per clause or quote mark
 * costs ~4x10^8 character visits at the small size already, far above the linear work, so its
 * ratio would still be ~100.
 */

const RUNS = 2;
const MAX_RATIO = 20;

/** CPU milliseconds of this process (the test's thread, and V8's collector threads). */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The smaller CPU time of RUNS runs, or of fewer once `enough` says the smallest so far will do. */
function minMs(text: string, enough: (ms: number) => boolean = () => false): number {
  let best = Infinity;
  for (let k = 0; k < RUNS && !enough(best); k++) {
    const t0 = cpuMs();
    extractQuotes(text);
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

function ratio(make: (n: number) => string, n: number): number {
  const small = make(n);
  const large = make(10 * n);
  extractQuotes(small); // warm-up: models, lexicons and JIT
  const t1 = minMs(small);
  // The large input runs a second time only when its first run is over the bound: the smaller of
  // the two passes exactly when one of them does, and its runs are most of the file's time.
  const t10 = minMs(large, (ms) => ms / t1 < MAX_RATIO);
  console.log(`${make.name}: ${small.length} chars ${t1.toFixed(0)} ms, ${large.length} chars ${t10.toFixed(0)} ms, ratio ${(t10 / t1).toFixed(1)}`);
  return t10 / t1;
}

/** `“word 17 and more “word 18 and more ...`: opening marks that never close, in one paragraph. */
const unmatchedOpenings = (n: number) => Array.from({ length: n }, (_, i) => `\u201Cword ${i} and more `).join("");

/** One paragraph with no full stop: clauses, cues, names, dates and quoted terms joined by commas. */
const oneParagraph = (chars: number) => {
  const clause = (i: number) => `Mary Smith said on Monday the plan ${i} was "quite wrong" and 'odd' with \u201Clittle hope\u201D, `;
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    parts.push(clause(i));
    length += parts[parts.length - 1]!.length;
  }
  return parts.join("").slice(0, chars);
};

/** Short paragraphs, each a quote with its attribution (pronoun, name or none). */
const shortParagraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `"Yes ${i}," he said.` : i % 3 === 1 ? `Mary Smith${i % 7} said: "No."` : `"Maybe."`)).join("\n");

/** A base64 blob with no space (a pasted data URI), from a fixed pseudo-random sequence. */
const base64Blob = (chars: number) => {
  const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let state = 12345;
  let out = "";
  for (let k = 0; k < chars; k++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out += digits[state >> 25];
  }
  return out;
};

describe("run-time is linear in the input size", () => {
  it("a 100 KB run without a space", () => {
    expect(ratio(base64Blob, 10_000)).toBeLessThan(MAX_RATIO);
  });


  it("10,000 unmatched opening quotes", () => {
    expect(ratio(unmatchedOpenings, 1_000)).toBeLessThan(MAX_RATIO);
  });

  it("a 200 KB paragraph with no full stop", () => {
    expect(ratio(oneParagraph, 20_000)).toBeLessThan(MAX_RATIO);
  });

  it("10,000 short paragraphs", () => {
    expect(ratio(shortParagraphs, 1_000)).toBeLessThan(MAX_RATIO);
  });
});
