#!/usr/bin/env node
/**
 * Learn whosaid's attribution lexicon from the PolNeAR `train` split.
 *
 *   npm run train                    # reads ../shared/data/polnear/train (relative to the repo root)
 *   node scripts/train.mjs --data DIR
 *
 * Writes
 *   src/lexicon/learned.json   cue words/phrases with precision and argument statistics, title nouns,
 *                              description heads of Sources, share of pronoun Sources
 *   docs/training.md           regenerates the block between the `stats:begin` / `stats:end` markers
 *
 * Only word lists and numbers leave the corpus; no PolNeAR sentence is written anywhere.
 * The output is deterministic: files are read in sorted order, keys are sorted, numbers are rounded.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------------------------------------
// Thresholds
// ---------------------------------------------------------------------------------------------
const T = {
  cueMinCount: 3, // occurrences annotated as a Cue (exactly the core of a Cue span)
  cueMinPrecision: 0.15, // annotated-as-cue occurrences / all occurrences
  cueMaxWords: 4, // longer cue phrases are idiosyncratic one-offs
  titleMinCount: 3,
  sourceHeadMinCount: 3,
  pronounMinCount: 3,
};

// ---------------------------------------------------------------------------------------------
// Arguments and input
// ---------------------------------------------------------------------------------------------
const args = process.argv.slice(2);
const dataArg = args.indexOf("--data");
const DATA =
  dataArg >= 0 && args[dataArg + 1]
    ? path.resolve(args[dataArg + 1])
    : path.resolve(ROOT, "../shared/data/polnear/train");
const OUT_JSON = path.join(ROOT, "src/lexicon/learned.json");
const OUT_DOC = path.join(ROOT, "docs/training.md");
const QUIET = args.includes("--quiet");

if (!fs.existsSync(path.join(DATA, "text")) || !fs.existsSync(path.join(DATA, "attributions"))) {
  console.error(
    `train: PolNeAR train split not found at ${DATA}\n` +
      `       expected ${path.join(DATA, "text")} and ${path.join(DATA, "attributions")}.\n` +
      `       Put the corpus at ../shared/data/polnear/train (relative to the repo root) or pass --data DIR.`,
  );
  process.exit(1);
}

const log = (...m) => {
  if (!QUIET) console.error(...m);
};

// ---------------------------------------------------------------------------------------------
// Word lists used by the learner (not learned)
// ---------------------------------------------------------------------------------------------
const QUOTE_RE = /["\u201C\u201D]/;
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

/** Leading words stripped from a cue to get its core: auxiliaries, modals, negation, adverbs. */
const LEAD = new Set(
  (
    "s re ve d ll m 'd to has have had having is are was were be been being am will would could should can may " +
    "might must shall do does did doesn't don't didn't isn't aren't wasn't weren't hasn't haven't hadn't won't " +
    "wouldn't can't couldn't shouldn't not never also later then now first previously recently repeatedly " +
    "again still just even already always often once initially ultimately further frequently publicly privately " +
    "reportedly apparently simply quickly only too both all each all since yet so and but or who which that " +
    "he she they it we i you"
  ).split(" "),
);
/** -ly words that are not adverbs. */
const NOT_ADVERB = new Set(
  "reply apply supply comply imply rely multiply ally rally tally bully fly belly family july italy".split(" "),
);
const WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split(" ");
/** Trailing temporal words stripped from a cue ("said tuesday" -> "said"). */
const TRAIL_TIME = new Set([...WEEKDAYS, "today", "yesterday", "tonight", "then", "later", "earlier", "again", "too", "also", "recently", "repeatedly", "publicly", "privately", "once", "afterward", "afterwards"]);
const TIME_NOUNS = new Set(["week", "month", "year", "night", "fall", "spring", "summer", "winter", "weekend", "morning", "evening", "afternoon", ...WEEKDAYS]);
/** Medium nouns: "said in a statement" -> "said" (the prepositional phrase is dropped from the core). */
const MEDIUM = new Set(
  (
    "statement statements interview interviews tweet tweets twitter facebook instagram speech speeches email " +
    "e-mail emails post posts release conference call calls memo letter op-ed video radio television tv broadcast " +
    "appearance message column article blog book remarks rally debate hearing briefing podcast show " +
    "program interview filing report documentary phone telephone town hall meeting"
  ).split(" "),
);
const DETS = new Set("a an the his her their its this that one several multiple another our my your".split(" "));
const STOP = new Set(
  (
    "a an the of to in on at for from with by about as and or but if that this these those it its is are was were " +
    "be been has have had do does did not no so than then there here what which who whom whose when where why how " +
    "all any both each few more most other some such only own same too very can will just s t"
  ).split(" "),
);

const PRONOUNS = new Set(
  (
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs " +
    "who whom whose which that this these those one someone somebody anyone anybody everyone everybody " +
    "nobody none some many most others other both all each several few"
  ).split(" "),
);
/** Quantifiers after which "of" does not end the head chunk ("many of his supporters" -> "supporters"). */
const QUANT = new Set(
  (
    "many some most all none one two three four five six seven eight nine ten dozens hundreds thousands millions " +
    "several few both each either neither majority minority half number plurality third quarter percent lot lots " +
    "group handful share members member"
  ).split(" "),
);
const CHUNK_END = new Set(
  "of , ( ) who which that whose at for from with in on to and or - \u2013 \u2014 : ; \" \u201C \u201D".split(" "),
);
const ABBREV_TITLE_RE = /^[A-Z][a-z]{1,4}\.$/;
const MONTHS = new Set(
  "january february march april may june july august september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.".split(
    " ",
  ),
);

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------
const round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : "n/a");
const inc = (map, key, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
const normApos = (s) => s.replace(/\u2019/g, "'");

/** Lowercase word tokens with offsets. */
function words(text, base = 0) {
  const out = [];
  for (const m of normApos(text).matchAll(WORD_RE)) {
    out.push({ w: m[0].toLowerCase(), start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

const isAdverb = (w) => w.length >= 6 && w.endsWith("ly") && !NOT_ADVERB.has(w);

/**
 * Core of a normalised cue phrase (array of lowercase words), as a slice [from, to) of it:
 * leading auxiliaries, modals, negation and adverbs go ("has also said" -> "said"), so do trailing
 * dates and medium phrases ("said tuesday", "said in a statement", "wrote on twitter" -> "said", "wrote").
 */
function cueCoreRange(ws) {
  let from = 0;
  let to = ws.length;
  while (to - from > 1 && (LEAD.has(ws[from]) || isAdverb(ws[from]))) from++;
  for (let changed = true; changed && to - from > 1; ) {
    changed = false;
    const last = ws[to - 1];
    if (to - from > 2 && TIME_NOUNS.has(last) && ["last", "this", "on", "next", "that", "earlier", "later"].includes(ws[to - 2])) {
      to -= 2;
      changed = true;
    } else if (TRAIL_TIME.has(last) || isAdverb(last) || last === "that") {
      to -= 1;
      changed = true;
    } else if (MEDIUM.has(last)) {
      for (let k = to - 2; k >= Math.max(from + 1, to - 5); k--) {
        if (["in", "on", "during", "at", "via", "through", "to", "for"].includes(ws[k])) {
          const mid = ws.slice(k + 1, to - 1);
          if (mid.every((w, i) => (i === 0 && DETS.has(w)) || !STOP.has(w))) {
            to = k;
            changed = true;
          }
          break;
        }
      }
    }
  }
  return { from, to };
}
const cueCore = (ws) => {
  const { from, to } = cueCoreRange(ws);
  return ws.slice(from, to);
};

/** Binary search: index of the last element with start <= off. */
function locate(starts, off) {
  let lo = 0;
  let hi = starts.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= off) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

// ---------------------------------------------------------------------------------------------
// Read the corpus
// ---------------------------------------------------------------------------------------------
function parseAnn(src) {
  const spans = new Map();
  const rels = [];
  let degenerate = 0;
  for (const line of src.split("\n")) {
    let m = /^T(\d+)\t(\S+) ([\d; ]+)\t/.exec(line);
    if (m) {
      const frags = m[3]
        .split(";")
        .map((p) => p.trim().split(/\s+/).map(Number))
        .map(([s, e]) => ({ start: s, end: e }))
        .sort((x, y) => x.start - y.start);
      spans.set(`T${m[1]}`, { id: `T${m[1]}`, type: m[2], frags });
      continue;
    }
    m = /^E(\d+)\t(\S+?):(T\d+)(.*)$/.exec(line);
    if (m) {
      const rel = { id: `E${m[1]}`, kind: m[2], cue: null, source: null, content: [] };
      for (const [, role, tid] of m[4].matchAll(/(\S+?):(T\d+)/g)) {
        if (role === "Cue") rel.cue = tid;
        else if (role === "Source") rel.source = tid;
        else if (role.startsWith("Content")) rel.content.push(tid);
      }
      if (!rel.cue || rel.content.length === 0) degenerate++;
      else rels.push(rel);
    }
  }
  return { spans, rels, degenerate };
}

const nlp = winkNLP(model);
const its = nlp.its;

/** Paragraphs (lines), wink sentences and wink tokens, all with character offsets. */
function analyse(text) {
  const paras = [];
  const sents = [];
  const toks = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    const base = pos;
    pos += line.length + 1;
    if (!line.trim()) continue;
    const p = paras.length;
    paras.push({ start: base, end: base + line.length });
    const doc = nlp.readDoc(line);
    const local = [];
    let off = 0;
    doc.tokens().each((tk) => {
      const v = tk.out();
      const at = line.indexOf(v, off);
      if (at < 0 || at - off > 64) throw new Error(`wink token not found in its line: ${JSON.stringify(v)}`);
      local.push({ v, start: base + at, end: base + at + v.length, pos: tk.out(its.pos) });
      off = at + v.length;
    });
    const first = toks.length;
    toks.push(...local);
    doc.sentences().each((s) => {
      const [a, b] = s.out(its.span);
      sents.push({ start: local[a].start, end: local[b].end, para: p, tok0: first + a, tok1: first + b });
    });
  }
  return { paras, sents, toks, sentStarts: sents.map((s) => s.start), tokStarts: toks.map((t) => t.start) };
}

const textDir = path.join(DATA, "text");
const annDir = path.join(DATA, "attributions");
const annByArticle = new Map();
for (const f of fs.readdirSync(annDir).filter((f) => f.endsWith(".ann")).sort()) {
  const article = f.replace(/_[^_]+\.ann$/, "");
  if (!annByArticle.has(article)) annByArticle.set(article, f); // alphabetically first annotator
}
const articles = fs
  .readdirSync(textDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

const docs = [];
let degenerateRels = 0;
for (const a of articles) {
  const text = fs.readFileSync(path.join(textDir, `${a}.txt`), "utf8");
  const annFile = annByArticle.get(a);
  if (!annFile) continue;
  const { spans, rels, degenerate } = parseAnn(fs.readFileSync(path.join(annDir, annFile), "utf8"));
  degenerateRels += degenerate;
  docs.push({ name: a, text, spans, rels, ...analyse(text) });
}
log(`train: ${docs.length} articles, ${docs.reduce((n, d) => n + d.rels.length, 0)} relations`);

// ---------------------------------------------------------------------------------------------
// Per-relation features
// ---------------------------------------------------------------------------------------------
const fragText = (doc, span) => span.frags.map((f) => doc.text.slice(f.start, f.end)).join(" ");
const sentOf = (doc, off) => Math.max(0, locate(doc.sentStarts, off));
const extent = (span) => ({ start: span.frags[0].start, end: Math.max(...span.frags.map((f) => f.end)) });

function tokensIn(doc, start, end) {
  const out = [];
  for (let i = Math.max(0, locate(doc.tokStarts, start)); i < doc.toks.length && doc.toks[i].start < end; i++) {
    if (doc.toks[i].start >= start && doc.toks[i].end <= end) out.push(doc.toks[i]);
  }
  return out;
}

/** Complement type of a Content that follows its Cue. */
function complementType(doc, cue, content) {
  const first = content.frags[0];
  const gap = words(doc.text.slice(cue.end, first.start));
  const cw = words(doc.text.slice(first.start, Math.min(first.end, first.start + 200)));
  const firstW = cw[0]?.w;
  const lastGap = gap[gap.length - 1]?.w;
  if (/^\s*["\u201C]/.test(doc.text.slice(first.start, first.end))) return "quote";
  if (firstW === "that" || lastGap === "that") return "that";
  if (firstW === "to" || lastGap === "to") return "to";
  if (["whether", "if", "how", "what", "why", "who", "when", "where", "which"].includes(firstW ?? "")) return "wh";
  return isClause(tokensIn(doc, first.start, first.end)) ? "clause" : "np";
}

/** A subject before a verb (wink POS). */
function isClause(tk) {
  const v = tk.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  return v > 0 && tk.slice(0, v).some((t) => ["NOUN", "PROPN", "PRON", "NUM", "DET"].includes(t.pos));
}

const rels = [];
for (const doc of docs) {
  for (const r of doc.rels) {
    const cueSpan = doc.spans.get(r.cue);
    const contents = r.content.map((id) => doc.spans.get(id)).filter(Boolean);
    if (!cueSpan || contents.length === 0) continue;
    const content = { frags: contents.flatMap((c) => c.frags).sort((x, y) => x.start - y.start) };
    const srcSpan = r.source ? doc.spans.get(r.source) : null;
    const cue = extent(cueSpan);
    const cueWords = cueSpan.frags.map((f) => words(doc.text.slice(f.start, f.end)).map((w) => w.w));
    const cores = [...new Set(cueWords.map((ws) => cueCore(ws).join(" ")).filter(Boolean))];
    const contentText = fragText(doc, content);
    const isQuote = QUOTE_RE.test(contentText);
    const cFirst = content.frags[0].start;
    const cLast = Math.max(...content.frags.map((f) => f.end));
    let contentPos;
    if (cFirst >= cue.end) contentPos = "after";
    else if (cLast <= cue.start) contentPos = "before";
    else if (cFirst < cue.start && cLast > cue.end) contentPos = "around";
    else contentPos = "overlap";
    const rel = { doc, r, cue, cueSpan, cores, content, isQuote, contentPos, cFirst, cLast, src: null };
    rel.comp = contentPos === "after" ? complementType(doc, cue, content) : contentPos;
    // what the cue takes: a quotation, a that-clause, a clause without that, to-infinitive, wh-clause, NP
    rel.arg = isQuote
      ? "quote"
      : contentPos === "after"
        ? rel.comp === "quote"
          ? "quote"
          : rel.comp
        : isClause(tokensIn(doc, cFirst, cLast))
          ? "clause"
          : "np";
    if (srcSpan) {
      const s = extent(srcSpan);
      const srcText = fragText(doc, srcSpan).trim();
      const pos = s.end <= cue.start ? "before" : s.start >= cue.end ? "after" : "overlap";
      const near = pos === "before" ? s.end : s.start; // the source edge nearest the cue
      const gapText = pos === "before" ? doc.text.slice(s.end, cue.start) : pos === "after" ? doc.text.slice(cue.end, s.start) : "";
      rel.src = {
        ...s,
        span: srcSpan,
        text: srcText,
        lower: normApos(srcText.toLowerCase()),
        pos,
        sameSentence: sentOf(doc, near) === sentOf(doc, pos === "before" ? cue.start : cue.end - 1),
        adjacent: pos !== "overlap" && /^\s*$/.test(gapText),
        gapWords: words(gapText).length,
      };
    }
    rels.push(rel);
  }
}

// ---------------------------------------------------------------------------------------------
// Cues: candidate cores, their occurrences in the text, precision
// ---------------------------------------------------------------------------------------------
const candidates = new Set();
const coreSpans = new Map(); // doc name -> Set of "start:end" of the cores of its Cue fragments
let punctOnlyCues = 0;
let cueSpansTotal = 0;
for (const doc of docs) {
  const spans = new Set();
  coreSpans.set(doc.name, spans);
  for (const sp of doc.spans.values()) {
    if (sp.type !== "Cue") continue;
    cueSpansTotal++;
    for (const f of sp.frags) {
      const ws = words(doc.text.slice(f.start, f.end), f.start);
      if (ws.length === 0) {
        punctOnlyCues++;
        continue;
      }
      const { from, to } = cueCoreRange(ws.map((w) => w.w));
      const core = ws.slice(from, to).map((w) => w.w);
      spans.add(`${ws[from].start}:${ws[to - 1].end}`);
      if (core.length > T.cueMaxWords) continue;
      if (core.every((w) => STOP.has(w) || LEAD.has(w))) continue;
      candidates.add(core.join(" "));
    }
  }
}
// occurrences of every candidate in the text; "annotated" when the occurrence is exactly the core of a Cue
const maxN = Math.max(...[...candidates].map((c) => c.split(" ").length));
const occTotal = new Map();
const occCue = new Map();
for (const doc of docs) {
  const spans = coreSpans.get(doc.name);
  const ws = words(doc.text);
  const quoted = quotedRanges(doc.text);
  for (let i = 0; i < ws.length; i++) {
    // Words inside quotation marks ("I want ...") are what was said, not the writer's cues.
    if (quoted.some(([a, b]) => ws[i].start >= a && ws[i].start < b)) continue;
    let key = "";
    for (let n = 1; n <= maxN && i + n <= ws.length; n++) {
      key = n === 1 ? ws[i].w : `${key} ${ws[i + n - 1].w}`;
      if (!candidates.has(key)) continue;
      inc(occTotal, key);
      if (spans.has(`${ws[i].start}:${ws[i + n - 1].end}`)) inc(occCue, key);
    }
  }
}

/** [start, end) of the text between quotation marks, per paragraph (an unclosed mark runs to its end). */
function quotedRanges(text) {
  const out = [];
  let offset = 0;
  for (const para of text.split("\n")) {
    let open = -1;
    for (let k = 0; k < para.length; k++) {
      const ch = para[k];
      if (ch === "\u201C" || (ch === '"' && open < 0)) open = k;
      else if ((ch === "\u201D" || ch === '"') && open >= 0) {
        out.push([offset + open, offset + k]);
        open = -1;
      }
    }
    if (open >= 0) out.push([offset + open, offset + para.length]);
    offset += para.length + 1;
  }
  return out;
}

// per-core relation statistics
const relStats = new Map();
for (const rel of rels) {
  for (const core of rel.cores) {
    let st = relStats.get(core);
    if (!st) relStats.set(core, (st = { n: 0, that: 0, quote: 0, before: 0, after: 0, contentBefore: 0, comp: new Map() }));
    st.n++;
    if (rel.comp === "that") st.that++;
    if (rel.isQuote) st.quote++;
    if (rel.src?.pos === "before") st.before++;
    if (rel.src?.pos === "after") st.after++;
    if (rel.contentPos === "before") st.contentBefore++;
    inc(st.comp, rel.arg);
  }
}

const cues = {};
for (const c of [...candidates].sort()) {
  const count = occCue.get(c) ?? 0;
  const total = occTotal.get(c) ?? 0;
  if (count < T.cueMinCount || total === 0) continue;
  const precision = count / total;
  if (precision < T.cueMinPrecision) continue;
  const st = relStats.get(c);
  if (!st || st.n === 0) continue;
  const takes = [...st.comp.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
  cues[c] = {
    count,
    precision: round(precision),
    relations: st.n,
    that: round(st.that / st.n, 2),
    quote: round(st.quote / st.n, 2),
    sourceBefore: round(st.before / st.n, 2),
    sourceAfter: round(st.after / st.n, 2),
    contentBefore: round(st.contentBefore / st.n, 2),
    takes,
  };
}

// ---------------------------------------------------------------------------------------------
// Sources: titles, description heads, pronouns
// ---------------------------------------------------------------------------------------------
// word-case statistics over the whole text (not sentence-initial, not after an opening quote / bracket)
const caseLower = new Map();
const caseUpper = new Map();
const nounLower = new Map(); // lowercase occurrences tagged NOUN
for (const doc of docs) {
  const sentFirst = new Set(doc.sents.map((s) => s.tok0));
  doc.toks.forEach((t, i) => {
    if (!/^\p{L}/u.test(t.v) || sentFirst.has(i)) return;
    const prev = doc.toks[i - 1]?.v ?? "";
    if (/^["\u201C\u2018'(\[:]$/.test(prev)) return;
    const w = normApos(t.v.toLowerCase());
    if (/^\p{Lu}/u.test(t.v)) inc(caseUpper, w);
    else {
      inc(caseLower, w);
      if (t.pos === "NOUN") inc(nounLower, w);
    }
  });
}
const lowerShare = (w) => {
  const l = caseLower.get(w) ?? 0;
  const u = caseUpper.get(w) ?? 0;
  return l + u ? l / (l + u) : 0;
};
// share of a word's lowercase occurrences that wink tags NOUN (titles are nouns, "former" is not)
const nounShare = (w) => (caseLower.get(w) ? (nounLower.get(w) ?? 0) / caseLower.get(w) : 0);
const isCap = (t) => /^\p{Lu}/u.test(t.v);
const isNameLike = (t) => isCap(t) && !ABBREV_TITLE_RE.test(t.v) && lowerShare(normApos(t.v.toLowerCase())) < 0.1;
const isTitleLike = (t) => {
  const w = normApos(t.v.toLowerCase()).split("-").pop();
  if (STOP.has(w) || PRONOUNS.has(w) || MONTHS.has(w) || WEEKDAYS.includes(w)) return false;
  if (!/^\p{L}[\p{L}.-]*$/u.test(t.v)) return false;
  if (ABBREV_TITLE_RE.test(t.v)) return true;
  if (t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  return (caseLower.get(w) ?? 0) >= 3 && lowerShare(w) >= 0.2;
};

/** Join "front - runner" (no spaces around the hyphen) into one token "front-runner". */
function mergeHyphens(tk) {
  const out = [];
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i];
    const prev = out[out.length - 1];
    const next = tk[i + 1];
    if (t.v === "-" && prev && next && prev.end === t.start && t.end === next.start && /^\p{L}/u.test(next.v)) {
      out[out.length - 1] = { v: `${prev.v}-${next.v}`, start: prev.start, end: next.end, pos: next.pos };
      i++;
    } else out.push(t);
  }
  return out;
}

/** Head of a chunk: its last noun, after "QUANT of" and possessors ("many of Trump's supporters"). */
function chunkHead(tk) {
  let chunk = [];
  for (const t of tk) {
    const w = normApos(t.v.toLowerCase());
    if (w === "'s" || w === "'") {
      chunk = []; // possessor: "Trump's campaign" -> restart at the possessum
      continue;
    }
    if (CHUNK_END.has(w)) {
      const quant = chunk.every((c) => QUANT.has(c.v.toLowerCase()) || DETS.has(c.v.toLowerCase()) || /^\d/.test(c.v));
      if (w === "of" && chunk.length && quant) {
        chunk = [];
        continue;
      }
      break;
    }
    chunk.push(t);
  }
  const nouns = chunk.filter((t) => (t.pos === "NOUN" || t.pos === "PROPN") && /^\p{L}/u.test(t.v));
  return nouns[nouns.length - 1] ?? null;
}

const preName = new Map(); // title word directly before a name ("spokesman Josh Earnest", "Sen. Cruz")
// Person-name words: every name-like word of a Source that consists only of capitalised words
// ("Donald Trump", "Mr. Trump", "Josh Earnest"); a title must be followed by one of them.
const personNames = new Set();
for (const doc of docs) {
  for (const sp of doc.spans.values()) {
    if (sp.type !== "Source") continue;
    const tk = sp.frags.flatMap((f) => tokensIn(doc, f.start, f.end)).filter((t) => /^\p{L}/u.test(t.v));
    if (tk.length === 0 || tk.length > 4 || !tk.every((t) => isNameLike(t) || ABBREV_TITLE_RE.test(t.v))) continue;
    if (!isNameLike(tk[tk.length - 1])) continue;
    for (const t of tk) if (isNameLike(t)) personNames.add(t.v);
  }
}
// ... but not group or institution words: plurals of a capitalised word ("Republicans"), all-caps acronyms
// ("GOP"), words mostly preceded by "the" ("the Senate", "the University")
const theBefore = new Map();
for (const doc of docs) {
  doc.toks.forEach((t, i) => {
    if (isCap(t) && i > 0 && /^the$/i.test(doc.toks[i - 1].v)) inc(theBefore, t.v);
  });
}
const notPersonName = (n) => {
  const w = n.toLowerCase();
  const capCount = caseUpper.get(w) ?? 0;
  return (
    n === "I" ||
    (n.length > 1 && n === n.toUpperCase()) ||
    (w.endsWith("s") && (caseUpper.get(w.slice(0, -1)) ?? 0) >= 3) ||
    (capCount > 0 && (theBefore.get(n) ?? 0) / capCount >= 0.2)
  );
};
for (const n of [...personNames]) if (notPersonName(n)) personNames.delete(n);
/** A person's name starts at tk[i]: a first + last name, or one known person-name word. */
function personNameAt(tk, i) {
  let e = i;
  while (e + 1 < tk.length && isNameLike(tk[e + 1])) e++;
  if (notPersonName(tk[e].v)) return false;
  return e > i || personNames.has(tk[i].v);
}
const followers = new Map(); // title word -> the name words that follow it
const appos = new Map(); // description head in a Source that also names someone ("Earnest, the press secretary")
const descHead = new Map(); // head of a lowercase description chunk (any chunk of the Source)
const sourceHeads = new Map(); // head of the first chunk of a non-pronoun, non-capitalised Source
let sourceSpans = 0;
let descSources = 0;
let pronounSpans = 0;

for (const doc of docs) {
  for (const sp of doc.spans.values()) {
    if (sp.type !== "Source") continue;
    sourceSpans++;
    const tk = mergeHyphens(sp.frags.flatMap((f) => tokensIn(doc, f.start, f.end)));
    const lower = normApos(fragText(doc, sp).trim().toLowerCase());
    if (PRONOUNS.has(lower)) {
      pronounSpans++;
      continue;
    }
    // (1) titles before names
    for (let i = 1; i < tk.length; i++) {
      if (!isNameLike(tk[i]) || isNameLike(tk[i - 1]) || !personNameAt(tk, i)) continue;
      let j = i - 1;
      // "Secretary of State John Kerry": walk back over capitalised non-name words to an "of"
      // ("secretary of state Ann Lee" too)
      let k = j;
      while (k > 0 && /^\p{L}/u.test(tk[k].v) && tk[k].v !== "of" && !ABBREV_TITLE_RE.test(tk[k].v) && i - k <= 3) k--;
      if (k < j && tk[k].v === "of") j = k - 1;
      if (j >= 0 && isTitleLike(tk[j])) {
        const w = normApos(tk[j].v.toLowerCase());
        inc(preName, w);
        if (!followers.has(w)) followers.set(w, new Map());
        inc(followers.get(w), tk[i].v);
      }
    }
    // (2) description heads of every chunk ("Jane Roe, the council's press secretary")
    const chunks = [];
    let cur = [];
    for (const t of tk) {
      if ([",", "(", ")", "\u2013", "\u2014", ";"].includes(t.v) || ["who", "which", "and"].includes(t.v.toLowerCase())) {
        if (cur.length) chunks.push(cur);
        cur = [];
      } else cur.push(t);
    }
    if (cur.length) chunks.push(cur);
    const heads_ = chunks.map(chunkHead);
    const nameChunk = heads_.findIndex((h) => h && isNameLike(h));
    chunks.forEach((ch, ci) => {
      const h = heads_[ci];
      if (!h || isCap(h)) return;
      const w = normApos(h.v.toLowerCase());
      if (PRONOUNS.has(w) || STOP.has(w)) return;
      inc(descHead, w);
      if (nameChunk >= 0 && nameChunk !== ci) inc(appos, w);
      if (ci === 0) {
        descSources++;
        inc(sourceHeads, w);
      }
    });
  }
}

// titles: role nouns attested with a person's name, either before it ("spokesman Josh Earnest", "Sen. Cruz")
// or in apposition ("Josh Earnest, the press secretary"). Nouns must be mostly lowercase and mostly tagged
// NOUN in running text (this drops "White" House, "New" York, "former"), and at least 10% of their uses in
// Sources must be with a name (this drops "campaign", "poll", "report"). count = uses before a name + uses
// as a description head.
// "X who" vs "X which": person nouns take "who" ("an aide who"), things take "which" ("a group, which")
const whoAfter = new Map();
const whichAfter = new Map();
for (const doc of docs) {
  doc.toks.forEach((t, i) => {
    let n = doc.toks[i + 1];
    if (n?.v === ",") n = doc.toks[i + 2];
    if (!n || !/^\p{Ll}/u.test(t.v)) return;
    const w = normApos(t.v.toLowerCase());
    if (n.v.toLowerCase() === "who") inc(whoAfter, w);
    else if (n.v.toLowerCase() === "which" || (n.v.toLowerCase() === "that" && doc.toks[i + 1] === n)) inc(whichAfter, w);
  });
}
const thingLike = (w) => (whichAfter.get(w) ?? 0) >= 3 && (whichAfter.get(w) ?? 0) > 2 * (whoAfter.get(w) ?? 0);
const titles = {};
for (const w of [...new Set([...preName.keys(), ...appos.keys()])].sort()) {
  const pre = preName.get(w) ?? 0;
  const named = pre + (appos.get(w) ?? 0);
  const count = pre + (descHead.get(w) ?? 0);
  if (count < T.titleMinCount) continue;
  const abbrev = /^[a-z]{2,4}\.$/.test(w);
  if (abbrev) {
    if (pre >= T.titleMinCount && (followers.get(w)?.size ?? 0) >= 2) titles[w] = count;
    continue;
  }
  const last = w.split("-").pop();
  if (last.length < 3 || nounShare(last) < 0.5 || lowerShare(last) < 0.45) continue;
  if (thingLike(last)) continue;
  const ap = appos.get(w) ?? 0;
  const evidence = (followers.get(w)?.size ?? 0) + ap; // distinct names + appositions
  if (named / (pre + (descHead.get(w) ?? 0)) < 0.1) continue;
  // before a name at least once, or (singular nouns) in apposition to a name at least 3 times
  if (!(pre >= 1 && evidence >= 2) && !(pre === 0 && ap >= 3 && !w.endsWith("s"))) continue;
  titles[w] = count;
}
const heads = {};
for (const [w, n] of [...sourceHeads.entries()].sort()) if (n >= T.sourceHeadMinCount) heads[w] = n;

// pronoun share (per relation with a Source)
const relWithSource = rels.filter((r) => r.src);
const pronounCounts = new Map();
const pronounCountsQ = new Map();
for (const r of relWithSource) {
  if (PRONOUNS.has(r.src.lower)) {
    inc(pronounCounts, r.src.lower);
    if (r.isQuote) inc(pronounCountsQ, r.src.lower);
  }
}
const pronounSourceShare = {};
for (const [w, n] of [...pronounCounts.entries()].sort()) {
  if (n >= T.pronounMinCount) pronounSourceShare[w] = round(n / relWithSource.length, 4);
}

// ---------------------------------------------------------------------------------------------
// Write learned.json
// ---------------------------------------------------------------------------------------------
const nPronounRel = [...pronounCounts.values()].reduce((a, b) => a + b, 0);
const quoteRels = rels.filter((r) => r.isQuote);
const quoteWithSource = quoteRels.filter((r) => r.src);
const nPronounQ = [...pronounCountsQ.values()].reduce((a, b) => a + b, 0);
const learned = {
  meta: {
    corpus: "PolNeAR 1.0.0 train split, alphabetically first annotator per article",
    articles: docs.length,
    relations: rels.length,
    thresholds: T,
    pronounSourceShareTotal: round(nPronounRel / relWithSource.length, 4),
    pronounSourceShareQuotes: round(nPronounQ / quoteWithSource.length, 4),
  },
  cues,
  titles,
  sourceHeads: heads,
  pronounSourceShare,
};

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") {
    const o = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}
/** Compact JSON, one entry of each top-level map per line (diff-friendly), sorted keys. */
function serialise(obj) {
  const o = sortKeys(obj);
  const top = Object.keys(o).map((k) => {
    const v = o[k];
    if (v && typeof v === "object" && !Array.isArray(v) && k !== "meta") {
      const inner = Object.keys(v).map((ik) => `${JSON.stringify(ik)}:${JSON.stringify(v[ik])}`);
      return `${JSON.stringify(k)}:{\n${inner.join(",\n")}\n}`;
    }
    return `${JSON.stringify(k)}:${JSON.stringify(v)}`;
  });
  return `{\n${top.join(",\n")}\n}\n`;
}
fs.mkdirSync(path.dirname(OUT_JSON), { recursive: true });
const json = serialise(learned);
fs.writeFileSync(OUT_JSON, json);
log(
  `train: wrote ${path.relative(ROOT, OUT_JSON)} (${(json.length / 1024).toFixed(1)} KB): ` +
    `${Object.keys(cues).length} cues, ${Object.keys(titles).length} titles, ${Object.keys(heads).length} source heads, ` +
    `${Object.keys(pronounSourceShare).length} pronouns`,
);

// ---------------------------------------------------------------------------------------------
// Statistics for docs/training.md
// ---------------------------------------------------------------------------------------------
const md = [];
const table = (head, rows) => {
  md.push(`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`);
  for (const r of rows) md.push(`| ${r.join(" | ")} |`);
  md.push("");
};
const tally = (items, keyFn) => {
  const m = new Map();
  for (const it of items) inc(m, keyFn(it));
  return m;
};
const rowsOf = (m, total, order) =>
  (order ?? [...m.keys()].sort((a, b) => m.get(b) - m.get(a) || (a < b ? -1 : 1)))
    .filter((k) => m.has(k))
    .map((k) => [k, String(m.get(k)), pct(m.get(k), total)]);

md.push(
  `Corpus: ${docs.length} train articles, ${rels.length} relations with a Cue and a Content ` +
    `(${degenerateRels} degenerate relations without Cue/Content skipped), ` +
    `${quoteRels.length} quotations (Content contains \`"\`, \`\u201C\` or \`\u201D\`), ` +
    `${rels.length - quoteRels.length} other Contents (reported speech, beliefs, intentions). ` +
    `${rels.length - relWithSource.length} relations (${pct(rels.length - relWithSource.length, rels.length)}) have no Source. ` +
    `Sentences are wink-nlp sentences (wink-eng-lite-web-model), computed per paragraph (line).`,
  "",
);

// (a) source position relative to cue
const srcCat = (r) => {
  if (!r.src) return "no Source";
  if (r.src.pos === "overlap") return "Source overlaps Cue";
  const side = r.src.pos === "before" ? "before" : "after";
  if (!r.src.sameSentence) return `${side} Cue, other sentence`;
  return r.src.adjacent ? `${side} Cue, adjacent` : `${side} Cue, same sentence, not adjacent`;
};
const srcOrder = [
  "before Cue, adjacent",
  "before Cue, same sentence, not adjacent",
  "before Cue, other sentence",
  "after Cue, adjacent",
  "after Cue, same sentence, not adjacent",
  "after Cue, other sentence",
  "Source overlaps Cue",
  "no Source",
];
md.push("### (a) Source position relative to the Cue", "");
md.push(
  '"Adjacent" means only whitespace between Source and Cue ("X said", "said X"). ' +
    "Columns: all relations, quotations, other Contents.",
  "",
);
{
  const all = tally(rels, srcCat);
  const q = tally(quoteRels, srcCat);
  const o = tally(
    rels.filter((r) => !r.isQuote),
    srcCat,
  );
  md.push("| position | all | quotations | other |", "|---|---|---|---|");
  for (const k of srcOrder) {
    md.push(
      `| ${k} | ${all.get(k) ?? 0} (${pct(all.get(k) ?? 0, rels.length)}) | ${q.get(k) ?? 0} (${pct(q.get(k) ?? 0, quoteRels.length)}) | ${o.get(k) ?? 0} (${pct(o.get(k) ?? 0, rels.length - quoteRels.length)}) |`,
    );
  }
  md.push("");
  const gapRels = relWithSource.filter((r) => r.src.pos === "before" && r.src.sameSentence && !r.src.adjacent);
  const gapCat = tally(gapRels, (r) => {
    const g = r.doc.text.slice(r.src.end, r.cue.start);
    if (/[,(\u2013\u2014]/.test(g)) return "comma/dash/bracket (apposition, relative clause)";
    return r.src.gapWords <= 2 ? "1-2 words, no comma (adverb, auxiliary)" : "3+ words, no comma";
  });
  md.push(
    `Source before the Cue in the same sentence but not adjacent (${gapRels.length}): ` +
      rowsOf(gapCat, gapRels.length)
        .map(([k, n, p]) => `${k} ${n} (${p})`)
        .join("; ") +
      ".",
    "",
  );
  const before = relWithSource.filter((r) => r.src.pos === "before").length;
  const after = relWithSource.filter((r) => r.src.pos === "after").length;
  const qb = quoteWithSource.filter((r) => r.src.pos === "before").length;
  const qa = quoteWithSource.filter((r) => r.src.pos === "after").length;
  md.push(
    `Of relations with a Source: before the Cue ${pct(before, relWithSource.length)}, after ${pct(after, relWithSource.length)}. ` +
      `Quotations with a Source: before ${pct(qb, quoteWithSource.length)}, after ${pct(qa, quoteWithSource.length)}.`,
    "",
  );
  // inversion by cue for the frequent ones
  const inv = ["said", "says", "told", "added", "wrote", "according to", "asked", "noted", "explained", "tweeted"]
    .filter((c) => cues[c])
    .map((c) => `${c} ${Math.round(100 * cues[c].sourceAfter)}%`);
  md.push(`Share of relations with the Source *after* the Cue ("said X", "according to X"), per cue: ${inv.join(", ")}.`, "");
  // pronoun share
  md.push(
    `Bare-pronoun Sources: ${pct(nPronounRel, relWithSource.length)} of relations with a Source; ` +
      `${pct(nPronounQ, quoteWithSource.length)} of quotations with a Source. Most frequent: ` +
      [...pronounCounts.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 8)
        .map(([w, n]) => `${w} ${pct(n, relWithSource.length)}`)
        .join(", ") +
      ".",
    "",
  );
}

md.push(
  `Distinct Source spans: ${sourceSpans}; bare pronouns ${pronounSpans} (${pct(pronounSpans, sourceSpans)}); ` +
    `descriptions with a lowercase head noun (sourceHeads) ${descSources} (${pct(descSources, sourceSpans)}); ` +
    `the rest are names or capitalised descriptions ("the White House").`,
  "",
);

// (b) quotations: where are Cue and Source relative to the quote
function placeOf(doc, off, r) {
  const s = sentOf(doc, off);
  const s0 = sentOf(doc, r.cFirst);
  const s1 = sentOf(doc, r.cLast - 1);
  if (s >= s0 && s <= s1) return "same sentence";
  const p = doc.sents[s].para;
  const p0 = doc.sents[s0].para;
  const p1 = doc.sents[s1].para;
  if (s === s0 - 1 && p === p0) return "previous sentence";
  if (s === s1 + 1 && p === p1) return "next sentence";
  if (p === p0 - 1) {
    const para = doc.paras[p];
    return /:\s*["\u201C]?\s*$/.test(doc.text.slice(para.start, para.end))
      ? "previous paragraph, ends with colon"
      : "previous paragraph, no colon";
  }
  if (p === p1 + 1) return "next paragraph";
  if (p >= p0 && p <= p1) return "same paragraph, farther";
  return off < r.cFirst ? "earlier, farther" : "later, farther";
}
const placeOrder = [
  "same sentence",
  "previous sentence",
  "next sentence",
  "previous paragraph, ends with colon",
  "previous paragraph, no colon",
  "next paragraph",
  "same paragraph, farther",
  "earlier, farther",
  "later, farther",
  "absent (Attribution-no-source)",
  "absent",
];
md.push("### (b) Quotations: where the Cue and the Source are", "");
md.push(
  'Sentence of the Cue (its first character) and of the Source (its edge nearest the Cue) relative to the sentence(s) the quoted Content spans. "Same sentence" includes a Cue inside a multi-sentence or interrupted quote.',
  "",
);
{
  const cuePlace = tally(quoteRels, (r) => placeOf(r.doc, r.cue.start, r));
  const srcPlace = tally(quoteRels, (r) => {
    if (!r.src) return r.r.kind === "Attribution-no-source" ? "absent (Attribution-no-source)" : "absent";
    return placeOf(r.doc, r.src.pos === "before" ? r.src.end - 1 : r.src.start, r);
  });
  md.push("| place | Cue | Source |", "|---|---|---|");
  for (const k of placeOrder) {
    if (!cuePlace.has(k) && !srcPlace.has(k)) continue;
    md.push(
      `| ${k} | ${cuePlace.get(k) ?? 0} (${pct(cuePlace.get(k) ?? 0, quoteRels.length)}) | ${srcPlace.get(k) ?? 0} (${pct(srcPlace.get(k) ?? 0, quoteRels.length)}) |`,
    );
  }
  md.push("");
  const colonCue = quoteRels.filter((r) => words(r.doc.text.slice(r.cue.start, r.cue.end)).length === 0).length;
  const qCat = tally(quoteRels, (r) => r.contentPos);
  md.push(
    `Content position relative to the Cue for quotations: ${rowsOf(qCat, quoteRels.length)
      .map(([k, n, p]) => `${k} ${n} (${p})`)
      .join(", ")} ("around" = the quote is interrupted by the Cue). ` +
      `${colonCue} quotation Cues (${pct(colonCue, quoteRels.length)}) are punctuation only (a colon); ` +
      `${punctOnlyCues} of ${cueSpansTotal} Cue spans overall are punctuation only.`,
    "",
  );
  // per quoted sentence: where is the Cue of the quotation this sentence belongs to
  const perSent = new Map();
  let multiSent = 0;
  let multiPara = 0;
  let quotedSents = 0;
  for (const r of quoteRels) {
    const d = r.doc;
    const s0 = sentOf(d, r.cFirst);
    const s1 = sentOf(d, r.cLast - 1);
    if (s1 > s0) multiSent++;
    if (d.sents[s1].para > d.sents[s0].para) multiPara++;
    const c = sentOf(d, r.cue.start);
    for (let si = s0; si <= s1; si++) {
      const st = d.sents[si];
      const inside = r.content.frags
        .map((f) => d.text.slice(Math.max(f.start, st.start), Math.min(f.end, st.end)))
        .join("");
      if (!/\p{L}/u.test(inside)) continue;
      quotedSents++;
      const p = st.para;
      const pc = d.sents[c].para;
      let k;
      if (c === si) k = "same sentence";
      else if (c < si && pc === p) k = c === si - 1 ? "previous sentence" : "2+ sentences earlier, same paragraph";
      else if (c < si && pc === p - 1)
        k = /:\s*["\u201C]?\s*$/.test(d.text.slice(d.paras[pc].start, d.paras[pc].end))
          ? "previous paragraph, ends with colon"
          : "previous paragraph, no colon";
      else if (c < si) k = "earlier paragraph";
      else if (pc === p) k = c === si + 1 ? "next sentence" : "2+ sentences later, same paragraph";
      else k = "later paragraph";
      inc(perSent, k);
    }
  }
  md.push(
    `${multiSent} quotations (${pct(multiSent, quoteRels.length)}) span more than one sentence and ${multiPara} (${pct(multiPara, quoteRels.length)}) more than one paragraph ` +
      `(PolNeAR extends one Content over the follow-on sentences of a quote). Per quoted sentence ` +
      `(${quotedSents} sentences holding part of a quotation), where its Cue is:`,
    "",
  );
  table(
    ["Cue relative to the quoted sentence", "sentences", "share"],
    rowsOf(perSent, quotedSents, [
      "same sentence",
      "previous sentence",
      "2+ sentences earlier, same paragraph",
      "previous paragraph, ends with colon",
      "previous paragraph, no colon",
      "earlier paragraph",
      "next sentence",
      "2+ sentences later, same paragraph",
      "later paragraph",
    ]),
  );
  // same-sentence quotes: source kind
  const same = quoteRels.filter((r) => r.src && placeOf(r.doc, r.src.pos === "before" ? r.src.end - 1 : r.src.start, r) === "same sentence");
  const samePron = same.filter((r) => PRONOUNS.has(r.src.lower)).length;
  const prev = quoteRels.filter((r) => r.src && placeOf(r.doc, r.src.pos === "before" ? r.src.end - 1 : r.src.start, r) !== "same sentence");
  const prevPron = prev.filter((r) => PRONOUNS.has(r.src.lower)).length;
  md.push(
    `Quotations whose Source is in the same sentence: ${pct(samePron, same.length)} of those Sources are bare pronouns; ` +
      `where the Source is in another sentence: ${pct(prevPron, prev.length)} pronouns.`,
    "",
  );
}

// (c) reported speech patterns
md.push("### (c) Non-quotation Contents (reported speech, beliefs, intentions): how they are introduced", "");
const rsCat = (r) => {
  if (r.cores.includes("according to")) return "according to";
  if (r.contentPos === "after") {
    switch (r.comp) {
      case "that":
        return "CUE (OBJ) that CLAUSE";
      case "clause":
        return "CUE CLAUSE (no that)";
      case "to":
        return "CUE to-INFINITIVE";
      case "wh":
        return "CUE wh-/if-CLAUSE";
      case "quote":
        return "CUE + quote-initial Content";
      default:
        return "CUE NP (object, gerund, ...)";
    }
  }
  if (r.contentPos === "before") {
    if (!r.src) return "CLAUSE, CUE (no Source)";
    if (r.src.pos === "before" && r.src.start >= r.cLast) return "CLAUSE, SOURCE CUE";
    if (r.src.pos === "after") return "CLAUSE, CUE SOURCE";
    return "CLAUSE ... CUE (Source elsewhere)";
  }
  if (r.contentPos === "around") return "Content interrupted by the Cue";
  return "Content overlaps the Cue";
};
{
  const other = rels.filter((r) => !r.isQuote);
  const m = tally(other, rsCat);
  const speechCue = (r) => r.cores.some((c) => c === "according to" || (cues[c] && cues[c].quote >= 0.3));
  const speech = other.filter(speechCue);
  const ms = tally(speech, rsCat);
  md.push(
    `Second column: all ${other.length} non-quotation relations; third column: the ${speech.length} whose cue is a *speech* cue ` +
      `(\`according to\` or a learned cue with \`quote\` >= 0.3, e.g. said, told, added, wrote; excludes belief/intention verbs such as ` +
      `think, want, support, which PolNeAR also annotates).`,
    "",
  );
  table(
    ["pattern", "all non-quotations", "speech cues"],
    rowsOf(m, other.length).map(([k, n, p]) => [k, `${n} (${p})`, `${ms.get(k) ?? 0} (${pct(ms.get(k) ?? 0, speech.length)})`]),
  );
  const that = other.filter((r) => r.comp === "that");
  const thatAdj = that.filter((r) => words(r.doc.text.slice(r.cue.end, r.cFirst)).filter((w) => w.w !== "that").length === 0).length;
  md.push(
    `"CUE (OBJ) that": the word "that" opens the Content or ends the gap after the Cue; in ${pct(thatAdj, that.length)} of these nothing else intervenes ` +
      `("said that"), otherwise an object or adjunct does ("told reporters that"). "CLAUSE" means a subject before a verb (wink POS).`,
    "",
  );
}

// (d) top cues
md.push("### (d) Top 40 cues by count", "");
md.push(
  "`count` = occurrences inside an annotated Cue span (of the core form; auxiliaries, adverbs, trailing dates and " +
    '"in a statement"-type phrases stripped), `precision` = count / all occurrences in train text outside quotation marks; ' +
    "`that` / `quote` = share of its relations whose Content is a that-clause / contains a quotation mark; " +
    "`src after` = share with the Source after the Cue; `takes` = most frequent Content type.",
  "",
);
table(
  ["#", "cue", "count", "precision", "relations", "that", "quote", "src before", "src after", "takes"],
  Object.entries(cues)
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .slice(0, 40)
    .map(([c, v], i) => [
      String(i + 1),
      c,
      String(v.count),
      v.precision.toFixed(3),
      String(v.relations),
      v.that.toFixed(2),
      v.quote.toFixed(2),
      v.sourceBefore.toFixed(2),
      v.sourceAfter.toFixed(2),
      v.takes,
    ]),
);
md.push(
  `Learned: ${Object.keys(cues).length} cues, ${Object.keys(titles).length} titles, ` +
    `${Object.keys(heads).length} source heads, ${Object.keys(pronounSourceShare).length} pronouns; ` +
    `learned.json is ${(json.length / 1024).toFixed(1)} KB.`,
  "",
);

const BEGIN = "<!-- stats:begin (generated by scripts/train.mjs; do not edit by hand) -->";
const END = "<!-- stats:end -->";
const block = `${BEGIN}\n\n${md.join("\n")}\n${END}`;
let doc = fs.existsSync(OUT_DOC) ? fs.readFileSync(OUT_DOC, "utf8") : "# Training\n\n## Statistics\n\n";
const b = doc.indexOf("<!-- stats:begin");
const e = doc.indexOf(END);
doc = b >= 0 && e > b ? doc.slice(0, b) + block + doc.slice(e + END.length) : `${doc.trimEnd()}\n\n${block}\n`;
fs.mkdirSync(path.dirname(OUT_DOC), { recursive: true });
fs.writeFileSync(OUT_DOC, doc);
log(`train: updated ${path.relative(ROOT, OUT_DOC)}`);
