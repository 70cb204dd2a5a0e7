import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { WINK_PIPE } from "../../src/document/wink";

// whosaid runs wink with a reduced pipe for speed; what it reads must match wink's full default pipe.
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const POLNEAR = process.env["WHOSAID_POLNEAR_DIR"] ?? resolve(REPO_ROOT, "../shared/data/polnear");
const DEV_TEXT = join(POLNEAR, "dev", "text");

const reduced = winkNLP(model, WINK_PIPE);
const full = winkNLP(model);
function annotations(nlp: typeof full, text: string) {
  const { its } = nlp;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    value: tokens.out(its.value),
    spaces: tokens.out(its.precedingSpaces),
    type: tokens.out(its.type),
    pos: tokens.out(its.pos),
    sentences: doc.sentences().out(its.span),
  };
}

describe("wink pipe", () => {
  it("reads only sentence boundaries and POS tags", () => {
    expect(WINK_PIPE).toEqual(["sbd", "pos"]);
  });

  it("gives the golden article the same tokens, types, POS tags and sentences as the default pipe", () => {
    const text = readFileSync(join(REPO_ROOT, "fixtures", "article.txt"), "utf8");
    expect(annotations(reduced, text)).toEqual(annotations(full, text));
  });

  const available = existsSync(DEV_TEXT);
  it.skipIf(!available)(
    available ? "gives every PolNeAR dev text the same annotations" : `PolNeAR dev texts: SKIPPED, folder not found: ${DEV_TEXT}`,
    () => {
      const files = readdirSync(DEV_TEXT).filter((f) => f.endsWith(".txt"));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const text = readFileSync(join(DEV_TEXT, f), "utf8");
        expect(annotations(reduced, text), f).toEqual(annotations(full, text));
      }
    },
  );
});
