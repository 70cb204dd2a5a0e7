/**
 * The annotation page: one self-contained HTML file (no server, no network, the report's
 * Content-Security-Policy) where a person corrects whosaid's quotes and exports gold JSONL.
 */

import { BASE_STYLE } from "../assets";
import { htmlDocument } from "../csp";
import { escapeHtml } from "../escape";
import { CORE_SCRIPT } from "./core-script";
import { pageDataJson, type AnnotationArticle } from "./data";
import { PAGE_SCRIPT } from "./page-script";

const ANNOTATE_STYLE = `
.toolbar{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;padding:8px 24px;border-bottom:1px solid #c4c4c4}
.annotate button,.annotate select,.annotate input,.annotate textarea{font:inherit;color:var(--text)}
.annotate button{background:#fff;border:1px solid #767676;border-radius:6px;padding:3px 10px;cursor:pointer}
.annotate button:disabled{color:#6b6b6b;border-color:#c4c4c4;cursor:default}
.annotate input,.annotate select{border:1px solid #767676;border-radius:4px;padding:2px 6px;max-width:100%}
.annotate fieldset{border:1px solid #c4c4c4;border-radius:6px;margin:8px 0;padding:4px 8px 8px}
.annotate label{display:block;margin:8px 0 2px;font-weight:600}
.annotate label.inline{display:inline;font-weight:400;margin:0}
.row{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.seg-q{border-radius:2px;cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.seg-dir{background:#dce9fb}
.seg-ind{background:#f3e6fb;font-style:italic}
.seg-open{border-left:3px solid #1a5fb4;padding-left:1px}
.seg-close{border-right:3px solid #1a5fb4;padding-right:1px}
.seg-sel{background:#ffe08a}
.seg-m{text-decoration:underline dotted #4d4d4d 2px;text-underline-offset:4px;cursor:pointer}
.seg-sp{text-decoration:underline solid var(--gold) 3px;font-weight:700}
.excerpt{font-family:Georgia,"Times New Roman",serif;margin:4px 0}
.qitem{width:100%;text-align:left}
.qitem[aria-pressed=true]{border:2px solid var(--text);background:#ffe08a}
#message{min-height:1.5em;font-weight:600}
#export-text{width:100%;font:.8rem/1.3 ui-monospace,monospace}
`;

/** The page for `articles` (at least one). */
export async function renderAnnotatePage(title: string, articles: readonly AnnotationArticle[]): Promise<string> {
  if (articles.length === 0) throw new Error("the annotation page needs at least one article");
  const first = articles[0]!;
  const picker =
    articles.length > 1
      ? `<label class="inline" for="article-pick">Article</label> <select id="article-pick">${articles
          .map((article, index) => `<option value="${index}">${escapeHtml(article.id)}</option>`)
          .join("")}</select>`
      : "";
  const body = [
    '<a class="skip" href="#quote-list">Skip to the quotes</a>',
    '<header class="top">',
    `<h1>${escapeHtml(title)}</h1>`,
    '<p class="meta">Correct whosaid\u2019s quotes, tick <strong>Checked</strong> on each article you have corrected, and export gold JSONL for <code>whosaid eval --gold</code>. Click a quotation (or pick it in the list) to edit it; click an underlined name, or type one, to make it the speaker; select text to mark a missed quotation or fix a span. In the list, Enter edits a quote and Delete removes it.</p>',
    '<p id="noscript-note">This page needs JavaScript to edit quotes.</p>',
    "</header>",
    '<div id="workspace" class="annotate" hidden>',
    '<div class="toolbar">',
    picker,
    '<button type="button" id="quote-add">Add quote from selected text</button>',
    '<button type="button" id="undo">Undo</button>',
    '<span><input type="checkbox" id="checked"> <label class="inline" for="checked">Checked: include this article in the export</label></span>',
    '<span id="pending" aria-live="polite"></span>',
    "</div>",
    '<div class="layout">',
    `<div><h2 id="article-title">${escapeHtml(first.id)}</h2>`,
    '<main id="article" class="article" aria-label="Article: click a quotation to edit it"></main></div>',
    '<aside class="panel annotate" aria-label="Quotes and export">',
    editor(),
    '<h2 id="quotes-heading">Quotes <span id="quote-count" class="meta"></span></h2>',
    '<ol id="quote-list" class="quotes" aria-labelledby="quotes-heading"></ol>',
    exportSection(),
    "</aside>",
    "</div>",
    "</div>",
    `<script type="application/json" id="annotate-data">${pageDataJson(articles)}</script>`,
  ].join("\n");
  return htmlDocument({
    title: `whosaid annotate: ${title}`,
    style: BASE_STYLE + ANNOTATE_STYLE,
    script: CORE_SCRIPT + PAGE_SCRIPT,
    body,
  });
}

function editor(): string {
  const nudge = (edge: string, step: number, label: string, text: string): string =>
    `<button type="button" data-edge="${edge}" data-step="${step}" aria-label="${label}">${text}</button>`;
  return [
    '<section aria-labelledby="editor-heading">',
    '<h2 id="editor-heading">Selected quote</h2>',
    '<p id="sel-none">None: click a quotation in the text or pick one in the list below.</p>',
    '<div id="sel-body" hidden>',
    '<p id="sel-text" class="excerpt"></p>',
    '<p>Speaker: <strong id="sel-speaker"></strong></p>',
    '<label for="speaker-name">Speaker\u2019s name (Enter sets it)</label>',
    '<div class="row"><input id="speaker-name" list="speaker-names" autocomplete="off"><button type="button" id="speaker-set">Set speaker</button></div>',
    '<datalist id="speaker-names"></datalist>',
    '<label for="speaker-pick">or a mention, nearest first</label>',
    '<select id="speaker-pick"></select>',
    '<div class="row"><button type="button" id="speaker-from-selection">Selected text is the speaker</button><button type="button" id="speaker-none">No speaker</button></div>',
    '<label for="sel-type">Type</label>',
    '<select id="sel-type"><option value="direct">quotation (in quotation marks)</option><option value="indirect">reported speech</option></select>',
    '<fieldset><legend>Span</legend><div class="row">',
    '<button type="button" id="span-from-selection">Set to selected text</button>',
    nudge("start", -1, "Start one word earlier", "\u2190 start"),
    nudge("start", 1, "Start one word later", "start \u2192"),
    nudge("end", -1, "End one word earlier", "\u2190 end"),
    nudge("end", 1, "End one word later", "end \u2192"),
    "</div></fieldset>",
    '<button type="button" id="quote-delete">Delete quote</button>',
    "</div>",
    '<p id="message" role="status" aria-live="polite"></p>',
    "</section>",
  ].join("\n");
}

function exportSection(): string {
  return [
    '<section aria-labelledby="export-heading">',
    '<h2 id="export-heading">Export gold JSONL</h2>',
    '<p id="export-status"></p>',
    '<div class="row"><button type="button" id="download">Download gold.jsonl</button><button type="button" id="copy">Copy to clipboard</button></div>',
    '<label for="export-text">Gold JSONL</label>',
    '<textarea id="export-text" rows="4" readonly></textarea>',
    "</section>",
  ].join("\n");
}
