import type { CandidateTrace, RankingTrace } from "../../types";
import { defaultRules } from "../rules";
import type { Attribution, Pass, Rule, RuleContext } from "../types";
import {
  completeAll, completeFeatures, FEATURE_NAMES, gatherCandidates, lateFeatureGain, type Candidate, type Candidates, type Proposal,
} from "./features";
import { linear, modelFor, score, sigmoid, type CompiledModel, type Ranker } from "./model";

/** The built-in rules, by identity: their attributions are proposals; any other rule's decides. */
const BUILT_IN: ReadonlySet<Rule> = new Set(defaultRules);
export const isBuiltIn = (rule: Rule): boolean => BUILT_IN.has(rule);

/** What the ranker decided for one quote: the attribution to settle (and whose), and its trace. */
export interface RankedDecision {
  rule: string | null;
  best: Attribution | null;
  ranking: RankingTrace | null;
}

/**
 * Decides one quote. Every rule runs (`attempt(r)`: null when rule r does not look at this quote);
 * a custom rule that reaches `minConfidence` decides at once, unless a built-in rule before it did. Otherwise, if a built-in rule
 * attributed the quote (or it is reported speech), the rules' attributions and the mentions nearby are candidates, and the model's
 * best wins if it reaches the threshold or some rule was confident. With `ranker` null the rule sieve's choice stands and the candidates are only
 * traced (how the trainer reads them).
 */
export function rankQuote(
  ranker: Ranker | null, ctx: RuleContext, rules: readonly Rule[], attempt: (r: number) => Attribution | Pass | null,
  minConfidence: number, trace: boolean,
): RankedDecision {
  const proposals: Proposal[] = [];
  let sieve: Proposal | null = null;
  let sieveConfident = false;
  let fallback: Proposal | null = null;
  for (let r = 0; r < rules.length; r++) {
    const result = attempt(r);
    if (result === null || "pass" in result) continue;
    const rule = rules[r]!;
    const proposal: Proposal = { rule: rule.id, attribution: result };
    if (!BUILT_IN.has(rule)) {
      // As in the sieve: a custom rule decides unless a built-in rule before it was confident.
      if (result.confidence >= minConfidence && !sieveConfident) return { rule: rule.id, best: result, ranking: trace ? { candidates: [], winner: null, threshold: 0, decidedBy: rule.id } : null };
      if (!fallback || result.confidence > fallback.attribution.confidence) fallback = proposal;
      continue;
    }
    proposals.push(proposal);
    // The sieve's choice: the first confident attribution, else the most confident.
    if (!sieveConfident && (!sieve || result.confidence > sieve.attribution.confidence)) sieve = proposal;
    if (result.confidence >= minConfidence) sieveConfident = true;
  }
  const gathered = gatherCandidates(ctx, proposals, sieve);
  const candidates = gathered.list;
  if (!ranker) {
    completeAll(gathered);
    const winner = sieve ? candidates.findIndex((c) => c.proposals.includes(sieve)) : -1;
    return { rule: sieve?.rule ?? null, best: sieve?.attribution ?? null, ranking: traceOf(ctx.text, candidates, null, winner, 0) };
  }
  const model = modelFor(ranker, ctx.quote.type);
  // The rules say whether a quotation in marks has a speaker (none proposes one for a scare quote),
  // the model who. Reported speech was found through a cue, so it has a speaker to look for.
  const choosing = proposals.length > 0 || ctx.quote.type === "indirect";
  let winner = -1;
  let scores: number[] | null = null;
  if (trace) {
    completeAll(gathered);
    scores = candidates.map((c) => score(model, c.features));
    if (choosing) for (let k = 0; k < candidates.length; k++) if (winner < 0 || scores[k]! > scores[winner]!) winner = k;
  } else if (choosing) {
    winner = bestCandidate(model, gathered);
  }
  const best = winner < 0 ? 0 : scores ? scores[winner]! : score(model, candidates[winner]!.features);
  // Below the threshold the ranker abstains, unless a rule was confident: then its best guess stands.
  if (winner >= 0 && best < model.threshold && !sieveConfident) winner = -1;
  const ranking = scores ? traceOf(ctx.text, candidates, scores, winner, model.threshold) : null;
  if (winner < 0) return { rule: fallback?.rule ?? null, best: fallback?.attribution ?? null, ranking };
  return { ...attributionOf(candidates[winner]!, sieve, best), ranking };
}

/** Slack for rounding between a candidate's bound and its score, summed in another order. */
const BOUND_SLACK = 1e-9;

/**
 * The index of the best-scoring candidate (the first of equals), completing the features of only
 * those that can still win: a candidate's early features and the most its late features could add
 * bound its score, so once the best score so far beats every bound left, the rest cannot win.
 */
function bestCandidate(model: CompiledModel, gathered: Candidates): number {
  const { list } = gathered;
  // Late features are still 0 here: the linear score is that of the early ones.
  const bounds = list.map((c) => linear(model, c.features) + lateFeatureGain(gathered, c, model.weights) + BOUND_SLACK);
  let winner = -1;
  let best = -1;
  // Highest bound first (the first of equals); most quotes complete one or two candidates.
  for (;;) {
    let next = -1;
    for (let k = 0; k < bounds.length; k++) if (bounds[k]! > (next < 0 ? -Infinity : bounds[next]!)) next = k;
    if (next < 0 || (winner >= 0 && sigmoid(bounds[next]!) < best)) break;
    bounds[next] = -Infinity;
    completeFeatures(gathered, list[next]!);
    const s = score(model, list[next]!.features);
    if (s > best || (s === best && next < winner)) {
      winner = next;
      best = s;
    }
  }
  return winner;
}

/** The winner as an attribution: its most confident proposal's speaker and cue, with the model's score. */
function attributionOf(c: Candidate, sieve: Proposal | null, probability: number): { rule: string; best: Attribution } {
  // The sieve's own proposal when it names the winner (the output then reads as the rules' would).
  let top: Proposal | null = sieve && c.proposals.includes(sieve) ? sieve : null;
  if (!top) for (const p of c.proposals) if (!top || p.attribution.confidence > top.attribution.confidence) top = p;
  const speaker = top ? top.attribution.speaker : c.mention!;
  const cue = top ? top.attribution.cue ?? null : c.cue;
  return { rule: top?.rule ?? "ranker", best: { speaker, cue, confidence: probability, reason: "ranked first" } };
}

function traceOf(text: string, candidates: readonly Candidate[], scores: readonly number[] | null, winner: number, threshold: number): RankingTrace {
  const traced: CandidateTrace[] = candidates.map((c, k) => ({
    mention: { text: text.slice(c.start, c.end), start: c.start, end: c.end },
    rules: c.proposals.map((p) => p.rule),
    features: featureRecord(c.features),
    score: scores ? scores[k]! : 0,
  }));
  const order = traced.map((_, k) => k).sort((a, b) => traced[b]!.score - traced[a]!.score || a - b);
  return { candidates: order.map((k) => traced[k]!), winner: winner < 0 ? null : order.indexOf(winner), threshold };
}

function featureRecord(vector: readonly number[]): Record<string, number> {
  const record: Record<string, number> = {};
  FEATURE_NAMES.forEach((name, k) => {
    record[name] = vector[k]!;
  });
  return record;
}
