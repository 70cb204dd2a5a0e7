import { describe, expect, it } from "vitest";
import { createExtractor, defaultRules, defineRule, WhosaidError, type Rule, type RuleContext } from "../../src/index";

const TEXT = `"We are ready," a spokesman said.`;

/** The WhosaidError an extraction with `rule` first throws. */
function failure(rule: Rule): WhosaidError {
  try {
    createExtractor({ rules: [rule, ...defaultRules] }).extract(TEXT);
  } catch (error) {
    if (error instanceof WhosaidError) return error;
    throw error;
  }
  throw new Error("expected the extraction to fail");
}

/** A rule whose apply returns what `make` gives it (plain object: no defineRule, as a JS user might write). */
const returning = (make: (ctx: RuleContext) => unknown): Rule => ({
  id: "bad-rule",
  description: "Returns something it should not",
  apply: (ctx) => make(ctx) as ReturnType<Rule["apply"]>,
});

/** The error an invalid option throws when the extractor is created. */
function optionError(make: () => unknown): WhosaidError {
  try {
    make();
  } catch (error) {
    if (error instanceof WhosaidError) return error;
    throw error;
  }
  throw new Error("expected an INVALID_OPTION error");
}

describe("a rule that misbehaves while attributing fails with RULE_FAILED naming it", () => {
  it("throws", () => {
    const cause = new Error("boom");
    const error = failure(returning(() => {
      throw cause;
    }));
    expect(error.code).toBe("RULE_FAILED");
    expect(error.message).toBe('Rule "bad-rule" threw while attributing the quote "We are ready" at [1, 13): boom');
    expect(error.cause).toBe(cause);
  });

  it("throws something that is not an Error", () => {
    const thrown: Array<[unknown, string]> = [
      ["boom", "boom"],
      [42, "42"],
      [Symbol("odd"), "Symbol(odd)"],
      [Object.create(null), "[object Object]"],
      [{ toString: () => { throw new Error("no string form"); } }, "[object Object]"],
    ];
    for (const [value, shown] of thrown) {
      const error = failure(returning(() => {
        throw value;
      }));
      expect(error.code).toBe("RULE_FAILED");
      expect(error.message).toBe(`Rule "bad-rule" threw while attributing the quote "We are ready" at [1, 13): ${shown}`);
      expect(error.cause).toBe(value);
    }
  });

  it("returns an object whose getter or proxy throws", () => {
    const getter = failure(returning(() => ({
      get speaker(): never {
        throw new TypeError("no speaker here");
      },
      confidence: 0.9,
    })));
    expect(getter.code).toBe("RULE_FAILED");
    expect(getter.message).toBe('Rule "bad-rule" threw while attributing the quote "We are ready" at [1, 13): no speaker here');
    expect(getter.cause).toBeInstanceOf(TypeError);
    const trap = () => {
      throw new RangeError("trapped");
    };
    const proxy = failure(returning(() => new Proxy({}, { get: trap, has: trap })));
    expect(proxy.message).toBe('Rule "bad-rule" threw while attributing the quote "We are ready" at [1, 13): trapped');
  });

  it("a getter is read once: the value checked is the value used", () => {
    let reads = 0;
    const rule = returning(() => ({
      get speaker() {
        return reads++ === 0 ? { start: 16, end: 27 } : { start: -5, end: 99 };
      },
      confidence: 0.9,
    }));
    const result = createExtractor({ rules: [rule] }).extract(TEXT);
    expect(result.quotes.map((q) => [q.rule, q.speaker?.mention])).toEqual([["bad-rule", { text: "a spokesman", start: 16, end: 27 }]]);
  });

  it("returns offsets outside the text", () => {
    const error = failure(returning(() => ({ speaker: { start: 30, end: 80 }, confidence: 0.9 })));
    expect(error.code).toBe("RULE_FAILED");
    expect(error.message).toBe('Rule "bad-rule" returned a speaker span [30, 80) outside the text (length 33), for the quote "We are ready" at [1, 13)');
  });

  it("returns an empty or reversed span, or a cue outside the text", () => {
    expect(failure(returning(() => ({ speaker: { start: 5, end: 5 }, confidence: 0.9 }))).message).toBe(
      'Rule "bad-rule" returned a speaker span [5, 5) outside the text (length 33), for the quote "We are ready" at [1, 13)',
    );
    const cue = failure(returning((ctx) => ({ speaker: ctx.mentions[0], cue: { text: "said", start: -1, end: 3 }, confidence: 0.9 })));
    expect(cue.message).toBe('Rule "bad-rule" returned a cue span [-1, 3) outside the text (length 33), for the quote "We are ready" at [1, 13)');
  });

  it("returns a speaker mention that is not one of the article's (a copy)", () => {
    const error = failure(returning((ctx) => ({ speaker: { ...ctx.mentions[0]! }, confidence: 0.9 })));
    expect(error.code).toBe("RULE_FAILED");
    expect(error.message).toBe(
      'Rule "bad-rule" returned speaker mention "m1", which is not one of context.mentions (return the mention itself, or a { start, end } span), for the quote "We are ready" at [1, 13)',
    );
  });

  it("returns a confidence that is not a number in 0..1", () => {
    for (const confidence of [1.5, -0.1, Number.NaN, "high"]) {
      const error = failure(returning((ctx) => ({ speaker: ctx.mentions[0], confidence })));
      expect(error.code).toBe("RULE_FAILED");
      expect(error.message).toBe(`Rule "bad-rule" returned confidence ${String(confidence)}, which is not a number in 0..1, for the quote "We are ready" at [1, 13)`);
    }
  });

  it("returns no speaker, a primitive, a promise, or passes without a reason", () => {
    expect(failure(returning(() => ({ confidence: 0.9 }))).message).toBe(
      'Rule "bad-rule" returned no speaker (return null or context.pass(reason) to pass), for the quote "We are ready" at [1, 13)',
    );
    expect(failure(returning(() => "Lavrov")).message).toBe(
      'Rule "bad-rule" returned "Lavrov"; apply() must synchronously return an attribution, context.pass(reason) or null',
    );
    expect(failure(returning(() => Promise.resolve(null))).message).toBe(
      'Rule "bad-rule" returned a promise; apply() must synchronously return an attribution, context.pass(reason) or null',
    );
    expect(failure(returning(() => ({ pass: 42 }))).message).toBe('Rule "bad-rule" passed with number 42; give the reason as a string');
  });

  it("a well-behaved rule that passes with null or undefined is fine", () => {
    for (const value of [null, undefined]) {
      const result = createExtractor({ rules: [returning(() => value), ...defaultRules] }).extract(TEXT);
      expect(result.quotes.map((q) => q.rule)).toEqual(["trailing-speaker-cue"]);
    }
  });
});

describe("a malformed rule is an INVALID_OPTION when the extractor (or the rule) is made", () => {
  const apply = () => null;

  it("two rules with the same id", () => {
    const error = optionError(() => createExtractor({ rules: [...defaultRules, defineRule({ id: "dash-speaker", description: "Mine", apply })] }));
    expect(error.code).toBe("INVALID_OPTION");
    expect(error.message).toBe('Two rules share the id "dash-speaker" (rules[14])');
  });

  it("a rule without a description, as a plain object or through defineRule", () => {
    const rule = { id: "house-tweeted", apply } as unknown as Rule;
    const viaOptions = optionError(() => createExtractor({ rules: [rule] }));
    expect(viaOptions.code).toBe("INVALID_OPTION");
    expect(viaOptions.message).toBe('Rule "house-tweeted" needs a one-line description');
    expect(optionError(() => defineRule(rule)).message).toBe('Rule "house-tweeted" needs a one-line description');
    expect(optionError(() => defineRule({ id: "two-lines", description: "One\nTwo", apply })).message).toBe(
      'Rule "two-lines" needs a one-line description',
    );
  });

  it("a bad id, no apply function, unknown quote types, a non-object, a non-array", () => {
    expect(optionError(() => defineRule({ id: "House Tweeted", description: "x", apply })).message).toBe(
      'Rule id "House Tweeted" must be kebab-case, e.g. "house-tweeted"',
    );
    expect(optionError(() => createExtractor({ rules: [{ id: "no-apply", description: "x" } as unknown as Rule] })).message).toBe(
      'Rule "no-apply" needs an apply(context) function',
    );
    expect(optionError(() => defineRule({ id: "typed", description: "x", types: ["quoted" as "direct"], apply })).message).toBe(
      'Rule "typed" has types ["quoted"]; use "direct", "partial" and "indirect"',
    );
    expect(optionError(() => createExtractor({ rules: [null as unknown as Rule] })).message).toBe("A rule must be an object, got null (rules[0])");
    expect(optionError(() => createExtractor({ rules: "all" as unknown as Rule[] })).message).toBe("rules must be an array of rules");
  });
});
