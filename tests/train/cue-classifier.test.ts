import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { readBratAnnotations } from "../../src/eval/brat";
import { buildCueLexicon } from "../../src/lexicon/cues";
import { cueAt, cueMatcher } from "../../src/lexicon/match";
import { cueProbability, introducesContent } from "../../src/quotes/reported/cue-classifier";
import model from "../../src/quotes/reported/cue-classifier.json";
import { cueFeatures } from "../../src/quotes/reported/cue-features";
import { cueEntry } from "../../src/quotes/reported/cue-entry";
import { analyseCorpus } from "../../src/train/corpus";
import { candidateExamples } from "../../src/train/cue-classifier";
import { fitLogistic, type Example } from "../../src/train/cue-classifier-fit";
import { bratFiles } from "./brat-corpus";

const matcher = cueMatcher(buildCueLexicon());

describe("cue classifier: the model", () => {
  it("is a logistic function of the weighted features and the bias", () => {
    const m = { bias: -1, weights: { a: 2, b: 0.5 }, threshold: 0.5 };
    expect(cueProbability(m, new Map([["a", 1], ["b", 2]]))).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    expect(cueProbability(m, new Map([["unknown", 1]]))).toBeCloseTo(1 / (1 + Math.exp(1)), 12);
  });

  it("fits separable invented examples, the same weights every time", () => {
    const examples: Example[] = [];
    for (let k = 0; k < 20; k++) {
      examples.push({ features: new Map([["said", 1]]), label: 1, article: k });
      examples.push({ features: new Map([["made", 1]]), label: 0, article: k });
    }
    const fitted = fitLogistic(examples);
    expect(cueProbability({ ...fitted, threshold: 0.5 }, new Map([["said", 1]]))).toBeGreaterThan(0.9);
    expect(cueProbability({ ...fitted, threshold: 0.5 }, new Map([["made", 1]]))).toBeLessThan(0.1);
    expect(fitLogistic(examples)).toEqual(fitted);
  });
});

describe("cue classifier: training examples", () => {
  it("labels a cue of reported content 1, and a cue of a quotation or no annotation 0", () => {
    const { text, ann } = bratFiles({
      id: "invented",
      lines: [
        { text: "The mayor said the old bridge will reopen next week.", relations: [{ source: "The mayor", cue: "said", content: "the old bridge will reopen next week" }] },
        { text: "\u201CIt is perfectly safe,\u201D the engineer said on Monday.", relations: [{ source: "the engineer", cue: "said", content: "\u201CIt is perfectly safe,\u201D" }] },
        { text: "The council member added that the vote was close." },
      ],
    });
    const [document] = analyseCorpus([{ id: "invented", text, annotations: readBratAnnotations(ann, text) }]);
    const examples = candidateExamples(document!, 0, matcher);
    expect(examples.map((e) => [e.label, [...e.features.keys()].find((f) => f.startsWith("lemma="))])).toEqual([
      [1, "lemma=say"],
      [0, "lemma=say"],
      [0, "lemma=add"],
    ]);
    expect(examples[1]!.features.get("quotation-in-sentence")).toBe(1);
  });
});

describe("cue classifier: the trained model on invented sentences", () => {
  const decide = (sentence: string, cueText: string) => {
    const doc = buildDocument(sentence);
    const s = doc.sentences[0]!;
    const i = doc.tokens.findIndex((t) => t.text === cueText);
    const cue = cueAt(doc.text, doc.tokens, i, matcher)!;
    return introducesContent(doc.tokens, s.firstToken, s.endToken, cue, cueEntry(matcher, cue, doc.tokens[i]!), sentence.includes("\u201C"));
  };

  const probability = (sentence: string, cueText: string) => {
    const doc = buildDocument(sentence);
    const s = doc.sentences[0]!;
    const i = doc.tokens.findIndex((t) => t.text === cueText);
    const cue = cueAt(doc.text, doc.tokens, i, matcher)!;
    return cueProbability(model, cueFeatures(doc.tokens, s.firstToken, s.endToken, cue, cueEntry(matcher, cue, doc.tokens[i]!), sentence.includes("\u201C")));
  };

  it("takes a verb of saying before a clause", () => {
    expect(decide("The mayor said the old bridge will reopen next week.", "said")).toBe(true);
    expect(probability("The mayor said the old bridge will reopen next week.", "said")).toBeGreaterThan(0.8);
  });

  it("scores the same verb after a quotation, which it attributes, below one half", () => {
    expect(probability("\u201CIt is safe,\u201D the mayor said.", "said")).toBeLessThan(0.5);
  });
});
