import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport } from "../../src/eval";
import { extractQuotes } from "../../src/index";
import type { ExtractionResult } from "../../src/types";
import { annotationArticle, renderAnnotatePage } from "../../src/report";
import { whosaid } from "../cli/helpers";
import { ARTICLE, loadCore, rangeOf } from "./annotate";
import { CHROMIUM, HAVE_CHROMIUM, useChromium } from "./browser";

if (!HAVE_CHROMIUM) {
  console.warn(`annotate browser tests: SKIPPED, ${CHROMIUM} not found (apt-get install -y chromium; .ci/run installs it)`);
}

const REPORTED = "the contractor had promised to finish the deck by May";

/**
 * whosaid's extraction of the invented article with one mistake put in: the reported quote
 * credited to Patel, where whosaid itself (and a careful reader) credits Torres. The person
 * using the page fixes it; `whosaid eval` then scores whosaid's real answer against the fix.
 */
function extractionWithWrongSpeaker(): ExtractionResult {
  const result = extractQuotes(ARTICLE);
  const patel = result.speakers.find((speaker) => speaker.name === "Raj Patel")!;
  const quotes = result.quotes.map((quote) =>
    quote.text === REPORTED ? { ...quote, speaker: { id: patel.id, name: patel.name, mention: { ...rangeOf(ARTICLE, "Patel", 1), text: "Patel" } } } : quote,
  );
  return { ...result, quotes };
}

describe.skipIf(!HAVE_CHROMIUM)("annotation page in Chromium", () => {
  const chromium = useChromium();

  /** `whosaid eval --gold FILE --format json`, in-process, over the exported JSONL. */
  async function evaluate(jsonl: string, name: string): Promise<EvalReport> {
    const file = join(chromium.dir(), name);
    writeFileSync(file, jsonl);
    const run = await whosaid(["eval", "--gold", file, "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as EvalReport;
  }

  it("corrects a speaker by clicking the quote and typing the name, and whosaid eval scores the corrected quote as right", async () => {
    const html = await renderAnnotatePage("bridge.txt", [annotationArticle("bridge.txt", ARTICLE, extractionWithWrongSpeaker())]);
    const { page, problems } = await chromium.openPage(html);
    await page.locator("#checked").check();

    // Control: exported as pre-filled, the gold blames Patel and eval counts whosaid's Torres as wrong
    // (the clause nested in it, "to finish the deck by May", is the contractor's in both).
    const before = await evaluate(await page.locator("#export-text").inputValue(), "before.jsonl");
    expect([before.reported.speakerCorrect, before.reported.errors.wrongSpeaker]).toEqual([1, 1]);

    await page.locator("#article [data-quote]", { hasText: "contractor" }).click();
    expect(await page.locator("#sel-speaker").textContent()).toBe("\u201CPatel\u201D (Raj Patel)");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("speaker-name");
    await page.keyboard.type("Ana Torres");
    await page.keyboard.press("Enter");
    expect(await page.locator("#sel-speaker").textContent()).toBe("\u201CTorres\u201D (Ana Torres)");
    expect(await page.locator("#message").textContent()).toBe("Speaker set: \u201CTorres\u201D (Ana Torres).");
    // The chosen mention is marked in the text.
    expect(await page.locator("#article .seg-sp").allTextContents()).toEqual(["Torres"]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
    expect(download.suggestedFilename()).toBe("gold.jsonl");
    const exported = join(chromium.dir(), "gold.jsonl");
    await download.saveAs(exported);
    const jsonl = readFileSync(exported, "utf8");
    const line = JSON.parse(jsonl.trimEnd()) as { quotes: Array<{ start: number; speaker: unknown }> };
    expect(line.quotes.find((quote) => quote.start === rangeOf(ARTICLE, REPORTED).start)?.speaker).toEqual(rangeOf(ARTICLE, "Torres", 1));

    const after = await evaluate(jsonl, "after.jsonl");
    expect([after.reported.found, after.reported.speakerCorrect, after.reported.errors.wrongSpeaker]).toEqual([2, 2, 0]);
    expect([after.direct.f1, after.direct.attributionAccuracy]).toEqual([1, 1]);
    expect(problems).toEqual([]);
  });

  it("marks a missed quotation, fixes a span, deletes a quote and undoes, from the keyboard and a text selection", async () => {
    const html = await renderAnnotatePage("bridge.txt", [annotationArticle("bridge.txt", ARTICLE, extractQuotes(ARTICLE))]);
    const { page, problems } = await chromium.openPage(html);
    const exported = async () => JSON.parse((await page.locator("#export-text").inputValue()) || "null") as { quotes: Array<Record<string, unknown>> } | null;
    expect(await exported()).toBeNull();
    expect(await page.locator("#download").isDisabled()).toBe(true);
    await page.locator("#checked").focus();
    await page.keyboard.press("Space");
    expect((await exported())?.quotes).toHaveLength(4);

    // A missed quotation: select "Council member Raj Patel disagreed" in the text and add it.
    const missed = rangeOf(ARTICLE, "Council member Raj Patel disagreed");
    await page.evaluate(({ start, end }) => {
      const point = (offset: number): [Node, number] => {
        const segment = Array.from(document.querySelectorAll<HTMLElement>("#article [data-start]")).filter((el) => Number(el.dataset.start) <= offset).pop()!;
        return [segment.firstChild!, offset - Number(segment.dataset.start)];
      };
      const range = document.createRange();
      range.setStart(...point(start - 1)); // with the blank line's newline before it: trimmed away
      range.setEnd(...point(end));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, missed);
    await expect.poll(() => page.locator("#pending").textContent()).toBe("Selected text: \u201CCouncil member Raj Patel disagreed\u201D");
    await page.locator("#quote-add").focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("#message").textContent()).toBe("Added a reported speech without a speaker: give it one.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("speaker-name");
    // Its speaker from the list of mentions, nearest first ("Raj Patel" inside it, then "Ana Torres" 19 characters before it;
    // "the contractor" speaks the clause nested in the last quote).
    const options = await page.locator("#speaker-pick option").allTextContents();
    expect(options).toEqual([
      "Pick a mention\u2026",
      `\u201CRaj Patel\u201D at ${rangeOf(ARTICLE, "Raj Patel").start}`,
      `\u201CAna Torres\u201D at ${rangeOf(ARTICLE, "Ana Torres").start}`,
      `\u201CPatel\u201D (Raj Patel) at ${rangeOf(ARTICLE, "Patel", 1).start}`,
      `\u201CTorres\u201D (Ana Torres) at ${rangeOf(ARTICLE, "Torres", 1).start}`,
      `\u201Cthe contractor\u201D (contractor) at ${rangeOf(ARTICLE, "the contractor").start}`,
    ]);
    await page.locator("#speaker-pick").selectOption(`${rangeOf(ARTICLE, "Raj Patel").start}:${rangeOf(ARTICLE, "Raj Patel").end}`);
    // Its span one word shorter at the start: "member Raj Patel disagreed".
    await page.getByRole("button", { name: "Start one word later" }).press("Enter");
    let quotes = (await exported())!.quotes;
    expect(quotes).toHaveLength(5);
    expect(quotes[1]).toEqual({ ...rangeOf(ARTICLE, "member Raj Patel disagreed"), speaker: rangeOf(ARTICLE, "Raj Patel"), type: "indirect" });

    // Delete the first quote with the Delete key in the list; focus stays in the list.
    const first = page.locator("#quote-list button").first();
    expect(await first.textContent()).toBe("\u201CThe bridge will open in June\u201D \u2014 quotation, speaker: \u201CAna Torres\u201D");
    await first.focus();
    // Space picks it, and focus stays on it though the list is drawn again.
    await page.keyboard.press("Space");
    expect(await page.locator("#sel-text").textContent()).toBe("\u201CThe bridge will open in June\u201D");
    expect(await page.evaluate(() => [document.activeElement?.getAttribute("aria-pressed"), document.activeElement?.textContent?.slice(0, 11)])).toEqual(["true", "\u201CThe bridge"]);
    await page.keyboard.press("Delete");
    quotes = (await exported())!.quotes;
    expect(quotes.map((quote) => quote.start)).toEqual([
      rangeOf(ARTICLE, "member Raj").start, rangeOf(ARTICLE, "Nothing is ready").start, rangeOf(ARTICLE, REPORTED).start, rangeOf(ARTICLE, "to finish the deck").start,
    ]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-uid") !== null)).toBe(true);
    await page.locator("#undo").press("Enter");
    expect((await exported())!.quotes).toHaveLength(5);
    expect(await page.locator("#article [data-quote]", { hasText: "The bridge" }).count()).toBe(1);

    // Copy to the clipboard puts the same JSONL there.
    await chromium.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.locator("#copy").click();
    await expect.poll(() => page.locator("#message").textContent()).toBe("Copied the gold JSONL.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator("#export-text").inputValue());
    expect(problems).toEqual([]);
  });

  it("switches between articles and exports only the checked ones", async () => {
    const other = '"It is done," the minister said.\n';
    const html = await renderAnnotatePage("2 articles", [
      annotationArticle("bridge.txt", ARTICLE, extractQuotes(ARTICLE)),
      annotationArticle("minister.txt", other, extractQuotes(other)),
    ]);
    const { page, problems } = await chromium.openPage(html);
    expect(await page.locator("#quote-list button").count()).toBe(4);
    await page.locator("#article-pick").selectOption({ label: "minister.txt" });
    expect(await page.locator("#article-title").textContent()).toBe("minister.txt");
    expect(await page.locator("#article").textContent()).toBe(other);
    expect(await page.locator("#quote-list button").allTextContents()).toEqual(["\u201CIt is done\u201D \u2014 quotation, speaker: \u201Cthe minister\u201D (minister)"]);
    await page.locator("#checked").check();
    expect((await page.locator("#export-text").inputValue()).split("\n").map((line) => (line ? (JSON.parse(line) as { id: string }).id : ""))).toEqual(["minister.txt", ""]);
    expect(await page.locator("#export-status").textContent()).toBe("1 of 2 articles checked: the export holds 1 article. Tick \u201CChecked\u201D on each article you have corrected.");
    expect(await page.locator("#article-pick option").allTextContents()).toEqual(["bridge.txt", "minister.txt (checked)"]);
    // Undo from the first article goes back to the article of the last change.
    await page.locator("#article-pick").selectOption({ label: "bridge.txt" });
    await page.locator("#undo").click();
    expect(await page.locator("#article-title").textContent()).toBe("minister.txt");
    expect(await page.locator("#export-text").inputValue()).toBe("");
    expect(problems).toEqual([]);
  });

  it("shows a hostile article as text and runs nothing from it", async () => {
    const text = '"<script>alert(1)</script> is here," said Mallory Smith.\n\n"</script><img src=x onerror=alert(2)>," she added.';
    const article = { ...annotationArticle("</script>.txt", text, extractQuotes(text)), checked: true };
    const html = await renderAnnotatePage("<script>alert(3)</script>", [article]);
    const { page, problems, dialogs } = await chromium.openPage(html);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("#article").textContent()).toBe(text);
    expect(await page.locator("#quote-list button").count()).toBe(2);
    expect(await page.title()).toBe("whosaid annotate: <script>alert(3)</script>");
    // Read back from gold, the article starts checked: in the export as it is.
    expect(await page.locator("#checked").isChecked()).toBe(true);
    expect(await page.locator("#export-text").inputValue()).toBe(loadCore().toGoldJsonl([article]));
  });
});
