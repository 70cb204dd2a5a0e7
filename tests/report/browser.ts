import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/** Debian's chromium; CI installs it (.ci/run). Browser tests skip when it is absent. */
export const CHROMIUM = "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** A page opened from HTML, with the script errors, policy violations and dialogs it met. */
export interface OpenedPage {
  page: Page;
  problems: string[];
  dialogs: string[];
}

export interface Chromium {
  /** The browser context, for permissions. */
  context(): BrowserContext;
  /** A directory of this test file's, removed after it. */
  dir(): string;
  /** Writes `html` to a file and opens it in a new page. */
  openPage(html: string): Promise<OpenedPage>;
}

/**
 * A headless Debian chromium with a fresh profile (no network side-channels, no downloads), started
 * before the calling describe block's tests and closed after them. Call inside the block.
 */
export function useChromium(): Chromium {
  let context: BrowserContext | undefined;
  let dir = "";
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "whosaid-chromium-"));
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 860 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  let pages = 0;
  return {
    context: () => context!,
    dir: () => dir,
    async openPage(html) {
      const file = join(dir, `page-${++pages}.html`);
      writeFileSync(file, html);
      const page = await context!.newPage();
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
      });
      const dialogs: string[] = [];
      page.on("dialog", async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto(`file://${file}`);
      return { page, problems, dialogs };
    },
  };
}
