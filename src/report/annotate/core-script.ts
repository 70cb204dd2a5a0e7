/**
 * The annotation page's pure logic (ranges, speaker look-up, the gold JSONL export) as browser
 * script source. It is plain JavaScript in a string, not a TypeScript function turned into text
 * with `toString()`, because transpilers may insert helpers (esbuild's `__name`) that do not exist
 * in the page. The unit tests evaluate this same string in Node (tests/report/annotate-core.test.ts),
 * so the page runs exactly the code that is tested.
 *
 * Defines one global-free binding, `annotateCore`, shaped as {@link AnnotateCore}.
 */

/** A character range of an article (UTF-16 indices, end exclusive). */
export interface CoreRange {
  start: number;
  end: number;
}

/** One quote being annotated; `type` as in the gold JSONL. */
export interface CoreQuote extends CoreRange {
  type: "direct" | "indirect";
  speaker: CoreRange | null;
  /** The cue whosaid found ("said", "told reporters"), exported so that retraining learns cue words. */
  cue?: CoreRange | null;
}

/** A place where a speaker is named, and the name whosaid gives that speaker. */
export interface CoreMention extends CoreRange {
  name: string;
}

/** An article as the export sees it. */
export interface CoreArticle {
  id: string;
  text: string;
  date: string | null;
  quotes: CoreQuote[];
}

/** What {@link CORE_SCRIPT} defines. */
export interface AnnotateCore {
  /** The range without surrounding white space, or null when nothing is left. */
  trimRange(text: string, start: number, end: number): CoreRange | null;
  /** The range with one edge moved by a word (`step` -1 or 1), or null when that would empty it or leave the text. */
  nudge(text: string, range: CoreRange, edge: "start" | "end", step: -1 | 1): CoreRange | null;
  /**
   * "direct" when the range holds a double quotation mark (as the evaluation decides) or one
   * stands right outside it (after closing punctuation: `"Yes," she said`), else "indirect".
   */
  guessType(text: string, start: number, end: number): "direct" | "indirect";
  /**
   * Where `name` is written nearest to the quote: a mention whose text or speaker name is `name`,
   * or else the words `name` themselves (case-insensitive, whole words); outside the quote when
   * possible. Null when the text never names it.
   */
  findSpeaker(text: string, mentions: readonly CoreMention[], quote: CoreRange, name: string): CoreRange | null;
  /** The quotes sorted by start (longer first), duplicates dropped; throws on a range that does not fit the text. */
  normalizeQuotes(text: string, quotes: readonly CoreQuote[]): CoreQuote[];
  /** Gold JSONL, one line per article, ending in a newline (empty for no article). */
  toGoldJsonl(articles: readonly CoreArticle[]): string;
}

export const CORE_SCRIPT = String.raw`
var annotateCore = (function () {
  "use strict";
  var QUOTE_MARK = /["\u201C\u201D]|''/;
  var SPACE = /\s/;

  function trimRange(text, start, end) {
    while (start < end && SPACE.test(text.charAt(start))) start++;
    while (end > start && SPACE.test(text.charAt(end - 1))) end--;
    return start < end ? { start: start, end: end } : null;
  }

  // Word boundaries: a word is a run of non-space characters.
  function isSpace(text, at) {
    return at < 0 || at >= text.length || SPACE.test(text.charAt(at));
  }
  function nudge(text, range, edge, step) {
    var start = range.start;
    var end = range.end;
    if (edge === "start" && step === 1) {
      while (start < text.length && !isSpace(text, start)) start++;
      while (start < text.length && isSpace(text, start)) start++;
    } else if (edge === "start") {
      while (start > 0 && isSpace(text, start - 1)) start--;
      while (start > 0 && !isSpace(text, start - 1)) start--;
    } else if (step === 1) {
      while (end < text.length && isSpace(text, end)) end++;
      while (end < text.length && !isSpace(text, end)) end++;
    } else {
      while (end > 0 && !isSpace(text, end - 1)) end--;
      while (end > 0 && isSpace(text, end - 1)) end--;
    }
    return start < end ? { start: start, end: end } : null;
  }

  // whosaid's own quotes leave the marks out, so a mark right outside the range counts too
  // (after closing punctuation: "Yes," she said).
  function guessType(text, start, end) {
    var after = text.slice(end).replace(/^[,.!?;:\u2026]{0,2}/, "");
    var marked = QUOTE_MARK.test(text.slice(start, end)) || /(["\u201C\u201D]|'')$/.test(text.slice(Math.max(0, start - 2), start)) ||
      /^(["\u201C\u201D]|'')/.test(after);
    return marked ? "direct" : "indirect";
  }

  function isWordChar(char) {
    return /[\p{L}\p{N}]/u.test(char);
  }
  function findSpeaker(text, mentions, quote, name) {
    var wanted = name.replace(/\s+/g, " ").trim().toLowerCase();
    if (wanted === "") return null;
    var candidates = [];
    mentions.forEach(function (mention) {
      var written = text.slice(mention.start, mention.end).replace(/\s+/g, " ").toLowerCase();
      if (written === wanted || mention.name.toLowerCase() === wanted) candidates.push({ start: mention.start, end: mention.end });
    });
    if (candidates.length === 0) {
      var lower = text.toLowerCase();
      for (var at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
        var end = at + wanted.length;
        var whole = !(isWordChar(text.charAt(at)) && isWordChar(text.charAt(at - 1))) &&
          !(isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end)));
        if (whole) candidates.push({ start: at, end: end });
      }
    }
    var best = null;
    var bestScore = Infinity;
    candidates.forEach(function (range) {
      var overlaps = range.start < quote.end && quote.start < range.end;
      // Outside the quote is preferred; before it wins a tie, as attributions usually lead.
      var score = overlaps ? text.length + 1 : range.end <= quote.start ? quote.start - range.end : range.start - quote.end + 0.5;
      if (score < bestScore) {
        best = range;
        bestScore = score;
      }
    });
    return best;
  }

  function checkRange(text, range, what) {
    var ok = range !== null && typeof range === "object" && Number.isInteger(range.start) && Number.isInteger(range.end) &&
      range.start >= 0 && range.start < range.end && range.end <= text.length;
    if (!ok) throw new Error(what + " does not fit the text: " + JSON.stringify(range));
  }
  function normalizeQuotes(text, quotes) {
    var seen = {};
    var kept = [];
    quotes.forEach(function (quote) {
      checkRange(text, quote, "a quote");
      if (quote.speaker !== null) checkRange(text, quote.speaker, "a speaker");
      if (quote.type !== "direct" && quote.type !== "indirect") throw new Error("a quote's type must be direct or indirect: " + JSON.stringify(quote.type));
      var key = quote.start + ":" + quote.end;
      if (seen[key]) return;
      seen[key] = true;
      var out = {
        start: quote.start,
        end: quote.end,
        speaker: quote.speaker === null ? null : { start: quote.speaker.start, end: quote.speaker.end },
        type: quote.type,
      };
      if (quote.cue) {
        checkRange(text, quote.cue, "a cue");
        out.cue = { start: quote.cue.start, end: quote.cue.end };
      }
      kept.push(out);
    });
    return kept.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
  }

  function toGoldJsonl(articles) {
    return articles.map(function (article) {
      return JSON.stringify({ id: article.id, text: article.text, date: article.date, quotes: normalizeQuotes(article.text, article.quotes) }) + "\n";
    }).join("");
  }

  return { trimRange: trimRange, nudge: nudge, guessType: guessType, findSpeaker: findSpeaker, normalizeQuotes: normalizeQuotes, toGoldJsonl: toGoldJsonl };
})();
`;
