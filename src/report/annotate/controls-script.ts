/**
 * The annotation page's controls: what each click, key and selection does to the quotes. Runs
 * inside the page script's function, after the view (page-script.ts), whose state and drawing
 * functions it uses.
 */
export const CONTROLS_SCRIPT = String.raw`
  function select(uid, focusSpeaker) {
    selected = uid;
    draw();
    if (focusSpeaker) $("speaker-name").focus({ preventScroll: true });
  }
  function setSpeaker(range, how) {
    var chosen = quoteOf(selected);
    if (!chosen) return;
    change(function () { chosen.speaker = range; }, "Speaker " + how + ": " + describeSpeaker(range) + ".");
  }
  function takePending() {
    var range = pending;
    pending = null;
    var selection = window.getSelection();
    if (selection) selection.removeAllRanges();
    return range;
  }
  function deleteQuote(uid) {
    var quote = quoteOf(uid);
    if (!quote) return;
    var text = current().data.text;
    change(function (article) {
      article.quotes = article.quotes.filter(function (q) { return q !== quote; });
      if (selected === uid) selected = null;
    }, "Deleted \u201C" + excerpt(text.slice(quote.start, quote.end), 60) + "\u201D. Undo brings it back.");
  }

  // Text selected in the article, as offsets; kept until used so that pressing a button does not lose it.
  function offsetOf(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) return Number(node.parentNode.getAttribute("data-start")) + offset;
    if (node === articleEl) {
      var child = articleEl.childNodes[offset];
      return child ? Number(child.getAttribute("data-start")) : current().data.text.length;
    }
    var segment = node.closest && node.closest("[data-start]");
    return segment ? Number(segment.getAttribute("data-start")) + (offset > 0 ? segment.textContent.length : 0) : null;
  }
  document.addEventListener("selectionchange", function () {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    var range = selection.getRangeAt(0);
    if (!articleEl.contains(range.startContainer) || !articleEl.contains(range.endContainer)) return;
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    var trimmed = range.collapsed || start === null || end === null ? null : core.trimRange(current().data.text, start, end);
    if (trimmed === null && !range.collapsed) return;
    pending = trimmed;
    drawEditor(current(), quoteOf(selected));
  });

  articleEl.addEventListener("click", function (event) {
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed) return; // the person is selecting text, not clicking
    var target = event.target instanceof Element ? event.target.closest("[data-start]") : null;
    if (!target) return;
    var mention = target.getAttribute("data-mention");
    if (mention && selected !== null) {
      var parts = mention.split(":");
      setSpeaker({ start: Number(parts[0]), end: Number(parts[1]) }, "picked in the text");
      return;
    }
    var uid = target.getAttribute("data-quote");
    select(uid === null ? null : Number(uid), uid !== null);
  });

  $("quote-list").addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("button[data-uid]") : null;
    if (button) select(Number(button.getAttribute("data-uid")), false);
  });
  $("quote-list").addEventListener("keydown", function (event) {
    var button = event.target instanceof Element ? event.target.closest("button[data-uid]") : null;
    if (!button) return;
    var uid = Number(button.getAttribute("data-uid"));
    if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      var items = Array.prototype.slice.call($("quote-list").querySelectorAll("button[data-uid]"));
      var index = items.indexOf(button);
      deleteQuote(uid);
      var rest = $("quote-list").querySelectorAll("button[data-uid]");
      var next = rest[Math.min(index, rest.length - 1)];
      (next || $("quote-add")).focus();
    } else if (event.key === "Enter") {
      event.preventDefault();
      select(uid, true);
    }
  });

  function applyTypedName() {
    var chosen = quoteOf(selected);
    var name = $("speaker-name").value;
    if (!chosen || name.trim() === "") return;
    var range = core.findSpeaker(current().data.text, current().data.mentions, chosen, name);
    if (range === null) {
      say("\u201C" + name.trim() + "\u201D is not in this article. The gold format points at where the speaker is named: pick a mention or select the words in the text.");
      return;
    }
    $("speaker-name").value = "";
    setSpeaker(range, "set");
  }
  $("speaker-set").addEventListener("click", applyTypedName);
  $("speaker-name").addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      applyTypedName();
    }
  });
  $("speaker-pick").addEventListener("change", function () {
    var value = $("speaker-pick").value;
    if (value === "") return;
    var parts = value.split(":");
    setSpeaker({ start: Number(parts[0]), end: Number(parts[1]) }, "picked");
  });
  $("speaker-none").addEventListener("click", function () { setSpeaker(null, "removed"); });
  $("speaker-from-selection").addEventListener("click", function () {
    var range = takePending();
    if (range) setSpeaker(range, "set to the selected text");
  });
  $("sel-type").addEventListener("change", function () {
    var chosen = quoteOf(selected);
    var type = $("sel-type").value;
    if (chosen) change(function () { chosen.type = type; }, "Type set to " + (type === "direct" ? "quotation." : "reported speech."));
  });
  $("span-from-selection").addEventListener("click", function () {
    var chosen = quoteOf(selected);
    var range = takePending();
    if (chosen && range) change(function () { chosen.start = range.start; chosen.end = range.end; }, "Span set.");
  });
  document.querySelectorAll("button[data-edge]").forEach(function (button) {
    button.addEventListener("click", function () {
      var chosen = quoteOf(selected);
      if (!chosen) return;
      var moved = core.nudge(current().data.text, chosen, button.getAttribute("data-edge"), Number(button.getAttribute("data-step")));
      if (moved === null) say("The span cannot get shorter that way.");
      else change(function () { chosen.start = moved.start; chosen.end = moved.end; }, "Span: \u201C" + excerpt(current().data.text.slice(moved.start, moved.end), 80) + "\u201D");
    });
  });
  $("quote-delete").addEventListener("click", function () {
    if (selected !== null) deleteQuote(selected);
    $("quote-add").focus();
  });
  $("quote-add").addEventListener("click", function () {
    var range = takePending();
    if (!range) return;
    var quote = withUid({ start: range.start, end: range.end, type: core.guessType(current().data.text, range.start, range.end), speaker: null });
    change(function (article) {
      article.quotes.push(quote);
      selected = quote.uid;
    }, "Added a " + (quote.type === "direct" ? "quotation" : "reported speech") + " without a speaker: give it one.");
    $("speaker-name").focus({ preventScroll: true });
  });
  $("undo").addEventListener("click", function () {
    var last = undo.pop();
    if (!last) return;
    at = last.at;
    articles[at].quotes = JSON.parse(last.quotes);
    articles[at].checked = last.checked;
    selected = last.selected;
    if ($("article-pick")) $("article-pick").value = String(at);
    draw();
    say("Undone.");
  });
  $("checked").addEventListener("change", function () {
    var value = $("checked").checked;
    change(function (article) { article.checked = value; }, value ? "This article is in the export." : "This article is left out of the export.");
  });
  if ($("article-pick")) $("article-pick").addEventListener("change", function () {
    at = Number($("article-pick").value);
    selected = null;
    pending = null;
    draw();
  });

  $("download").addEventListener("click", function () {
    var url = URL.createObjectURL(new Blob([$("export-text").value], { type: "application/x-ndjson" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = "gold.jsonl";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    dirty = false;
    say("Downloaded gold.jsonl.");
  });
  $("copy").addEventListener("click", function () {
    var value = $("export-text").value;
    function fallback() {
      $("export-text").select();
      var copied = document.execCommand("copy");
      say(copied ? "Copied the gold JSONL." : "Copying is blocked here: the JSONL is selected in the box, press Ctrl+C.");
      if (copied) dirty = false;
    }
    if (!navigator.clipboard) return fallback();
    navigator.clipboard.writeText(value).then(function () {
      dirty = false;
      say("Copied the gold JSONL.");
    }, fallback);
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) event.preventDefault();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && selected !== null && !(event.target instanceof HTMLInputElement)) select(null, false);
  });

  $("noscript-note").hidden = true;
  $("workspace").hidden = false;
  draw();
`;
