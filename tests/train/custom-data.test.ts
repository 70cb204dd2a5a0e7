/**
 * A newsroom's own data: `npm run train -- --data gold.jsonl --out FILE` learns a planted cue word
 * from invented gold JSONL, the extractor uses the file through `learned`, and
 * `whosaid eval --learned --compare` shows the quote it gains.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBratAnnotations } from "../../src/eval/brat";
import { createExtractor, WhosaidError, type LearnedLexicon } from "../../src/index";
import { trainLexicon } from "../../src/train";
import { trainCommandIn } from "./train-run";
import { whosaid } from "../cli/helpers";
import { bratFiles, CHORTLED_CORPUS } from "./brat-corpus";

const { tmp, run } = trainCommandIn("whosaid-train-data-");

const range = (text: string, words: string) => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return { start, end: start + words.length };
};

/** One gold JSONL line per sentence: `[text, source, cue, content]`, reported speech. */
function goldJsonl(name: string, sentences: ReadonlyArray<readonly [string, string, string | null, string]>): string {
  const lines = sentences.map(([text, source, cue, content], i) =>
    JSON.stringify({
      id: `${name}-${i + 1}`,
      text,
      quotes: [{ ...range(text, content), speaker: range(text, source), ...(cue && { cue: range(text, cue) }), type: "indirect" }],
    }),
  );
  const file = join(tmp, name);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

/** The planted cue "blorped", annotated three times and never used otherwise. */
const BLORPED = [
  ["Mara Quill blorped that the bridge would open in May.", "Mara Quill", "blorped", "that the bridge would open in May"],
  ["Dov Brand blorped that the ferry was late again.", "Dov Brand", "blorped", "that the ferry was late again"],
  ["The council blorped that the budget talks had ended.", "The council", "blorped", "that the budget talks had ended"],
] as const;

const NEW_SENTENCE = "Kim Oduya blorped that the ferry would stop running in June.";

describe("npm run train -- --data gold.jsonl", () => {
  it("learns the planted cue from gold JSONL with cue ranges", () => {
    const result = run(["--data", goldJsonl("blorped.jsonl", BLORPED), "--out", "ours.json"]);
    expect([result.status, result.err]).toEqual([0, `train: 3 articles from ${join(tmp, "blorped.jsonl")}\ntrain: wrote ours.json (0.5 KB): 1 cues, 0 titles, 0 source heads, 0 pronouns`]);
    const learned = JSON.parse(readFileSync(join(tmp, "ours.json"), "utf8"));
    expect(learned.cues).toEqual({
      blorped: { count: 3, precision: 1, relations: 3, that: 1, quote: 0, sourceBefore: 1, sourceAfter: 0, contentBefore: 0, takes: "that" },
    });
    expect(learned.meta).toMatchObject({ corpus: "blorped.jsonl (gold JSONL)", articles: 3, relations: 3 });
  });

  it("learns from JSONL what it learns from the same annotations in brat", () => {
    const brat = CHORTLED_CORPUS.map((article) => {
      const { text, ann } = bratFiles(article);
      return { id: article.id, text, annotations: readBratAnnotations(ann, text) };
    });
    const lines = brat.map(({ id, text, annotations }) => {
      const one = (spans: ReadonlyArray<{ start: number; end: number }> | null) => spans && { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
      const quotes = annotations.relations.map((r) => ({ ...one(r.content), speaker: one(r.source), cue: one(r.cue), type: r.hasQuoteMark ? "direct" : "indirect" }));
      return JSON.stringify({ id, text, quotes });
    });
    writeFileSync(join(tmp, "chortled.jsonl"), `${lines.join("\n")}\n`);
    expect(run(["--data", join(tmp, "chortled.jsonl"), "--out", "chortled.json", "--quiet"]).status).toBe(0);
    const fromJsonl = JSON.parse(readFileSync(join(tmp, "chortled.json"), "utf8"));
    expect(fromJsonl.cues).toEqual(trainLexicon(brat, "brat").learned.cues);
    expect(Object.keys(fromJsonl.cues)).toEqual(["chortled"]);
  });

  it("says how many quotes have no cue, and learns no cue from them", () => {
    const noCue = BLORPED.map(([text, source, , content]) => [text, source, null, content] as const);
    const result = run(["--data", goldJsonl("no-cue.jsonl", noCue), "--out", "no-cue.json"]);
    expect(result.status).toBe(0);
    expect(result.err).toContain('train: 3 of 3 quotes have no "cue": {"start", "end"} and teach no cue words');
    expect(JSON.parse(readFileSync(join(tmp, "no-cue.json"), "utf8")).cues).toEqual({});
  });

  it("needs --out with --data, so the shipped lexicon is replaced only when asked", () => {
    const result = run(["--data", join(tmp, "blorped.jsonl")]);
    expect(result.status).toBe(2);
    expect(result.err).toMatch(/^train: --data needs --out FILE \(--out src\/lexicon\/learned\.json replaces the shipped lexicon\)\nusage: /);
    expect(existsSync(join(tmp, "src"))).toBe(false);
  });

  it("names the line of an invalid JSONL file, with status 1", () => {
    writeFileSync(join(tmp, "bad.jsonl"), '{"id": "a", "text": "x", "quotes": [{"start": 0, "end": 1, "speaker": null, "type": "direct", "cue": {"start": 0, "end": 9}}]}\n');
    const result = run(["--data", join(tmp, "bad.jsonl"), "--out", "never.json"]);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/^train: .*bad\.jsonl: gold JSONL line 1 \(quotes\[0\]\.cue\.end\): 9 is past the end of text \(length 1\)\n/);
    expect(existsSync(join(tmp, "never.json"))).toBe(false);
  });
});

describe("the learned lexicon at run time", () => {
  const learned = (): LearnedLexicon => JSON.parse(readFileSync(join(tmp, "ours.json"), "utf8"));
  const brief = (lexicon?: LearnedLexicon) =>
    createExtractor(lexicon && { learned: lexicon })
      .extract(NEW_SENTENCE)
      .quotes.map((q) => [q.type, q.text, q.speaker?.name, q.cue?.text]);

  it("createExtractor({ learned }) reports speech with the learned cue; the built-in lexicon does not", () => {
    expect(brief()).toEqual([]);
    expect(brief(learned())).toEqual([["indirect", "the ferry would stop running in June", "Kim Oduya", "blorped"]]);
  });

  it.each([
    ["not an object", 5, "learned must be an object with a cues map, got number"],
    ["no cues", {}, "learned.cues must be an object of cue form -> figures"],
    ["a bad takes", { cues: { x: { precision: 1, takes: "speech", contentBefore: 0, sourceBefore: 1, sourceAfter: 0 } } }, 'learned.cues["x"].takes must be one of quote, that, clause, to, wh, np, got "speech"'],
    ["a missing share", { cues: { x: { precision: 1, takes: "that", contentBefore: 0, sourceBefore: 1 } } }, 'learned.cues["x"].sourceAfter must be a number in 0..1, got undefined'],
  ])("rejects %s with INVALID_OPTION", (_case, value, message) => {
    let error: unknown;
    try {
      createExtractor({ learned: value as LearnedLexicon });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(WhosaidError);
    expect((error as WhosaidError).code).toBe("INVALID_OPTION");
    expect((error as WhosaidError).message).toBe(`${message} (pass the parsed JSON that npm run train writes)`);
  });

  it("whosaid eval --learned --compare lists the quote the learned cue finds", async () => {
    const gold = goldJsonl("kim.jsonl", [[NEW_SENTENCE, "Kim Oduya", "blorped", "the ferry would stop running in June"]]);
    const result = await whosaid(["eval", "--gold", gold, "--learned", join(tmp, "ours.json"), "--compare", "--format", "json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const { before, after, changes } = JSON.parse(result.stdout);
    expect([before.reported.found, after.reported.found, after.label]).toEqual([0, 1, `--learned ${join(tmp, "ours.json")}`]);
    expect(changes.map((c: { verdict: string; before: { quoteId: string | null }; after: { speaker: string } }) => [c.verdict, c.before.quoteId, c.after.speaker])).toEqual([
      ["fixed", null, "Kim Oduya"],
    ]);
  });
});
