import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBratAnnotations } from "../../src/eval/brat";
import { trainLexicon, type TrainingArticle } from "../../src/train";
import { THRESHOLDS } from "../../src/train/thresholds";
import { trainCommandIn } from "./train-run";
import { bratFiles, CHORTLED_CORPUS, writeBratFolder } from "./brat-corpus";

const articles: TrainingArticle[] = CHORTLED_CORPUS.map((article) => {
  const { text, ann } = bratFiles(article);
  return { id: article.id, text, annotations: readBratAnnotations(ann, text) };
});

const { tmp, run } = trainCommandIn("whosaid-train-");

describe("trainLexicon on an invented corpus", () => {
  const { learned } = trainLexicon(articles, "invented");

  it("learns the planted cue with its count, precision and argument shares", () => {
    // 3 annotated occurrences of 4 outside quotation marks; one Content each: a that-clause, a
    // quotation before the cue, a to-infinitive (tie broken by name: "quote").
    expect(learned.cues).toEqual({
      chortled: {
        count: 3,
        precision: 0.75,
        relations: 3,
        that: 0.33,
        quote: 0.33,
        sourceBefore: 1,
        sourceAfter: 0,
        contentBefore: 0.33,
        takes: "quote",
      },
    });
  });

  it("keeps below-threshold cues out and writes the meta", () => {
    // "said" is annotated once: under cueMinCount.
    expect(learned.meta).toEqual({
      corpus: "invented",
      articles: 2,
      relations: 4,
      thresholds: THRESHOLDS,
      pronounSourceShareTotal: 0,
      pronounSourceShareQuotes: 0,
    });
    expect([learned.titles, learned.sourceHeads, learned.pronounSourceShare]).toEqual([{}, {}, {}]);
  });

  it("counts a cue inside quotation marks only when it is outside them", () => {
    const quotedOnly = articles.map((article) =>
      article.id === "beta" ? { ...article, text: article.text.replace("Nobody chortled", "Nobody laughed") } : article,
    );
    expect(trainLexicon(quotedOnly, "invented").learned.cues["chortled"]?.precision).toBe(1);
  });
});

describe("readBratAnnotations", () => {
  it("returns every text-bound span with its type and each relation's event type", () => {
    const text = "Lena Voss said it rained.\n";
    const ann = "T1\tSource 0 9\tLena Voss\nT2\tCue 10 14\tsaid\nT3\tContent 15 24\tit rained\nT4\tDiscard 0 4\tLena\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
    const { textBounds, relations } = readBratAnnotations(ann, text);
    expect(textBounds.map((bound) => [bound.id, bound.type, bound.spans.map((s) => s.text)])).toEqual([
      ["T1", "Source", ["Lena Voss"]],
      ["T2", "Cue", ["said"]],
      ["T3", "Content", ["it rained"]],
      ["T4", "Discard", ["Lena"]],
    ]);
    expect(relations.map((r) => [r.eventType, r.cue?.[0]?.text, r.source?.[0]?.text])).toEqual([["Attribution", "said", "Lena Voss"]]);
  });
});

describe("npm run train (scripts/train-command.ts)", () => {
  const data = join(tmp, "corpus");
  writeBratFolder(data, CHORTLED_CORPUS);
  // A second annotator's file is ignored: the alphabetically first one is read (this one would add
  // a fourth annotated "chortled").
  writeFileSync(
    join(data, "attributions", "beta_zz-second.ann"),
    "T1\tCue 57 65\tchortled\nT2\tContent 69 79\tthe parade\nT3\tAttribution 57 65\tchortled\nE1\tAttribution-no-source:T3 Content:T2 Cue:T1\n",
  );

  it("reads a brat folder and writes the same bytes twice", () => {
    const first = run(["--data", data, "--out", "first.json", "--quiet"]);
    const second = run(["--data", data, "--out", "second.json", "--quiet"]);
    expect([first.status, second.status, first.err]).toEqual([0, 0, ""]);
    const json = readFileSync(join(tmp, "first.json"), "utf8");
    expect(readFileSync(join(tmp, "second.json"), "utf8")).toBe(json);
    expect(json).toBe(trainLexicon(articles, "corpus (brat), alphabetically first annotator per article").json);
    // With --out and no --stats, no markdown is written.
    expect(readdirSync(tmp).sort()).toEqual(["corpus", "first.json", "second.json"]);
  });

  it("regenerates the statistics block of --stats", () => {
    expect(run(["--data", data, "--out", "stats.json", "--stats", "stats.md", "--quiet"]).status).toBe(0);
    const markdown = readFileSync(join(tmp, "stats.md"), "utf8");
    expect(markdown).toContain("Corpus: 2 train articles, 4 relations with a Cue and a Content");
    expect(markdown).toContain("| 1 | chortled | 3 | 0.750 | 3 | 0.33 | 0.33 | 1.00 | 0.00 | quote |");
  });

  it("fails with status 1 and a clear message for a missing folder", () => {
    const missing = join(tmp, "no-such-split");
    const result = run(["--data", missing, "--out", "never.json"]);
    expect(result.status).toBe(1);
    expect(result.err).toContain(`training data not found at ${missing}: expected the folders ${join(missing, "text")} and ${join(missing, "attributions")}`);
    expect(existsSync(join(tmp, "never.json"))).toBe(false);
  });

  it("rejects an unknown option with status 2", () => {
    const result = run(["--date", data]);
    expect(result.status).toBe(2);
    expect(result.err).toContain("usage: npm run train");
  });
});
