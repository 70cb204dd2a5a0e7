/**
 * Speaker names over a whole gold split, without a name layer: for each found gold quote whose
 * Source is itself a proper name ("Ted Cruz", "Sen. Cruz", "the State Department"; not a pronoun
 * or a description), is the paired prediction's `speaker.name` that name (`nameMatches` either way,
 * as person or as organisation: "Cruz" and "Ted Cruz" agree)? Pairs as `whosaid eval` does (largest content overlap, same category).
 *
 *   npx tsx scripts/name-diagnostic.ts [--gold ../shared/data/polnear/train] [--wrong FILE]
 *
 * Prints the counts by category, split into "mention right" (the speaker mention overlaps the
 * Source) and "mention wrong"; `--wrong FILE` writes every wrong pair as TSV with its context.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadGold } from "../src/cli/gold-files";
import { nameMatches } from "../src/eval";
import { pairWithGold, spansOverlap } from "../src/eval/metrics";
import { createExtractor } from "../src/index";

const { values } = parseArgs({
  options: { gold: { type: "string", default: "../shared/data/polnear/train" }, wrong: { type: "string" } },
});

/** Capitalised words, optionally after "the" and a title; no pronoun, no lower-case word but of/for/and. */
const PROPER = /^(?:the |The )?(?:[A-Z][\p{L}.'’-]*|of|for|and|&)(?: (?:[A-Z][\p{L}.'’-]*|of|for|and|&|de|van|von|al))*$/u;
const NOT_NAMES = new Set(["I", "He", "She", "It", "We", "They", "You", "Who", "This", "That", "These", "Those", "Both", "Some", "Many", "Most", "Others", "All"]);

const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
const wrongRows: string[] = ["doc\tcategory\tsource\tpredicted name\tpredicted mention\tmention\tcontext"];
const extractor = createExtractor();

for (const gold of loadGold(values.gold).documents) {
  const { quotes } = extractor.extract(gold.text, gold.date === null ? {} : { articleDate: gold.date });
  for (const { relation, quote: best } of pairWithGold(gold.relations, quotes)) {
    if (relation.source?.length !== 1) continue;
    const source = relation.source[0]!;
    const text = source.text.replace(/[’']s$/, "").trim();
    if (!PROPER.test(text) || NOT_NAMES.has(text) || text.length < 3) continue;
    const category = relation.hasQuoteMark ? "direct" : "reported";
    const speaker = best.speaker;
    const mention = speaker && spansOverlap(speaker.mention, [source]) ? "mention right" : "mention wrong";
    // The Source may be shorter than the name ("Cruz" for Ted Cruz), so either may hold the other.
    const right =
      !!speaker && (["person", "organisation"] as const).some((kind) => nameMatches(speaker.name, text, kind) || nameMatches(text, speaker.name, kind));
    count(`${category}\tall`);
    count(`${category}\t${right ? "name right" : "name wrong"}\t${speaker ? mention : "no speaker"}`);
    if (right) continue;
    const from = Math.max(0, Math.min(best.start, source.start) - 100);
    const to = Math.min(gold.text.length, Math.max(best.end, source.end) + 60);
    const context = gold.text.slice(from, to).replace(/\s+/g, " ");
    wrongRows.push([gold.id, category, source.text, speaker?.name ?? "-", speaker?.mention.text ?? "-", speaker ? mention : "no speaker", context].join("\t"));
  }
}

for (const [key, n] of [...tally.entries()].sort(([a], [b]) => a.localeCompare(b))) console.log(`${key}\t${n}`);
if (values.wrong) writeFileSync(values.wrong, wrongRows.join("\n") + "\n");
