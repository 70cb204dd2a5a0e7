/**
 * A small invented brat corpus (PolNeAR layout) for the trainer's tests: the spans of each relation
 * are found by their text, so the sentences can be read as written.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface InventedRelation {
  /** Text of each role, found in `line` (the `nth` occurrence of the cue, from 0). */
  source?: string;
  cue: string;
  content: string;
  cueOccurrence?: number;
}

export interface InventedArticle {
  id: string;
  /** Paragraphs (lines) and the relations annotated in each. */
  lines: Array<{ text: string; relations?: InventedRelation[] }>;
}

/** The article text and its `.ann` file. */
export function bratFiles(article: InventedArticle): { text: string; ann: string } {
  const text = `${article.lines.map((line) => line.text).join("\n")}\n`;
  const ann: string[] = [];
  let t = 0;
  let e = 0;
  let lineStart = 0;
  for (const line of article.lines) {
    for (const relation of line.relations ?? []) {
      const span = (type: string, words: string, occurrence = 0) => {
        let at = -1;
        for (let k = 0; k <= occurrence; k++) at = line.text.indexOf(words, at + 1);
        if (at < 0) throw new Error(`"${words}" is not in "${line.text}"`);
        const start = lineStart + at;
        ann.push(`T${++t}\t${type} ${start} ${start + words.length}\t${words}`);
        return `T${t}`;
      };
      const source = relation.source === undefined ? null : span("Source", relation.source);
      const cue = span("Cue", relation.cue, relation.cueOccurrence);
      const content = span("Content", relation.content);
      const kind = source ? "Attribution" : "Attribution-no-source";
      const trigger = span(kind, relation.cue, relation.cueOccurrence);
      ann.push(`E${++e}\t${kind}:${trigger} Content:${content} Cue:${cue}${source ? ` Source:${source}` : ""}`);
    }
    lineStart += line.text.length + 1;
  }
  return { text, ann: `${ann.join("\n")}\n` };
}

/** Writes `folder/text/<id>.txt` and `folder/attributions/<id>_<annotator>.ann`. */
export function writeBratFolder(folder: string, articles: readonly InventedArticle[], annotator = "ann1"): void {
  mkdirSync(join(folder, "text"), { recursive: true });
  mkdirSync(join(folder, "attributions"), { recursive: true });
  for (const article of articles) {
    const { text, ann } = bratFiles(article);
    writeFileSync(join(folder, "text", `${article.id}.txt`), text);
    writeFileSync(join(folder, "attributions", `${article.id}_${annotator}.ann`), ann);
  }
}

/**
 * The planted cue "chortled": annotated three times (once as "has chortled", whose core is
 * "chortled"), written once more outside quotation marks without an annotation, and once inside a
 * quotation, which does not count. Expected: count 3, precision 3/4.
 */
export const CHORTLED_CORPUS: InventedArticle[] = [
  {
    id: "alpha",
    lines: [
      {
        text: "Mara Quill chortled that the bridge would open in May.",
        relations: [{ source: "Mara Quill", cue: "chortled", content: "that the bridge would open in May" }],
      },
      {
        text: "\u201CThe ferry is late again,\u201D Dov Brand chortled.",
        relations: [{ source: "Dov Brand", cue: "chortled", content: "\u201CThe ferry is late again,\u201D" }],
      },
    ],
  },
  {
    id: "beta",
    lines: [
      {
        text: "The council has chortled to end the budget talks.",
        relations: [{ source: "The council", cue: "has chortled", content: "to end the budget talks" }],
      },
      { text: "Nobody chortled at the parade." },
      {
        text: "\u201CI never chortled in my life,\u201D Ada Fenn said.",
        relations: [{ source: "Ada Fenn", cue: "said", content: "\u201CI never chortled in my life,\u201D" }],
      },
    ],
  },
];
