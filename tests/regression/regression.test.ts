import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";
import { checkInvariants } from "../robustness/invariants";
import { actualFor, readCases } from "./corpus";

/**
 * Hand-made nasty cases (tests/regression/cases): each NAME.txt has a NAME.expected.json written
 * by hand from what a careful editor would answer, listing every quote with the fields asserted.
 * Cases the library still gets wrong live in known-failures/ with the right answer, are listed in
 * known-failures/README.md, and this test fails when one starts passing, so it can move to cases/.
 */

const here = import.meta.dirname;
const cases = readCases(join(here, "cases"));
const knownFailures = readCases(join(here, "known-failures"));

describe("regression corpus", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const c of cases) {
    it(c.name, () => {
      const result = extractQuotes(c.text);
      checkInvariants(c.text, result);
      expect(actualFor(result, c.expected.quotes)).toEqual(c.expected.quotes);
    });
  }
});

describe("known failures", () => {
  const listed = readFileSync(join(here, "known-failures", "README.md"), "utf8");

  it("are each listed in known-failures/README.md, and nothing else is", () => {
    const names = [...listed.matchAll(/^- `([\w-]+)`/gm)].map((m) => m[1]);
    expect(names).toEqual(knownFailures.map((c) => c.name));
    expect(readdirSync(join(here, "known-failures")).filter((f) => f.endsWith(".txt")).length).toBe(knownFailures.length);
  });

  for (const c of knownFailures) {
    it(`${c.name} is still wrong (move it to cases/ once it passes)`, () => {
      const result = extractQuotes(c.text);
      checkInvariants(c.text, result);
      expect(actualFor(result, c.expected.quotes)).not.toEqual(c.expected.quotes);
    });
  }
});
