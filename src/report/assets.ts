/**
 * The report's only stylesheet and script. Both are inlined and allowed by their SHA-256 hash in
 * the page's Content-Security-Policy; nothing else can run or style the page.
 */

export const BASE_STYLE = `
:root{color-scheme:light;--text:#111111;--muted:#4d4d4d;--error:#a51d2d;--gold:#1d6b2f;--warn:#8a4b00;--focus:#1a5fb4}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;color:var(--text);background:#fff;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
:focus-visible,[data-tip]:focus{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;z-index:20;background:#fff;padding:4px 8px}
.top{padding:16px 24px 8px;border-bottom:1px solid #c4c4c4}
h1{font-size:1.35rem;margin:0 0 4px;overflow-wrap:anywhere}
h2{font-size:1.05rem;margin:16px 0 8px}
.meta,.legend{margin:4px 0;color:var(--muted)}
.legend>span{margin-right:14px;white-space:nowrap}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 22rem;gap:28px;padding:16px 24px 48px;align-items:start}
@media (max-width:820px){.layout{grid-template-columns:1fr}}
.article{white-space:pre-wrap;overflow-wrap:anywhere;font:1.05rem/1.85 Georgia,"Times New Roman",serif;max-width:48em;margin:0}
.quote{--tint:#e3e3e3;--ink:#4d4d4d;color:var(--text);background:var(--tint);border-radius:3px;padding:2px 1px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.quote.q-indirect{background:#fff;border:2px dashed var(--ink);font-style:italic;padding:0 1px}
.quote .quote{border-bottom:3px solid var(--ink)}
.sp-none{--tint:#e3e3e3;--ink:#4d4d4d}
.badge,.label{display:inline-block;font:700 .68rem/1.35 system-ui,sans-serif;font-style:normal;letter-spacing:.02em;color:#fff;background:var(--ink);border-radius:3px;padding:0 4px;margin-right:3px;vertical-align:.2em;white-space:nowrap;text-indent:0}
.mention{text-decoration:underline solid var(--ink) 3px;text-underline-offset:4px}
.cue{text-decoration:underline dotted var(--ink) 3px;text-underline-offset:4px}
.dim{background:transparent!important;color:#595959!important;border-color:#b0b0b0!important;text-decoration-color:#b0b0b0!important}
.dim>.badge{background:#6b6b6b}
.label.l-error{background:var(--error)}.label.l-warn{background:var(--warn)}.label.l-gold{background:var(--gold)}
.quote.err-spurious,.quote.err-speaker{box-shadow:0 0 0 2px var(--error)}
.gold-missed{border:2px dotted var(--error);border-radius:3px;padding:0 1px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.gold-source{border-bottom:4px double var(--gold)}
.panel{position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto;border:1px solid #c4c4c4;border-radius:8px;padding:4px 16px 16px}
.panel ul{list-style:none;margin:0;padding:0}
.panel li{margin:0 0 10px}
.panel button{font:inherit;color:var(--text);cursor:pointer}
.show-all{background:#fff;border:1px solid #767676;border-radius:6px;padding:4px 10px;margin:0 0 10px}
.show-all[aria-pressed=true]{border:2px solid var(--text);font-weight:600}
.speaker{display:grid;grid-template-columns:auto 1fr auto;gap:2px 8px;align-items:baseline;width:100%;text-align:left;background:#fff;border:1px solid #767676;border-radius:6px;padding:6px 8px}
.speaker[aria-pressed=true]{background:var(--tint);border:2px solid var(--ink)}
.speaker .name{font-weight:600}
.speaker .title,.speaker .first{grid-column:2 / 4;color:var(--muted);font-size:.85rem}
.speaker[aria-pressed=true] .title,.speaker[aria-pressed=true] .first{color:var(--text)}
.speaker .count{font-size:.85rem;white-space:nowrap}
.jump{font-size:.85rem;margin-left:8px}
a{color:#0b50a0}
.scores{border-collapse:collapse;font-size:.78rem;margin:4px 0 8px;width:100%}
.scores th,.scores td{border:1px solid #c4c4c4;padding:2px 3px;text-align:right}
.scores th:first-child{text-align:left}
.errors li{font-size:.85rem}
.tip{position:absolute;z-index:10;max-width:24rem;background:#1f1f1f;color:#fff;padding:8px 10px;border-radius:6px;font:.85rem/1.45 system-ui,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.3);pointer-events:none}
.tip .l{display:block}
.pages{padding:0 24px 32px}
.pages table{border-collapse:collapse}
.pages th,.pages td{border-bottom:1px solid #c4c4c4;padding:6px 12px;text-align:left;vertical-align:top}
.pages td.n{text-align:right}
`;

/** Speaker filter and the hover/focus popover. Progressive: without it the page still shows every highlight and native titles. */
export const SCRIPT = `
(function () {
  "use strict";
  var article = document.getElementById("article");
  var tip = document.getElementById("tip");
  var status = document.getElementById("filter-status");
  if (!article || !tip || !status) return;
  var filtered = article.querySelectorAll("[data-speaker]");
  var quotes = article.querySelectorAll(".quote[id]");
  var buttons = document.querySelectorAll("button[data-filter]");
  // The popover replaces native titles, which would otherwise show the same text twice.
  article.querySelectorAll("[data-tip][title]").forEach(function (el) { el.removeAttribute("title"); });

  function applyFilter(id) {
    filtered.forEach(function (el) {
      el.classList.toggle("dim", id !== "" && el.getAttribute("data-speaker") !== id);
    });
    var shown = 0;
    quotes.forEach(function (el) { if (!el.classList.contains("dim")) shown++; });
    var name = "";
    buttons.forEach(function (button) {
      var pressed = button.getAttribute("data-filter") === id;
      button.setAttribute("aria-pressed", String(pressed));
      if (pressed) name = button.getAttribute("data-name") || "";
    });
    article.setAttribute("data-filter", id);
    status.textContent = id === ""
      ? "Showing all " + quotes.length + " quotes."
      : "Showing " + shown + " of " + quotes.length + " quotes: " + name + ".";
  }
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var id = button.getAttribute("data-filter") || "";
      applyFilter(button.getAttribute("aria-pressed") === "true" ? "" : id);
    });
  });

  var current = null;
  function show(el) {
    var description = document.getElementById(el.getAttribute("data-tip") || "");
    if (!description) return;
    tip.replaceChildren.apply(tip, Array.prototype.map.call(description.childNodes, function (node) {
      return node.cloneNode(true);
    }));
    tip.hidden = false;
    // Below the quotation, or above it when the window has no room below.
    var box = el.getBoundingClientRect();
    var view = document.documentElement;
    var left = Math.max(8, Math.min(box.left, view.clientWidth - tip.offsetWidth - 8));
    var below = box.bottom + 6 + tip.offsetHeight <= view.clientHeight || box.top < tip.offsetHeight + 6;
    tip.style.left = window.scrollX + left + "px";
    tip.style.top = window.scrollY + (below ? box.bottom + 6 : box.top - tip.offsetHeight - 6) + "px";
    current = el;
  }
  function hide() {
    tip.hidden = true;
    current = null;
  }
  function owner(node) {
    return node instanceof Element ? node.closest("[data-tip]") : null;
  }
  article.addEventListener("focusin", function (event) {
    var el = owner(event.target);
    if (el) show(el);
  });
  article.addEventListener("focusout", hide);
  article.addEventListener("mouseover", function (event) {
    var el = owner(event.target);
    if (el && el !== current) show(el);
  });
  article.addEventListener("mouseleave", function () {
    var focused = owner(document.activeElement);
    if (focused && article.contains(focused)) show(focused); else hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
  applyFilter("");
})();
`;
