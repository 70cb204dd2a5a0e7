import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";
import { renderReportPage, speakerColours } from "../../src/report";
import { CHROMIUM, HAVE_CHROMIUM, useChromium } from "./browser";
import { loadArticle } from "./helpers";

if (!HAVE_CHROMIUM) {
  console.warn(`report browser tests: SKIPPED, ${CHROMIUM} not found (apt-get install -y chromium; .ci/run installs it)`);
}

const SCREENSHOT = fileURLToPath(new URL("../../docs/report.png", import.meta.url));

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe.skipIf(!HAVE_CHROMIUM)("report in Chromium", () => {
  const { openPage } = useChromium();

  it("shows the golden article's quotes, filters by speaker and reveals a quote's details on focus", async () => {
    const text = loadArticle();
    const result = extractQuotes(text);
    const { page, problems } = await openPage(await renderReportPage({ title: "article.txt", text, result }));
    await page.setViewportSize({ width: 1280, height: 860 });

    // The script ran under the policy: it replaces native titles by the popover.
    await expect.poll(() => page.locator("[data-tip][title]").count()).toBe(0);
    expect(await page.locator("mark.quote[id]").count()).toBe(result.quotes.length);
    const q1 = page.locator("#q1");
    const s1 = result.speakers.find((speaker) => speaker.id === result.quotes[0]?.speaker?.id)!;
    expect(await q1.getAttribute("data-speaker")).toBe(s1.id);
    expect(await page.locator(`button[data-filter="${s1.id}"] .name`).textContent()).toBe("White House spokesman");
    // The stylesheet applied under the policy: q1 wears its speaker's tint.
    expect(await q1.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(speakerColours(0).tint));
    // Nested quotes are nested elements.
    expect(await page.locator("#q9 #q10").count()).toBe(1);
    expect(await page.locator("mark.q-indirect[id]").count()).toBe(result.quotes.filter((q) => q.type === "indirect").length);

    // Keyboard: from a fresh page, Tab reaches q1 after the skip link, and focus shows its details.
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== "q1" && steps < 10) {
      await page.keyboard.press("Tab");
      steps++;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q1");
    const tip = page.locator("#tip");
    expect(await tip.isVisible()).toBe(true);
    const q = result.quotes[0]!;
    const info = await tip.textContent();
    expect(info).toContain(`Rule: ${q.rule}`);
    expect(info).toContain(`Confidence: ${q.confidence.toFixed(2)}`);
    expect(info).toContain("Date: 2021-12-27");
    expect(await q1.getAttribute("aria-describedby")).toBe("d-q1");
    await page.keyboard.press("Escape");
    expect(await tip.isVisible()).toBe(false);
    // Tab on to q2: the popover follows focus.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q2");
    expect(await tip.textContent()).toContain("q2: partial quotation");

    // Filter on Sergey Lavrov: only his quotes stay highlighted.
    const lavrov = result.speakers.find((speaker) => speaker.name === "Sergey Lavrov")!;
    const his = result.quotes.filter((quote) => quote.speaker?.id === lavrov.id).map((quote) => quote.id);
    const button = page.locator(`button[data-filter="${lavrov.id}"]`);
    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator("mark.quote[id]:not(.dim)").evaluateAll((els) => els.map((el) => el.id))).toEqual(his);
    expect(await page.locator("mark.quote[id].dim").count()).toBe(result.quotes.length - his.length);
    expect(await page.locator("#filter-status").textContent()).toBe(`Showing ${his.length} of ${result.quotes.length} quotes: Sergey Lavrov.`);
    expect(await q1.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
    await page.locator("button.show-all").click();
    expect(await page.locator("mark.quote.dim").count()).toBe(0);
    expect(await page.locator("#filter-status").textContent()).toBe(`Showing all ${result.quotes.length} quotes.`);

    // The README screenshot: Lavrov's quotes picked out, the popover open on one of them.
    await button.click();
    await page.locator(`#${his[0]}`).focus();
    await page.screenshot({ path: SCREENSHOT });
    expect(problems).toEqual([]);
  });

  it("runs nothing from a hostile article", async () => {
    const text = [
      'date 2024-03-05 "<script>alert(1)</script> was found," said Mallory Smith.',
      'Mallory Smith said that "><img src=x onerror=alert(2)> was harmless and </style><script>alert(3)</script> too.',
      '"</main></mark><svg onload=alert(4)>," she added.',
    ].join("\n\n");
    const { page, problems, dialogs } = await openPage(await renderReportPage({ title: "<script>alert(5)</script>", text, result: extractQuotes(text) }));
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.locator("script").count()).toBe(1);
    expect(await page.locator("img, svg").count()).toBe(0);
    expect(await page.locator("#article").evaluate((el) => el.querySelectorAll("*:not(mark):not(span)").length)).toBe(0);
    expect(await page.title()).toBe("whosaid report: <script>alert(5)</script>");
    // The article reads as written, once badges and labels are left out.
    const shown = await page.locator("#article").evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".badge, .label").forEach((badge) => badge.remove());
      return copy.textContent;
    });
    expect(shown).toBe(text);
  });
});
