import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface Article {
  id: string;
  text: string;
  /** Publication date (YYYY-MM-DD), the article date relative dates resolve against. */
  date: string | undefined;
}

export interface Corpus {
  /** Where the texts came from, for the printout. */
  source: string;
  articles: Article[];
}

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
// Same place and override as the PolNeAR tests: the data is read in place, never copied.
const POLNEAR = process.env["WHOSAID_POLNEAR_DIR"] ?? resolve(REPO_ROOT, "../shared/data/polnear");

/** The PolNeAR dev texts with their publication dates, or a generated corpus when they are absent. */
export function loadCorpus(): Corpus {
  const dir = join(POLNEAR, "dev", "text");
  if (!existsSync(dir)) return generatedCorpus(`PolNeAR not found at ${dir}`);
  const dates = new Map<string, string>();
  const metadata = join(POLNEAR, "metadata.tsv");
  if (existsSync(metadata)) {
    const [header, ...rows] = readFileSync(metadata, "utf8").split("\n").map((line) => line.split("\t"));
    const name = header!.indexOf("filename");
    const date = header!.indexOf("publication_date");
    for (const row of rows) if (row[name] && row[date]) dates.set(row[name]!, row[date]!);
  }
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      return { id, text: readFileSync(join(dir, f), "utf8"), date: dates.get(id) };
    });
  return { source: `PolNeAR dev, ${articles.length} texts (${dir})`, articles };
}

/**
 * 80 variations of fixtures/article.txt (its date header dropped; names, weekdays and numbers
 * swapped per copy) so that caches keyed on text cannot make repeated articles free.
 */
function generatedCorpus(why: string): Corpus {
  const fixture = readFileSync(join(REPO_ROOT, "fixtures", "article.txt"), "utf8").replace(/^\s*date\s+\S+\s*/, "");
  const names = [["Lavrov", "Petrov"], ["Sergey", "Ivan"], ["Biden", "Carter"], ["Monday", "Thursday"], ["Russia", "Ukraine"]];
  const articles: Article[] = [];
  for (let k = 0; k < 80; k++) {
    let text = fixture;
    names.forEach(([from, to], bit) => {
      if ((k >> bit) & 1) text = text.split(from!).join(to!);
    });
    text = text.replace(/\d+/g, (n) => String((Number(n) + k) % 100));
    const repeat = 1 + (k % 3); // articles of one to three times the fixture's length
    articles.push({ id: `generated-${k}`, text: Array(repeat).fill(text).join("\n\n"), date: "2021-12-28" });
  }
  return { source: `generated from fixtures/article.txt, ${articles.length} texts (${why})`, articles };
}
