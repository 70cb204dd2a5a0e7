import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { SPLIT_PROBE, TEACHING_PROBE, WINK_PIPE, winkForgetsLearnedWords } from "../../src/document/wink";

const require = createRequire(import.meta.url);
const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string }).version;

// src/document/wink.ts keeps one trick for speed: it takes the words wink learned from one article
// out of its instance's word table before the next (see IsolatedWink). It was checked against
// these versions (tests/document/kept-words.test.ts, tests/document/isolation.test.ts). After an
// upgrade, run those tests and the PolNeAR explain comparison, then update the versions here.
describe("the wink versions whosaid's word forgetting was checked against", () => {
  it("are the installed ones", () => {
    expect({ "wink-nlp": versionOf("wink-nlp"), "wink-eng-lite-web-model": versionOf("wink-eng-lite-web-model") })
      .toEqual({ "wink-nlp": "2.4.0", "wink-eng-lite-web-model": "1.8.1" });
  });

  it("learn from the teaching probe, so that the self-check can tell forgetting from not learning", () => {
    const nlp = winkNLP(model, WINK_PIPE);
    const split = () => nlp.readDoc(SPLIT_PROBE).tokens().out();
    expect(split()).toEqual(["Qzÿx", "'s", "aide", "spoke", "."]);
    nlp.readDoc(TEACHING_PROBE);
    expect(split()).toEqual(["Qzÿx's", "aide", "spoke", "."]);
  });

  it("let whosaid forget what it learned (no fallback to a fresh model per article)", () => {
    expect(winkForgetsLearnedWords()).toBe(true);
  });
});
