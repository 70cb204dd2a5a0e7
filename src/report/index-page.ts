/** The index page of a batch report: one row per article page. */

import { BASE_STYLE } from "./assets";
import { htmlDocument } from "./csp";
import { escapeHtml } from "./escape";

export interface IndexEntry {
  /** Relative link to the article's page. */
  href: string;
  title: string;
  articleDate: string | null;
  quotes: number;
  speakers: number;
  /** With a gold standard: missed + spurious + wrong speaker + wrong span. */
  errors?: number;
  /** An article that could not be processed: its message instead of figures. */
  failure?: string;
}

export async function renderIndexPage(title: string, entries: readonly IndexEntry[]): Promise<string> {
  const withGold = entries.some((entry) => entry.errors !== undefined);
  const rows = entries.map((entry) => {
    const name = entry.failure
      ? escapeHtml(entry.title)
      : `<a href="${escapeHtml(entry.href)}">${escapeHtml(entry.title)}</a>`;
    const cells = entry.failure
      ? [`<td colspan="${withGold ? 4 : 3}">error: ${escapeHtml(entry.failure)}</td>`]
      : [
          `<td>${escapeHtml(entry.articleDate ?? "unknown")}</td>`,
          `<td class="n">${entry.quotes}</td>`,
          `<td class="n">${entry.speakers}</td>`,
          withGold ? `<td class="n">${entry.errors ?? ""}</td>` : "",
        ];
    return `<tr><th scope="row">${name}</th>${cells.join("")}</tr>`;
  });
  const body = [
    `<header class="top"><h1>${escapeHtml(title)}</h1><p class="meta">${entries.length} articles</p></header>`,
    '<main class="pages"><table>',
    `<thead><tr><th scope="col">article</th><th scope="col">date</th><th scope="col">quotes</th><th scope="col">speakers</th>${withGold ? '<th scope="col">gold errors</th>' : ""}</tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody>`,
    "</table></main>",
  ].join("\n");
  return htmlDocument({ title, style: BASE_STYLE, body });
}
