import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { tokenColumns, WINK_PIPE } from "../../src/document/wink";
import { REPO_ROOT } from "../polnear";
import { winkAnnotations } from "./wink-annotations";

// tokenColumns reads wink's raw document in one loop instead of through doc.tokens().out(its.x):
// the columns must be the ones wink's own API gives.
const texts: Array<[string, string]> = [
  ["the golden article", readFileSync(join(REPO_ROOT, "fixtures", "article.txt"), "utf8")],
  ["an empty text", ""],
  ["contractions, emoji and currency", "He can't go, she'd said 😀 and paid $5 (USD) for it."],
  ["tabs, CRLF and runs of non-breaking spaces", "One\tline.\r\n\u00A0\u00A0\u00A0Two  lines\u2003here.\n\n\"Three,\" he said."],
];

describe("tokenColumns", () => {
  it.each(texts)("gives %s the values, spaces, types, tags and sentence ends of wink's API", (_, text) => {
    // A fresh instance: wink learns words as it reads, and its types follow what it knows.
    const nlp = winkNLP(model, WINK_PIPE);
    const expected = winkAnnotations(nlp.readDoc(text), nlp.its);
    const columns = tokenColumns(text);
    expect(columns.values).toEqual(expected.value);
    expect(columns.spaces).toEqual(expected.spaces);
    expect(columns.types).toEqual(expected.type);
    expect(columns.tags).toEqual(expected.pos);
    expect(columns.sentenceEnds).toEqual((expected.sentences as unknown as Array<[number, number]>).map(([, last]) => last));
  });
});
