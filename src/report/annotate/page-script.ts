import { CONTROLS_SCRIPT } from "./controls-script";

/**
 * The annotation page's user interface (browser script source, run after CORE_SCRIPT, which
 * defines `annotateCore`): its state and how it is drawn, then the controls (CONTROLS_SCRIPT) in
 * the same function. The article text is drawn as flat segments whose text is exactly the
 * article's, so a selection maps back to offsets by each segment's `data-start`.
 */
export const PAGE_SCRIPT = String.raw`
(function () {
  "use strict";
  var core = annotateCore;
  var $ = function (id) { return document.getElementById(id); };
  var nextUid = 1;
  var articles = JSON.parse($("annotate-data").textContent).map(function (article) {
    return { data: article, quotes: article.quotes.map(withUid), checked: article.checked };
  });
  function withUid(quote) {
    return { uid: nextUid++, start: quote.start, end: quote.end, type: quote.type, speaker: quote.speaker, cue: quote.cue || null };
  }
  var at = 0;
  var selected = null; // uid of the selected quote
  var pending = null; // the last text selected in the article: { start, end }
  var undo = [];
  var dirty = false;
  var articleEl = $("article");

  function current() { return articles[at]; }
  function quoteOf(uid) {
    return current().quotes.find(function (quote) { return quote.uid === uid; }) || null;
  }
  function excerpt(text, max) {
    var flat = text.replace(/\s+/g, " ").trim();
    return flat.length <= max ? flat : flat.slice(0, max - 1) + "\u2026";
  }
  function say(message) { $("message").textContent = message; }
  function mentionName(range) {
    var found = current().data.mentions.find(function (m) { return m.start === range.start && m.end === range.end; });
    return found ? found.name : null;
  }
  function describeSpeaker(range) {
    if (range === null) return "none";
    var text = current().data.text;
    var name = mentionName(range);
    var written = "\u201C" + excerpt(text.slice(range.start, range.end), 60) + "\u201D";
    return name && name.toLowerCase() !== text.slice(range.start, range.end).toLowerCase() ? written + " (" + name + ")" : written;
  }

  // Every change goes through here: remember the state for Undo, then draw it again.
  function change(apply, message) {
    var article = current();
    undo.push({ at: at, quotes: JSON.stringify(article.quotes), checked: article.checked, selected: selected });
    apply(article);
    dirty = true;
    draw();
    if (message) say(message);
  }

  function draw() {
    var article = current();
    var text = article.data.text;
    var quotes = article.quotes;
    var chosen = quoteOf(selected);
    var cuts = [0, text.length];
    quotes.forEach(function (q) { cuts.push(q.start, q.end); });
    article.data.mentions.forEach(function (m) { cuts.push(m.start, m.end); });
    if (chosen && chosen.speaker) cuts.push(chosen.speaker.start, chosen.speaker.end);
    cuts = cuts.filter(function (value, index, all) { return all.indexOf(value) === index; }).sort(function (a, b) { return a - b; });
    var pieces = [];
    for (var i = 0; i + 1 < cuts.length; i++) {
      var from = cuts[i];
      var to = cuts[i + 1];
      var span = document.createElement("span");
      span.setAttribute("data-start", String(from));
      span.textContent = text.slice(from, to);
      var covering = quotes.filter(function (q) { return q.start <= from && to <= q.end; });
      if (covering.length > 0) {
        covering.sort(function (a, b) { return (a.end - a.start) - (b.end - b.start); });
        span.classList.add("seg-q", covering[0].type === "indirect" ? "seg-ind" : "seg-dir");
        span.setAttribute("data-quote", String(covering[0].uid));
        if (chosen && covering.indexOf(chosen) !== -1) span.classList.add("seg-sel");
        if (covering.some(function (q) { return q.start === from; })) span.classList.add("seg-open");
        if (covering.some(function (q) { return q.end === to; })) span.classList.add("seg-close");
      }
      var mention = article.data.mentions.find(function (m) { return m.start <= from && to <= m.end; });
      if (mention) {
        span.classList.add("seg-m");
        span.setAttribute("data-mention", mention.start + ":" + mention.end);
      }
      if (chosen && chosen.speaker && chosen.speaker.start <= from && to <= chosen.speaker.end) span.classList.add("seg-sp");
      pieces.push(span);
    }
    articleEl.replaceChildren.apply(articleEl, pieces);
    $("article-title").textContent = article.data.id;
    drawList(article, chosen);
    drawEditor(article, chosen);
    drawExport();
  }

  function drawList(article, chosen) {
    var sorted = article.quotes.slice().sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    $("quote-count").textContent = sorted.length + (sorted.length === 1 ? " quote" : " quotes");
    // The list is drawn anew: a keyboard user's focus stays on the same quote.
    var focused = document.activeElement && $("quote-list").contains(document.activeElement) ? document.activeElement.getAttribute("data-uid") : null;
    $("quote-list").replaceChildren.apply($("quote-list"), sorted.map(function (q) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "qitem";
      button.setAttribute("data-uid", String(q.uid));
      button.setAttribute("aria-pressed", String(q === chosen));
      button.setAttribute("aria-keyshortcuts", "Enter Delete");
      button.textContent = "\u201C" + excerpt(article.data.text.slice(q.start, q.end), 70) + "\u201D \u2014 " +
        (q.type === "direct" ? "quotation" : "reported") + ", speaker: " + describeSpeaker(q.speaker);
      item.appendChild(button);
      return item;
    }));
    var again = focused === null ? null : $("quote-list").querySelector('button[data-uid="' + focused + '"]');
    if (again) again.focus();
  }

  function drawEditor(article, chosen) {
    $("sel-none").hidden = chosen !== null;
    $("sel-body").hidden = chosen === null;
    $("checked").checked = article.checked;
    $("undo").disabled = undo.length === 0;
    $("pending").textContent = pending ? "Selected text: \u201C" + excerpt(article.data.text.slice(pending.start, pending.end), 60) + "\u201D" : "No text selected.";
    ["quote-add", "speaker-from-selection", "span-from-selection"].forEach(function (id) { $(id).disabled = pending === null; });
    if (!chosen) return;
    var text = article.data.text;
    $("sel-text").textContent = "\u201C" + excerpt(text.slice(chosen.start, chosen.end), 200) + "\u201D";
    $("sel-type").value = chosen.type;
    $("sel-speaker").textContent = describeSpeaker(chosen.speaker);
    var near = article.data.mentions.slice().sort(function (a, b) { return gap(a, chosen) - gap(b, chosen) || a.start - b.start; });
    var options = [new Option("Pick a mention\u2026", "")].concat(near.map(function (m) {
      var label = "\u201C" + excerpt(text.slice(m.start, m.end), 40) + "\u201D" + (m.name.toLowerCase() === text.slice(m.start, m.end).toLowerCase() ? "" : " (" + m.name + ")");
      return new Option(label + " at " + m.start, m.start + ":" + m.end);
    }));
    $("speaker-pick").replaceChildren.apply($("speaker-pick"), options);
    var names = [];
    article.data.mentions.forEach(function (m) { if (names.indexOf(m.name) === -1) names.push(m.name); });
    $("speaker-names").replaceChildren.apply($("speaker-names"), names.map(function (name) { return new Option(name); }));
  }
  function gap(range, quote) {
    return range.end <= quote.start ? quote.start - range.end : range.start >= quote.end ? range.start - quote.end : 0;
  }

  function checkedArticles() {
    return articles.filter(function (a) { return a.checked; }).map(function (a) {
      return { id: a.data.id, text: a.data.text, date: a.data.date, quotes: a.quotes };
    });
  }
  function drawExport() {
    var chosen = checkedArticles();
    $("export-text").value = core.toGoldJsonl(chosen);
    $("export-status").textContent = chosen.length + " of " + articles.length + " article" + (articles.length === 1 ? "" : "s") + " checked: " +
      (chosen.length === 0 ? "the export is empty." : "the export holds " + (chosen.length === 1 ? "1 article." : chosen.length + " articles.")) +
      " Tick \u201CChecked\u201D on each article you have corrected.";
    $("download").disabled = chosen.length === 0;
    $("copy").disabled = chosen.length === 0;
    var select = $("article-pick");
    if (select) Array.prototype.forEach.call(select.options, function (option, index) {
      option.textContent = articles[index].data.id + (articles[index].checked ? " (checked)" : "");
    });
  }

${CONTROLS_SCRIPT}
})();
`;
