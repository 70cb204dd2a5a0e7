import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";
import { annotationArticle, type AnnotationArticle } from "../../src/report";
import { whosaid } from "../cli/helpers";
import { ARTICLE, loadCore, rangeOf } from "./annotate";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "whosaid-annotate-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The articles inside a written annotation page. */
function pageData(file: string): AnnotationArticle[] {
  const html = readFileSync(file, "utf8");
  const open = '<script type="application/json" id="annotate-data">';
  const start = html.indexOf(open) + open.length;
  return JSON.parse(html.slice(start, html.indexOf("</script>", start))) as AnnotationArticle[];
}

describe("whosaid annotate", () => {
  it("writes DIR/annotate.html with every article, pre-filled with whosaid's extraction", async () => {
    writeFileSync(join(dir, "bridge.txt"), ARTICLE);
    const other = '"It is done," the minister said.\n';
    mkdirSync(join(dir, "more"));
    writeFileSync(join(dir, "more", "bridge.txt"), other);
    const run = await whosaid(["annotate", "bridge.txt", "more/*.txt", "--date", "2024-01-02", "-o", "out"], { cwd: dir });
    expect(run.stderr).toBe(`whosaid annotate: wrote ${join("out", "annotate.html")} (2 articles); open it in a browser, correct the quotes, and export gold JSONL\n`);
    expect(run.code).toBe(0);
    // --date is every article's date, as in the main command (it wins over a date line). Same names get -2.
    expect(pageData(join(dir, "out", "annotate.html"))).toEqual([
      annotationArticle("bridge.txt", ARTICLE, extractQuotes(ARTICLE, { articleDate: "2024-01-02" })),
      annotationArticle("bridge.txt-2", other, extractQuotes(other, { articleDate: "2024-01-02" })),
    ]);
    expect(pageData(join(dir, "out", "annotate.html")).map((article) => article.date)).toEqual(["2024-01-02", "2024-01-02"]);
  });

  it("reads an article from stdin", async () => {
    const run = await whosaid(["annotate", "-", "-o", join(dir, "page")], { stdin: ARTICLE });
    expect(run.code).toBe(0);
    expect(pageData(join(dir, "page", "annotate.html")).map((article) => [article.id, article.quotes.length])).toEqual([["stdin", 4]]);
  });

  it("leaves out an article it cannot read, says so, and exits 1; with no article left it writes nothing", async () => {
    writeFileSync(join(dir, "bridge.txt"), ARTICLE);
    let run = await whosaid(["annotate", "bridge.txt", "missing.txt", "-o", "out"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^whosaid annotate: missing\.txt: NOT_FOUND: /);
    expect(pageData(join(dir, "out", "annotate.html")).map((article) => article.id)).toEqual(["bridge.txt"]);
    run = await whosaid(["annotate", "missing.txt", "-o", "none"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("whosaid annotate: no article could be read; no page written\n");
    expect(existsSync(join(dir, "none"))).toBe(false);
  });

  it("reopens an exported gold JSONL with --gold: its quotes as exported, whosaid's mentions, checked", async () => {
    const edited = annotationArticle("bridge.txt", ARTICLE, extractQuotes(ARTICLE));
    edited.quotes = [{ ...rangeOf(ARTICLE, "Nothing is ready"), type: "direct", speaker: rangeOf(ARTICLE, "Raj Patel"), cue: null }];
    writeFileSync(join(dir, "gold.jsonl"), loadCore().toGoldJsonl([edited]));
    let run = await whosaid(["annotate", "--gold", "gold.jsonl", "-o", "again"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(pageData(join(dir, "again", "annotate.html"))).toEqual([{ ...edited, checked: true }]);
    run = await whosaid(["annotate", "--gold", "gold.jsonl", "bridge.txt", "-o", "again"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/^whosaid annotate: with --gold the articles come from the gold data; give no files\n/)]);
    run = await whosaid(["annotate", "--gold", "nowhere.jsonl", "-o", "again"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/^whosaid annotate: cannot read .*nowhere\.jsonl: /)]);
  });

  it("is a usage error without -o DIR or without an article, and prints its usage with --help", async () => {
    let run = await whosaid(["annotate", "bridge.txt"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^whosaid annotate: give the folder for the page with -o DIR\nUsage: whosaid annotate /);
    run = await whosaid(["annotate", "-o", "out"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^whosaid annotate: no input file\nUsage: whosaid annotate /);
    run = await whosaid(["annotate", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: whosaid annotate \[--\] <file\|glob\|-\.\.\.> -o DIR/);
  });
});
