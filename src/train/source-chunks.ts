import type { Token } from "../document/types";
import { CHUNK_END, CHUNK_SEPARATOR_WORDS, CHUNK_SEPARATORS, DETS, QUANT } from "./word-lists";
import { lowerForm } from "./words";

/** Join "front - runner" (no spaces around the hyphen) into one token "front-runner". */
export function mergeHyphens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (t.text === "-" && prev && next && prev.end === t.start && t.end === next.start && /^\p{L}/u.test(next.text)) {
      const text = `${prev.text}-${next.text}`;
      out[out.length - 1] = { ...next, text, lower: text.toLowerCase(), start: prev.start, end: next.end };
      i++;
    } else out.push(t);
  }
  return out;
}

/** The chunks of a Source, split at commas, brackets, dashes and "who" / "which" / "and". */
export function sourceChunks(tokens: readonly Token[]): Token[][] {
  const chunks: Token[][] = [];
  let current: Token[] = [];
  for (const t of tokens) {
    if (CHUNK_SEPARATORS.has(t.text) || CHUNK_SEPARATOR_WORDS.has(t.text.toLowerCase())) {
      if (current.length) chunks.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Head of a chunk: its last noun, after "QUANT of" and possessors ("many of Trump's supporters"). */
export function chunkHead(tokens: readonly Token[]): Token | null {
  let chunk: Token[] = [];
  for (const t of tokens) {
    const w = lowerForm(t.text);
    if (w === "'s" || w === "'") {
      chunk = []; // possessor: "Trump's campaign" -> restart at the possessum
      continue;
    }
    if (CHUNK_END.has(w)) {
      const quantifier = chunk.every((c) => QUANT.has(c.text.toLowerCase()) || DETS.has(c.text.toLowerCase()) || /^\d/.test(c.text));
      if (w === "of" && chunk.length && quantifier) {
        chunk = [];
        continue;
      }
      break;
    }
    chunk.push(t);
  }
  const nouns = chunk.filter((t) => (t.pos === "NOUN" || t.pos === "PROPN") && /^\p{L}/u.test(t.text));
  return nouns[nouns.length - 1] ?? null;
}
