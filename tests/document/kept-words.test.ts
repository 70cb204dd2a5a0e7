import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { readArticle, WINK_PIPE } from "../../src/document/wink";
import { POLNEAR } from "../polnear";
import { winkAnnotations } from "./wink-annotations";

// whosaid's wink keeps plain words it learned (names...) from one article to the next; every
// article must still read exactly as a freshly loaded model reads it.
const DEV_TEXT = join(POLNEAR, "dev", "text");

type Read = ReturnType<typeof readArticle>;
function annotations({ docs, its }: Read) {
  expect(docs).toHaveLength(1); // short texts: read in one part
  const doc = docs[0]!;
  return { ...winkAnnotations(doc, its), normal: doc.tokens().out(its.normal) };
}
function fresh(text: string) {
  const nlp = winkNLP(model, WINK_PIPE);
  return annotations({ docs: [nlp.readDoc(text)], its: nlp.its });
}

// Words that wink splits or types by what it has learned. "Yermak's," teaches a fresh model the
// whole "Yermak's", which it then keeps whole elsewhere in that article ("Yermak's aide") but
// splits in an article that lacks it; "GBP" alone is a word, but in "GBP5" a currency token.
const TRICKY = [
  "Sterling fell against the USD on Friday, traders in GBP said. It was Yermak's, Zelenskyy's aide said.",
  "Prices rose to GBP5 and USD10. \"RT's reporting,\" Yermak's aide said, \"is pro-Kremlin.\" Zelenskyy did not.",
  "Yermak met Zelenskyy in Kyiv-based talks (U.S.-backed) on Jan. 5; gbp and usd were quiet. RT's editor Simonyan spoke.",
  "Simonyan said RT's staff in the U.S. would stay. Kyiv, Yermak and Zelenskyy denied it, said A.B. Smith-Jones.",
];

describe("plain words kept across articles", () => {
  it("reads crafted articles as a fresh model does, after reading them all before", () => {
    for (const text of TRICKY) readArticle(text);
    for (const text of [...TRICKY].reverse()) expect(annotations(readArticle(text))).toEqual(fresh(text));
  });

  it.skipIf(!existsSync(DEV_TEXT))(`reads PolNeAR dev articles as a fresh model does, after the whole set (${DEV_TEXT})`, () => {
    const texts = readdirSync(DEV_TEXT).sort().map((f) => readFileSync(join(DEV_TEXT, f), "utf8"));
    for (const text of texts) readArticle(text);
    for (const k of [0, 17, 42, 63, 83]) expect(annotations(readArticle(texts[k]!))).toEqual(fresh(texts[k]!));
  });
});
