import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const dir = join(__dirname, "../../../shared/data/polnear/dev/text");
const available = existsSync(dir);

// wink-nlp learns new words as it reads and splits tokens by what it has learned; whosaid reads
// every article as a fresh model would, so the order of articles must not change any result.
describe.skipIf(!available)(`results do not depend on the articles read before (${dir})`, () => {
  it("gives every PolNeAR dev article the same result read forwards and backwards", () => {
    const texts = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), "utf8"));
    const extractor = createExtractor();
    const forwards = texts.map((t) => JSON.stringify(extractor.extract(t)));
    const backwards = [...texts].reverse().map((t) => JSON.stringify(extractor.extract(t))).reverse();
    const differing = texts.map((_, i) => i).filter((i) => forwards[i] !== backwards[i]);
    expect(differing).toEqual([]);
  });
});
