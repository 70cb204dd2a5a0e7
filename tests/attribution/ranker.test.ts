import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCandidateCollector } from "../../src/extractor";
import { createExtractor, defaultRules, defineRule, WhosaidError, type ExtractionResult } from "../../src/index";
import { FEATURE_NAMES } from "../../src/attribution/ranker/features";
import { REPO_ROOT } from "../polnear";

const SEED = join(REPO_ROOT, "../shared/seed-article/article.txt");
const INVENTED = [
  `"We will not back down," Ann Lee said on Monday. "Not now."\nThe mayor disagreed. "It is a mistake," he told reporters.`,
  `Factories added jobs in March, the agency said. Ruiz, who chairs the panel, called it "a good start."`,
  `According to Tom Park, the bridge will open in May.\n"It is done," said the engineer, Mia Ford.`,
  `Lee spoke first.\n"Nobody asked us," she said. "Nobody."\n- "We wait," the union wrote in a statement.`,
];
const texts = existsSync(SEED) ? [...INVENTED, readFileSync(SEED, "utf8")] : INVENTED;

/** The quotes as attributed, without the ranker's trace. */
const decisions = (r: ExtractionResult) =>
  r.quotes.map(({ ranking: _, ...q }) => q);

describe("ranker: \"reported\": the ranker for reported speech, the sieve for quotations in marks", () => {
  it.each(texts.map((t, k) => [k, t] as const))("text %i: direct and partial quotes as ranker: false gives them, reported speech as ranker: true", (_, text) => {
    const byDefault = createExtractor({ ranker: "reported", explain: true }).extract(text).quotes;
    const sieve = createExtractor({ ranker: false, explain: true }).extract(text).quotes;
    const ranked = createExtractor({ ranker: true, explain: true }).extract(text).quotes;
    expect(byDefault.map((q) => q.text)).toEqual(sieve.map((q) => q.text));
    byDefault.forEach((q, k) => {
      expect(q).toEqual(q.type === "indirect" ? ranked[k] : sieve[k]);
      expect(q.ranking === undefined).toBe(q.type !== "indirect");
    });
  });

  it("gives reported speech the ranker's choice where the sieve's differs", () => {
    // No rule is confident about these subjects, so the sieve leaves no speaker; the ranker weighs the nearby candidates.
    const speakers = (text: string, ranker: boolean | "reported") => createExtractor({ ranker }).extract(text).quotes.map((q) => q.speaker?.mention.text ?? null);
    for (const [text, ranked] of [
      ["A news report out Wednesday said Harbour Minister Ana Ruiz used a private phone for council business.", "A news report"],
    ] as const) {
      expect(speakers(text, false)).toEqual([null]);
      expect(speakers(text, true)).toEqual([ranked]);
      expect(speakers(text, "reported")).toEqual([ranked]);
    }
  });
});

describe("the rules and the ranker agree", () => {
  it("finds the subject after an opening phrase that the name's extent swallowed, as the ranker does", () => {
    const text = "The head of the ferry union, Tom Park, praised the efforts of a donor to attack the plan.";
    for (const ranker of [false, true, "reported"] as const) {
      expect(createExtractor({ ranker }).extract(text).quotes.map((q) => q.speaker?.mention.text ?? null)).toEqual(["Tom Park"]);
    }
  });
});

describe("ranker: \"reported\"", () => {
  it("decides reported speech differently from the sieve where the ranker chooses otherwise", () => {
    const text = "A news report out Wednesday said Harbour Minister Ana Ruiz used a private phone for council business.";
    expect(createExtractor({ ranker: "reported" }).extract(text).quotes[0]!.speaker?.mention.text).toBe("A news report");
    expect(createExtractor({ ranker: false }).extract(text).quotes[0]!.speaker).toBeNull();
  });
});

describe("the rule sieve (ranker: false, the default)", () => {
  it("is the default", () => {
    for (const text of texts) expect(createExtractor().extract(text)).toEqual(createExtractor({ ranker: false }).extract(text));
    expect(createExtractor({ explain: true }).extract(INVENTED[1]!).quotes[0]).not.toHaveProperty("ranking");
  });

  const sieve = createExtractor({ ranker: false, explain: true });
  const collector = createCandidateCollector();

  it.each(texts.map((t, k) => [k, t] as const))("text %i: the first rule that reaches minConfidence decides, and no later rule is tried", (_, text) => {
    const { quotes } = sieve.extract(text);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.ranking).toBeUndefined();
      const trace = q.explain!;
      const decided = trace.findIndex((t) => t.outcome === "attributed");
      if (decided >= 0) {
        expect(decided).toBe(trace.length - 1);
        expect(q.rule).toBe(trace[decided]!.rule);
        expect(q.confidence).toBe(Math.round(trace[decided]!.confidence! * 1000) / 1000);
      } else {
        const tried = trace.filter((t) => t.confidence !== undefined);
        const best = tried.reduce<(typeof tried)[number] | null>((b, t) => (!b || t.confidence! > b.confidence! ? t : b), null);
        expect(q.rule).toBe(best ? best.rule : "none");
      }
    }
  });

  it.each(texts.map((t, k) => [k, t] as const))("text %i: gathering the ranker's candidates leaves the sieve's decisions as they are", (_, text) => {
    expect(decisions(collector(text))).toEqual(decisions(createExtractor({ ranker: false }).extract(text)));
  });
});

describe("the ranker's choice", () => {
  const ranked = createExtractor({ ranker: true, explain: true });

  it.each(texts.map((t, k) => [k, t] as const))("text %i: without explain (only candidates that can win get every feature) it decides as with explain (all do)", (_, text) => {
    for (const ranker of [true, "reported"] as const) {
      const traced = createExtractor({ ranker, explain: true }).extract(text);
      const plain = createExtractor({ ranker }).extract(text);
      expect(plain.quotes).toEqual(traced.quotes.map(({ ranking: _r, explain: _e, ...q }) => q));
    }
  });

  it("explains each quote: its candidates with rules, features and scores, best first, and the winner", () => {
    const [quote] = ranked.extract(`"We will not back down," Ann Lee said on Monday.`).quotes;
    const ranking = quote!.ranking!;
    expect(ranking.winner).toBe(0);
    const winner = ranking.candidates[0]!;
    expect(winner.mention).toEqual({ text: "Ann Lee", start: 25, end: 32 });
    expect(winner.rules).toContain("trailing-speaker-cue");
    expect(Object.keys(winner.features)).toEqual(FEATURE_NAMES);
    expect(winner.features["after"]).toBe(1);
    expect(winner.features["name"]).toBe(1);
    expect(winner.score).toBeGreaterThanOrEqual(ranking.threshold);
    for (let k = 1; k < ranking.candidates.length; k++) expect(ranking.candidates[k]!.score).toBeLessThanOrEqual(ranking.candidates[k - 1]!.score);
    expect(quote!.speaker).toMatchObject({ name: "Ann Lee", mention: { text: "Ann Lee" } });
    expect(quote!.confidence).toBe(Math.round(winner.score * 1000) / 1000);
  });

  it("marks a candidate a preposition or a verb governs: an unlikely subject", () => {
    const text = "After the rally in Leeds, Tom Park urged Mia Ford to resign, saying the vote was unfair.";
    const quote = ranked.extract(text).quotes.find((q) => q.text === "the vote was unfair")!;
    const governed = Object.fromEntries(quote.ranking!.candidates.map((c) => [c.mention.text, [c.features["afterPreposition"], c.features["verbObject"]]]));
    expect(governed).toMatchObject({ Leeds: [1, 0], "Mia Ford": [0, 1], "Tom Park": [0, 0] });
  });

  it("completes the features of every candidate that can still win, when a late feature decides", () => {
    // Unproposed mentions bound higher (no "proposed" penalty) and are completed first; only the
    // speaker right after "said" has cueBefore, which outweighs the penalty.
    const model = { bias: 0, threshold: 0, weights: { proposed: -1, cueBefore: 10 } };
    const weights = { direct: model, reported: model };
    const text = `Tom Park and Mia Ford left early. "We will win," said Ann Lee.`;
    const [plain] = createExtractor({ ranker: weights }).extract(text).quotes;
    const [traced] = createExtractor({ ranker: weights, explain: true }).extract(text).quotes;
    expect(traced!.ranking!.candidates.map((c) => c.mention.text)).toEqual(expect.arrayContaining(["Tom Park", "Mia Ford", "Ann Lee"]));
    expect(traced!.speaker!.mention.text).toBe("Ann Lee");
    expect(plain!.speaker!.mention.text).toBe("Ann Lee");
    expect(plain!.confidence).toBe(traced!.confidence);
  });

  it("picks the speaker of invented sentences", () => {
    const speakers = (text: string) => ranked.extract(text).quotes.map((q) => [q.text, q.speaker?.mention.text ?? null]);
    expect(speakers(`"It is a mistake," the mayor told reporters on Friday.`)).toEqual([["It is a mistake", "the mayor"]]);
    expect(speakers(`Mia Ford said the bridge would open in May.`)).toEqual([["the bridge would open in May", "Mia Ford"]]);
    expect(speakers(`The senator arrived late.\n"We are not done," she said.`)).toEqual([["We are not done", "she"]]);
  });

  it("gives no speaker when every candidate scores below the threshold and no rule is confident", () => {
    const weights = { direct: { bias: -10, threshold: 0.5, weights: {} }, reported: { bias: -10, threshold: 0.5, weights: {} } };
    const text = `"We will win this vote and the next one," Ann Lee said.`;
    // trailing-speaker-cue attributes it with 0.97, below 0.99: not confident, so the ranker may abstain.
    const [abstained] = createExtractor({ ranker: weights, minConfidence: 0.99, explain: true }).extract(text).quotes;
    expect(abstained!.speaker).toBeNull();
    expect(abstained!.rule).toBe("none");
    expect(abstained!.ranking!.winner).toBeNull();
    expect(abstained!.ranking!.candidates.map((c) => c.mention.text)).toContain("Ann Lee");
    // With the default minConfidence the rule is confident: the ranker's best guess stands.
    const [kept] = createExtractor({ ranker: weights }).extract(text).quotes;
    expect(kept!.speaker!.mention.text).toBe("Ann Lee");
  });

  it("gives a quotation in marks that no rule attributes no speaker, even with people named nearby", () => {
    const text = `Ann Lee met Tom Park on Monday. The talks were "productive" and long.`;
    const [quote] = createExtractor({ ranker: true, explain: true }).extract(text).quotes;
    expect(quote?.speaker ?? null).toBeNull();
  });

  it("follows the weights it is given: a weight on a feature moves the choice", () => {
    const text = `Ann Lee met Tom Park. "We will win," he said.`;
    const prefer = (feature: string) => ({
      direct: { bias: 0, threshold: 0, weights: { [feature]: 5 } },
      reported: { bias: 0, threshold: 0, weights: {} },
    });
    const speaker = (feature: string) => createExtractor({ ranker: prefer(feature) }).extract(text).quotes[0]!.speaker?.mention.text;
    expect(speaker("pronoun")).toBe("he");
    expect(speaker("sentenceInitial")).toBe("Ann Lee");
  });

  it("lets a custom rule that reaches minConfidence decide over the ranker, unless a built-in rule before it is confident", () => {
    const house = defineRule({
      id: "house-signature",
      description: "The name signed after a dash",
      apply: (ctx) => {
        const m = ctx.mentions.find((x) => x.text === "Tom Park");
        return m ? { speaker: m, confidence: 0.9 } : null;
      },
    });
    const text = `"We will win," Ann Lee said. -- Tom Park`;
    const [quote] = createExtractor({ rules: [house, ...defaultRules], ranker: true, explain: true }).extract(text).quotes;
    expect(quote!.rule).toBe("house-signature");
    expect(quote!.speaker!.mention.text).toBe("Tom Park");
    expect(quote!.ranking).toEqual({ candidates: [], winner: null, threshold: 0, decidedBy: "house-signature" });
    // Placed after the built-in rules, as in the sieve, it decides only what they leave.
    const [last] = createExtractor({ rules: [...defaultRules, house], ranker: true }).extract(text).quotes;
    expect(last!.speaker!.mention.text).toBe("Ann Lee");
  });

  it("rejects weights that are not the trainer's format with a typed error", () => {
    const bad = { direct: { bias: 0, threshold: 2, weights: {} }, reported: { bias: 0, threshold: 0, weights: {} } };
    expect(() => createExtractor({ ranker: bad })).toThrow(WhosaidError);
    expect(() => createExtractor({ ranker: bad })).toThrow(/threshold in 0\.\.1/);
    expect(() => createExtractor({ ranker: "yes" as unknown as boolean })).toThrow(/ranker must be true, false, "reported" or weights/);
  });
});
