import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { WINK_PIPE } from "../../src/document/wink";
import { POLNEAR, REPO_ROOT } from "../polnear";
import { winkAnnotations } from "./wink-annotations";

// whosaid runs wink with a reduced pipe for speed; what it reads must match wink's full default pipe.
const DEV_TEXT = join(POLNEAR, "dev", "text");

const reduced = winkNLP(model, WINK_PIPE);
const full = winkNLP(model);
function annotations(nlp: typeof full, text: string) {
  return winkAnnotations(nlp.readDoc(text), nlp.its);
}

describe("wink pipe", () => {
  it("reads only POS tags (whosaid splits sentences itself)", () => {
    expect(WINK_PIPE).toEqual(["pos"]);
  });

  it("gives the golden article the same tokens, types and POS tags as the default pipe", () => {
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
