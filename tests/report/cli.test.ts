import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { whosaid } from "../cli/helpers";
import { goldDocumentFromBrat, parsePolnearMetadata, scoreDocuments } from "../../src/eval";
import { extractQuotes } from "../../src/index";
import { ARTICLE_PATH, loadArticle } from "./helpers";
import { POLNEAR } from "../polnear";

let dir: string;
let stderr: string;
let stdout: string;

/** Runs `whosaid report ARGS` in-process, collecting its output. */
async function runReport(args: string[], cwd?: string): Promise<number> {
  const run = await whosaid(["report", ...args], cwd === undefined ? {} : { cwd });
  stdout += run.stdout;
  stderr += run.stderr;
  return run.code;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "whosaid-report-"));
  stderr = "";
  stdout = "";
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const quoteIds = (html: string): string[] => [...html.matchAll(/<mark class="quote[^"]*" id="(q\d+)"/g)].map((m) => m[1] ?? "");

describe("whosaid report", () => {
  it("writes one page for one article with -o FILE.html", async () => {
    const out = join(dir, "report.html");
    expect(await runReport([ARTICLE_PATH, "-o", out])).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(quoteIds(html)).toEqual(extractQuotes(loadArticle()).quotes.map((quote) => quote.id));
    expect(html).toContain("<h1>article.txt</h1>");
    expect(html).toContain("Article date: 2021-12-28");
  });

  it("writes the page to standard output without -o, and takes --date for plain text", async () => {
    const article = join(dir, "plain.txt");
    writeFileSync(article, '"We will win," Jane Doe said on Monday.\n');
    expect(await runReport([article, "--date", "2024-03-06"])).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toContain("Article date: 2024-03-06");
    expect(stdout).toContain("Date: 2024-03-04");
  });

  it("writes one page per article and an index for a batch, listing an unreadable article as failed", async () => {
    const second = join(dir, "second article.txt");
    writeFileSync(second, 'date 2024-01-02\n"It is done," the minister said.\n');
    const out = join(dir, "site");
    expect(await runReport([ARTICLE_PATH, second, join(dir, "missing.txt"), "-o", out])).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["article.html", "index.html", "second-article.html"]);
    const index = readFileSync(join(out, "index.html"), "utf8");
    expect(index).toContain('<a href="article.html">article.txt</a>');
    expect(index).toContain('<a href="second-article.html">second article.txt</a>');
    expect(index).toMatch(/missing\.txt<\/th><td colspan="3">error: missing\.txt: NOT_FOUND: no such file<\/td>/);
    expect(readFileSync(join(out, "article.html"), "utf8")).toContain('<a href="index.html">← All articles</a>');
    expect(stderr).toContain("wrote 2 pages and index.html");
  });

  it("reads its inputs as the main command does: globs, exit 1 for a missing file, -o a page file, -- ", async () => {
    mkdirSync(join(dir, "news"));
    writeFileSync(join(dir, "news", "a.txt"), '"Yes," Ann Lee said.\n');
    writeFileSync(join(dir, "news", "b.txt"), '"No," Bo Ray said.\n');
    expect(await runReport(["news/*.txt", "-o", "site"], dir)).toBe(0);
    expect(readdirSync(join(dir, "site")).sort()).toEqual(["a.html", "b.html", "index.html"]);
    expect(await runReport([join(dir, "news", "a.txt"), "-o", "site1"], dir)).toBe(0);
    expect(stderr).toContain("wrote 1 page and index.html to site1\n");

    stderr = "";
    expect(await runReport([join(dir, "nope.txt")])).toBe(1);
    expect(stderr).toBe("whosaid report: nope.txt: NOT_FOUND: no such file\n");

    expect(await runReport(["-o", "a-copy.txt", "--", "news/a.txt"], dir)).toBe(0);
    expect(statSync(join(dir, "a-copy.txt")).isFile()).toBe(true);
    expect(readFileSync(join(dir, "a-copy.txt"), "utf8")).toMatch(/^<!doctype html>/);

    stderr = "";
    expect(await runReport(["news/a.txt", "-o", "news/a.txt"], dir)).toBe(2);
    expect(stderr).toContain("the output file news/a.txt is also an input");
    expect(readFileSync(join(dir, "news", "a.txt"), "utf8")).toBe('"Yes," Ann Lee said.\n');
  });

  it("refuses several articles with a single-page output, and no input at all", async () => {
    expect(await runReport([ARTICLE_PATH, ARTICLE_PATH, "-o", join(dir, "x.html")])).toBe(2);
    expect(stderr).toContain("2 articles: give a directory with -o DIR");
    expect(await runReport([])).toBe(2);
    expect(await runReport(["--gold", join(dir, "nowhere")])).toBe(2);
    expect(stderr).toContain("cannot read");
  });

  it("reads a brat folder with --gold and marks missed, spurious and mis-attributed quotes", async () => {
    const text = 'Mayor Ann Lee said on Friday that the bridge would reopen.\n\n"It is safe," Bob Ray said.\n\nTaxes will rise, officials warned.\n\nThe council met on Tuesday.\n';
    const at = (phrase: string) => `${text.indexOf(phrase)} ${text.indexOf(phrase) + phrase.length}\t${phrase}`;
    const ann = [
      `T1\tContent ${at("the bridge would reopen")}`,
      `T2\tSource ${at("Bob Ray")}`,
      `T3\tCue ${at("said on")}`,
      `T4\tContent ${at("The council met on Tuesday")}`,
      `T5\tSource ${at("The council")}`,
      "E1\tAttribution:T3 Content:T1 Source:T2",
      "E2\tAttribution:T3 Content:T4 Source:T5",
    ].join("\n");
    const split = join(dir, "dev");
    mkdirSync(join(split, "text"), { recursive: true });
    mkdirSync(join(split, "attributions"));
    writeFileSync(join(split, "text", "news_a.txt"), text);
    writeFileSync(join(split, "attributions", "news_a_zz.ann"), `${ann}\n`);
    writeFileSync(join(split, "attributions", "news_a_aa.ann"), `${ann.split("\n").slice(0, 3).join("\n")}\n`);
    writeFileSync(join(dir, "metadata.tsv"), "compartment\tfilename\tpublication_date\ndev\tnews_a\t2016-10-07\n");

    const out = join(dir, "a.html");
    expect(await runReport(["--gold", split, "--article", "news_a", "-o", out])).toBe(0);
    const html = readFileSync(out, "utf8");
    // The alphabetically first annotator (aa) has no relations: every quote is spurious.
    const result = extractQuotes(text, { articleDate: "2016-10-07" });
    expect(html).toContain(`<p>0 missed, ${result.quotes.length} spurious, 0 wrong speaker, 0 span differs.</p>`);
    expect(html).toContain("Article date: 2016-10-07");

    rmSync(join(split, "attributions", "news_a_aa.ann"));
    expect(await runReport(["--gold", split, "-o", out])).toBe(0);
    const marked = readFileSync(out, "utf8");
    // Lavrov-style reported speech credited to Ann Lee while the gold says Bob Ray.
    expect(marked).toMatch(/<mark class="quote q-indirect sp0 err-speaker" id="q1"/);
    expect(marked).toMatch(/<span class="gold-source"><span class="label l-gold" aria-hidden="true">gold: q1<\/span><span class="mention[^>]*>Bob Ray<\/span><\/span>/);
    expect(marked).toMatch(/<span class="label l-error">missed<\/span>The council met on Tuesday<\/span>/);
    expect(marked).toContain("<p>1 missed, 2 spurious, 1 wrong speaker, 0 span differs.</p>");
  });

  it("reads gold JSONL with --gold, picking records with --article and --limit", async () => {
    const record = (id: string) => JSON.stringify({ id, text: `"Fine," ${id} said.`, quotes: [] });
    const gold = join(dir, "gold.jsonl");
    writeFileSync(gold, [record("Ann"), record("Bob"), record("Cy")].join("\n"));
    const out = join(dir, "site");
    expect(await runReport(["--gold", gold, "--limit", "2", "-o", out])).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["Ann.html", "Bob.html", "index.html"]);
    expect(await runReport(["--gold", gold, "--article", "Cy", "-o", join(dir, "cy.html")])).toBe(0);
    expect(readFileSync(join(dir, "cy.html"), "utf8")).toContain("<h1>Cy</h1>");
    expect(await runReport(["--gold", gold, "--article", "Zed", "-o", join(dir, "z.html")])).toBe(2);
    expect(stderr).toContain("no article Zed in");
    expect(await runReport(["--gold", gold, "--limit", "0", "-o", out])).toBe(2);
  });
});

const DEV = join(POLNEAR, "dev");
const ARTICLE = "breitbart_2016-09-15_pat-caddell-democrat-voters-worr";
const polnear = existsSync(join(DEV, "text", `${ARTICLE}.txt`));
if (!polnear) console.warn(`report on PolNeAR: SKIPPED, ${join(DEV, "text", `${ARTICLE}.txt`)} not found (set WHOSAID_POLNEAR_DIR)`);

describe.skipIf(!polnear)("whosaid report --gold on PolNeAR dev", () => {
  it("reports the evaluation library's errors for one article", async () => {
    const out = join(dir, "polnear.html");
    expect(await runReport(["--gold", DEV, "--article", ARTICLE, "-o", out])).toBe(0);
    const articleText = readFileSync(join(DEV, "text", `${ARTICLE}.txt`), "utf8");
    const date = parsePolnearMetadata(readFileSync(join(POLNEAR, "metadata.tsv"), "utf8")).find((row) => row.filename === ARTICLE)?.publicationDate ?? null;
    const annotation = readdirSync(join(DEV, "attributions")).filter((name) => name.startsWith(`${ARTICLE}_`)).sort()[0]!;
    const gold = goldDocumentFromBrat({ id: ARTICLE, articleText, annText: readFileSync(join(DEV, "attributions", annotation), "utf8"), date });
    const result = extractQuotes(articleText, date ? { articleDate: date } : {});
    const { errors } = scoreDocuments([{ gold, predicted: result }]);
    const html = readFileSync(out, "utf8");
    expect(html).toContain(`<p>${errors.missed} missed, ${errors.spurious} spurious, ${errors.wrongSpeaker} wrong speaker, ${errors.wrongSpan} span differs.</p>`);
    expect(html.match(/<span class="gold-missed" id="g\d+"/g) ?? []).toHaveLength(errors.missed);
    expect(html.match(/ err-spurious" id="q\d+"/g) ?? []).toHaveLength(errors.spurious);
    expect(quoteIds(html)).toEqual(result.quotes.map((quote) => quote.id));
  });
});
