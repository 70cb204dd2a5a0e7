import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createExtractor, extractQuotes, WhosaidError, type WhosaidErrorCode } from "../../src/index";

/** Runs `f` and returns the WhosaidError it throws (failing if it throws anything else or nothing). */
function errorOf(f: () => unknown): WhosaidError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(WhosaidError);
    return error as WhosaidError;
  }
  throw new Error("expected a WhosaidError, nothing was thrown");
}

const codeOf = (f: () => unknown): WhosaidErrorCode => errorOf(f).code;

describe("WhosaidError codes", () => {
  it("INVALID_TEXT for anything but a string", () => {
    for (const text of [null, undefined, 42, { text: "hi" }, ["a"], Buffer.from("hi")]) {
      expect(codeOf(() => extractQuotes(text as never))).toBe("INVALID_TEXT");
    }
    const e = errorOf(() => extractQuotes(null as never));
    expect(e.name).toBe("WhosaidError");
    expect(e.message).toBe("extract() needs the article as a string, got null");
  });

  it("INVALID_DATE for an articleDate that is not a real day", () => {
    for (const articleDate of ["2021-02-30", "28/12/2021", "yesterday", "", new Date("nope"), 20211228]) {
      expect(codeOf(() => extractQuotes("He said hi.", { articleDate: articleDate as never }))).toBe("INVALID_DATE");
      expect(codeOf(() => createExtractor({ articleDate: articleDate as never }))).toBe("INVALID_DATE");
    }
    expect(extractQuotes("x", { articleDate: "2024-02-29" }).articleDate).toBe("2024-02-29");
    expect(extractQuotes("x", { articleDate: "0050-01-01" }).articleDate).toBe("0050-01-01");
    expect(extractQuotes("x", { articleDate: new Date("2021-12-28T10:00:00Z") }).articleDate).toBe("2021-12-28");
  });

  it("INVALID_OPTION for malformed options, before any text is read", () => {
    const bad: Array<[string, () => unknown]> = [
      ["options null", () => createExtractor(null as never)],
      ["extract options null", () => extractQuotes("x", null as never)],
      ["extract options a number", () => extractQuotes("x", 5 as never)],
      ["minConfidence 2", () => createExtractor({ minConfidence: 2 })],
      ["minConfidence NaN", () => createExtractor({ minConfidence: Number.NaN })],
      ["maxInputLength 0", () => createExtractor({ maxInputLength: 0 })],
      ["maxInputLength 1.5", () => createExtractor({ maxInputLength: 1.5 })],
      ["rules not an array", () => createExtractor({ rules: {} as never })],
      ["rule without apply", () => createExtractor({ rules: [{ id: "x" }] as never })],
      ["quoteMarks not an array", () => createExtractor({ quoteMarks: 5 as never })],
      ["quote mark of two characters", () => createExtractor({ quoteMarks: [{ open: "<<", close: ">>" }] })],
      ["knownSpeakers not an array", () => createExtractor({ knownSpeakers: "Bob" as never })],
      ["known speaker without a name", () => createExtractor({ knownSpeakers: [{ name: " " }] })],
      ["aliases not an array", () => createExtractor({ knownSpeakers: [{ name: "Bob", aliases: "B" as never }] })],
      ["cues not an object", () => createExtractor({ cues: "said" as never })],
      ["cues.add a string", () => createExtractor({ cues: { add: "tweet" as never } })],
      ["cues.add with a number", () => createExtractor({ cues: { add: [5 as never] } })],
      ["cues.replace not a boolean", () => createExtractor({ cues: { replace: "yes" as never } })],
      ["explain not a boolean", () => createExtractor({ explain: 1 as never })],
    ];
    for (const [what, f] of bad) expect(codeOf(f), what).toBe("INVALID_OPTION");
  });

  it("INVALID_DATE for a Date outside the years 0000-9999, which has no YYYY-MM-DD form", () => {
    const years = (y: number) => new Date(new Date(0).setUTCFullYear(y, 5, 1));
    for (const articleDate of [new Date(8.64e15), new Date(-8.64e15), years(-1), years(10_000)]) {
      const e = errorOf(() => extractQuotes("He said hi.", { articleDate }));
      expect(e.code).toBe("INVALID_DATE");
      expect(e.message).toBe(`articleDate must be in the years 0000 to 9999, got ${articleDate.toISOString()}`);
      expect(codeOf(() => createExtractor({ articleDate }))).toBe("INVALID_DATE");
    }
    expect(extractQuotes("x", { articleDate: years(0) }).articleDate).toBe("0000-06-01");
    expect(extractQuotes("x", { articleDate: years(9999) }).articleDate).toBe("9999-06-01");
  });

  it("INPUT_TOO_LARGE above maxInputLength, counted in UTF-16 code units", () => {
    const small = createExtractor({ maxInputLength: 10 });
    expect(small.extract("0123456789").quotes).toEqual([]);
    const e = errorOf(() => small.extract("0123456789A"));
    expect(e.code).toBe("INPUT_TOO_LARGE");
    expect(e.message).toBe("The text has 11 characters, more than maxInputLength (10)");
    // One emoji is two code units.
    expect(codeOf(() => small.extract("012345678\u{1F600}"))).toBe("INPUT_TOO_LARGE");
  });

  it("INPUT_TOO_LARGE by default above 20,000,000 characters", () => {
    expect(codeOf(() => extractQuotes(" ".repeat(20_000_001)))).toBe("INPUT_TOO_LARGE");
  });
});

describe("RULE_FAILED", () => {
  it("names a custom rule that throws", () => {
    const broken = { id: "broken", description: "throws", apply: () => { throw new Error("boom"); } };
    const e = errorOf(() => createExtractor({ rules: [broken] }).extract('"Hi," he said.'));
    expect(e.code).toBe("RULE_FAILED");
    expect(e.message).toBe('Rule "broken" threw while attributing the quote "Hi" at [1, 3): boom');
  });
});

describe("options that are not what they seem", () => {
  it("cues named like Object.prototype's properties are ordinary verbs", () => {
    const extractor = createExtractor({ cues: { add: ["constructor", "__proto__", "toString"], remove: ["hasOwnProperty"] } });
    const result = extractor.extract('"We will win," Bob Lee constructored.');
    expect(result.quotes.map((q) => [q.text, q.speaker?.name, q.cue?.text])).toEqual([["We will win", "Bob Lee", "constructored"]]);
  });

  it("an option whose getter throws is INVALID_OPTION, with the thrown error as cause", () => {
    const cause = new Error("no rules today");
    const options = {
      get rules(): never {
        throw cause;
      },
    };
    const e = errorOf(() => createExtractor(options));
    expect([e.code, e.message, e.cause]).toEqual(["INVALID_OPTION", "Reading the options threw: no rules today", cause]);
    const trap = () => {
      throw new Error("trapped");
    };
    expect(codeOf(() => createExtractor({ knownSpeakers: [new Proxy({ name: "Ann" }, { get: trap })] }))).toBe("INVALID_OPTION");
    expect(codeOf(() => extractQuotes("x", new Proxy({}, { get: trap })))).toBe("INVALID_OPTION");
  });
});

describe("WhosaidError.is", () => {
  it("recognises an error from the CommonJS build in the ESM build, where instanceof cannot", async () => {
    const cjs = createRequire(import.meta.url)("../../dist/index.cjs") as typeof import("../../src/index");
    const esm = (await import("../../dist/index.js")) as typeof import("../../src/index");
    let fromCjs: unknown;
    try {
      cjs.extractQuotes(null as never);
    } catch (error) {
      fromCjs = error;
    }
    expect((fromCjs as WhosaidError).code).toBe("INVALID_TEXT");
    expect(fromCjs instanceof esm.WhosaidError).toBe(false);
    expect(esm.WhosaidError.is(fromCjs)).toBe(true);
    expect(cjs.WhosaidError.is(new esm.WhosaidError("RULE_FAILED", "x"))).toBe(true);
    expect(WhosaidError.is(fromCjs)).toBe(true);
  });

  it("is false for everything else", () => {
    const lookalike = Object.assign(new Error("x"), { name: "WhosaidError", code: "INVALID_TEXT" });
    const trap = () => {
      throw new Error("trapped");
    };
    for (const value of [lookalike, new Error("x"), { code: "INVALID_TEXT" }, null, undefined, "WhosaidError", new Proxy({}, { get: trap })]) {
      expect(WhosaidError.is(value)).toBe(false);
    }
    expect(WhosaidError.is(new WhosaidError("INVALID_OPTION", "x"))).toBe(true);
  });

  it("the brand is not one of an error's own fields", () => {
    const e = new WhosaidError("INVALID_DATE", "x");
    expect(Object.getOwnPropertySymbols(e)).toEqual([]);
    expect(JSON.stringify({ ...e })).toBe('{"code":"INVALID_DATE","name":"WhosaidError"}');
  });
});
