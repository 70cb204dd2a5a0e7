import type { Token } from "../document/types";
import type { CorpusDocument } from "./corpus";
import { spansText, textBoundsOfType, tokensInSpans } from "./corpus";
import type { TrainingRelation } from "./relations";
import { chunkHead, mergeHyphens, sourceChunks } from "./source-chunks";
import { THRESHOLDS } from "./thresholds";
import { wordCase, type WordCase } from "./word-case";
import { ABBREV_TITLE_RE, PRONOUNS, STOP } from "./word-lists";
import { byCodeUnits, inc, lowerForm, round } from "./words";

/** What the Source spans teach: title nouns, description heads, pronoun shares, and counts. */
export interface SourceLearning {
  titles: Record<string, number>;
  sourceHeads: Record<string, number>;
  pronounSourceShare: Record<string, number>;
  /** Source spans; bare pronouns; those whose first chunk is a lowercase description. */
  sourceSpans: number;
  pronounSpans: number;
  descriptionSpans: number;
  /** Relations whose Source is a bare pronoun, per pronoun: all, and quotations only. */
  pronounRelations: Map<string, number>;
  pronounQuotations: Map<string, number>;
}

/** Counts gathered over every Source span. */
interface SourceCounts {
  /** Title word directly before a person's name ("spokesman Josh Earnest", "Sen. Cruz"). */
  preName: Map<string, number>;
  /** The name words that follow each title word. */
  followers: Map<string, Map<string, number>>;
  /** Description head in a Source that also names someone ("Earnest, the press secretary"). */
  appositions: Map<string, number>;
  /** Head of any lowercase description chunk. */
  descriptionHeads: Map<string, number>;
  /** Head of the first chunk of a non-pronoun Source, when lowercase. */
  firstHeads: Map<string, number>;
  sourceSpans: number;
  pronounSpans: number;
  descriptionSpans: number;
}

export function learnSources(documents: readonly CorpusDocument[], relations: readonly TrainingRelation[]): SourceLearning {
  const cases = wordCase(documents);
  const personNames = personNameWords(documents, cases);
  const counts = countSources(documents, cases, personNames);
  const sourceHeads: Record<string, number> = {};
  for (const [w, n] of [...counts.firstHeads.entries()].sort(([a], [b]) => byCodeUnits(a, b))) {
    if (n >= THRESHOLDS.sourceHeadMinCount) sourceHeads[w] = n;
  }
  const pronouns = pronounShares(relations);
  return {
    titles: learnTitles(counts, cases),
    sourceHeads,
    ...pronouns,
    sourceSpans: counts.sourceSpans,
    pronounSpans: counts.pronounSpans,
    descriptionSpans: counts.descriptionSpans,
  };
}

/**
 * Person-name words: every name-like word of a Source made only of capitalised words ("Donald
 * Trump", "Mr. Trump"), but not group or institution words (see WordCase.notPersonName).
 */
function personNameWords(documents: readonly CorpusDocument[], cases: WordCase): Set<string> {
  const names = new Set<string>();
  for (const document of documents) {
    for (const bound of textBoundsOfType(document, "Source")) {
      const tokens = tokensInSpans(document, bound.spans).filter((t) => /^\p{L}/u.test(t.text));
      if (tokens.length === 0 || tokens.length > 4) continue;
      if (!tokens.every((t) => cases.isNameLike(t) || ABBREV_TITLE_RE.test(t.text))) continue;
      if (!cases.isNameLike(tokens[tokens.length - 1]!)) continue;
      for (const t of tokens) if (cases.isNameLike(t)) names.add(t.text);
    }
  }
  for (const n of [...names]) if (cases.notPersonName(n)) names.delete(n);
  return names;
}

function countSources(documents: readonly CorpusDocument[], cases: WordCase, personNames: ReadonlySet<string>): SourceCounts {
  const counts: SourceCounts = {
    preName: new Map(),
    followers: new Map(),
    appositions: new Map(),
    descriptionHeads: new Map(),
    firstHeads: new Map(),
    sourceSpans: 0,
    pronounSpans: 0,
    descriptionSpans: 0,
  };
  for (const document of documents) {
    for (const bound of textBoundsOfType(document, "Source")) {
      counts.sourceSpans++;
      if (PRONOUNS.has(lowerForm(spansText(bound.spans).trim()))) {
        counts.pronounSpans++;
        continue;
      }
      const tokens = mergeHyphens(tokensInSpans(document, bound.spans));
      countTitlesBeforeNames(tokens, cases, personNames, counts);
      countDescriptionHeads(tokens, cases, counts);
    }
  }
  return counts;
}

/** A person's name starts at tokens[i]: a first + last name, or one known person-name word. */
function personNameAt(tokens: readonly Token[], i: number, cases: WordCase, personNames: ReadonlySet<string>): boolean {
  let e = i;
  while (e + 1 < tokens.length && cases.isNameLike(tokens[e + 1]!)) e++;
  if (cases.notPersonName(tokens[e]!.text)) return false;
  return e > i || personNames.has(tokens[i]!.text);
}

/** Title words right before a person's name; "Secretary of State John Kerry" credits "secretary". */
function countTitlesBeforeNames(tokens: readonly Token[], cases: WordCase, personNames: ReadonlySet<string>, counts: SourceCounts): void {
  for (let i = 1; i < tokens.length; i++) {
    if (!cases.isNameLike(tokens[i]!) || cases.isNameLike(tokens[i - 1]!) || !personNameAt(tokens, i, cases, personNames)) continue;
    let j = i - 1;
    // Walk back over capitalised non-name words to an "of" (also "secretary of state Ann Lee").
    let k = j;
    while (k > 0 && /^\p{L}/u.test(tokens[k]!.text) && tokens[k]!.text !== "of" && !ABBREV_TITLE_RE.test(tokens[k]!.text) && i - k <= 3) k--;
    if (k < j && tokens[k]!.text === "of") j = k - 1;
    if (j >= 0 && cases.isTitleLike(tokens[j]!)) {
      const w = lowerForm(tokens[j]!.text);
      inc(counts.preName, w);
      let followers = counts.followers.get(w);
      if (!followers) counts.followers.set(w, (followers = new Map()));
      inc(followers, tokens[i]!.text);
    }
  }
}

/** Heads of the lowercase description chunks ("Jane Roe, the council's press secretary"). */
function countDescriptionHeads(tokens: readonly Token[], cases: WordCase, counts: SourceCounts): void {
  const chunks = sourceChunks(tokens);
  const heads = chunks.map(chunkHead);
  const nameChunk = heads.findIndex((h) => h && cases.isNameLike(h));
  heads.forEach((head, index) => {
    if (!head || /^\p{Lu}/u.test(head.text)) return;
    const w = lowerForm(head.text);
    if (PRONOUNS.has(w) || STOP.has(w)) return;
    inc(counts.descriptionHeads, w);
    if (nameChunk >= 0 && nameChunk !== index) inc(counts.appositions, w);
    if (index === 0) {
      counts.descriptionSpans++;
      inc(counts.firstHeads, w);
    }
  });
}

/**
 * Title nouns: attested with a person's name, before it or in apposition; mostly lowercase and
 * tagged NOUN in running text (drops "White" House, "New" York, "former"); with a name in at
 * least 10% of their uses in Sources (drops "campaign", "poll"); not thing-like ("group").
 * count = uses before a name + uses as a description head.
 */
function learnTitles(counts: SourceCounts, cases: WordCase): Record<string, number> {
  const titles: Record<string, number> = {};
  const words = [...new Set([...counts.preName.keys(), ...counts.appositions.keys()])].sort(byCodeUnits);
  for (const w of words) {
    const pre = counts.preName.get(w) ?? 0;
    const apposition = counts.appositions.get(w) ?? 0;
    const heads = counts.descriptionHeads.get(w) ?? 0;
    const named = pre + apposition;
    const count = pre + heads;
    if (count < THRESHOLDS.titleMinCount) continue;
    const names = counts.followers.get(w)?.size ?? 0;
    if (/^[a-z]{2,4}\.$/.test(w)) {
      // Abbreviated titles: three uses before at least two different names.
      if (pre >= THRESHOLDS.titleMinCount && names >= 2) titles[w] = count;
      continue;
    }
    const last = w.split("-").pop()!;
    if (last.length < 3 || cases.nounShare(last) < 0.5 || cases.lowerShare(last) < 0.45) continue;
    if (cases.thingLike(last)) continue;
    if (named / count < 0.1) continue;
    // Before a name with two pieces of evidence (distinct names + appositions), or (a singular
    // noun) in apposition to a name at least 3 times.
    if (!(pre >= 1 && names + apposition >= 2) && !(pre === 0 && apposition >= 3 && !w.endsWith("s"))) continue;
    titles[w] = count;
  }
  return titles;
}

/** Over relations with a Source, the share whose Source is exactly each pronoun. */
function pronounShares(relations: readonly TrainingRelation[]) {
  const pronounRelations = new Map<string, number>();
  const pronounQuotations = new Map<string, number>();
  let withSource = 0;
  for (const relation of relations) {
    if (!relation.source) continue;
    withSource++;
    if (!PRONOUNS.has(relation.source.lower)) continue;
    inc(pronounRelations, relation.source.lower);
    if (relation.isQuote) inc(pronounQuotations, relation.source.lower);
  }
  const pronounSourceShare: Record<string, number> = {};
  for (const [w, n] of [...pronounRelations.entries()].sort(([a], [b]) => byCodeUnits(a, b))) {
    if (n >= THRESHOLDS.pronounMinCount) pronounSourceShare[w] = round(n / withSource, 4);
  }
  return { pronounSourceShare, pronounRelations, pronounQuotations };
}
