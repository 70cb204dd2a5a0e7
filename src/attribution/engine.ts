import { pollFramed } from "./poll-frame";
import { messageOf, WhosaidError } from "../errors";
import type { Entity, Mention } from "../mentions/types";
import { entityIdAt, mentionIdAt } from "../mentions/ids";
import { spanName } from "../mentions/span-name";
import type { QuoteCandidate } from "../quotes/types";
import type { RankingTrace, RuleTrace } from "../types";
import { createContext, entityWithId, isMentionOf, mentionWithSpan, registerMention, type ArticleIndex } from "./context";
import type { Ranker } from "./ranker/model";
import { rankQuote } from "./ranker/rank";
import type { Attribution, AttributedQuote, Pass, Rule, RuleContext } from "./types";

export interface EngineOptions {
  minConfidence: number;
  explain: boolean;
  /**
   * `null`: the rule sieve alone. Otherwise every rule runs and the built-in rules' attributions
   * are candidates for the trained ranker (`ranker.model`); with `model` null the sieve still
   * decides, and every quote's candidates are traced (for the trainer). `reportedOnly`: the
   * ranker decides reported speech only, the sieve quotations in marks.
   */
  ranking: { model: Ranker | null; reportedOnly?: boolean } | null;
}

export interface EngineResult {
  attributed: AttributedQuote[];
  traces: Map<string, RuleTrace[]>;
  /** The ranker's candidates by quote id (with `explain`, or when only collecting them). */
  rankings: Map<string, RankingTrace>;
}

/**
 * Runs the ordered rules over each quote in document order, like a sieve: the first rule whose
 * confidence reaches `minConfidence` decides; if none does, the most confident attempt stands.
 * With `options.ranking`, the trained ranker decides instead (see ranker/rank.ts).
 */
export function runRules(index: ArticleIndex, rules: readonly Rule[], options: EngineOptions): EngineResult {
  const attributed: AttributedQuote[] = [];
  const traces = new Map<string, RuleTrace[]>();
  const rankings = new Map<string, RankingTrace>();
  const { explain, minConfidence, ranking } = options;
  // Which rules look at each quote type: worked out once per article, not per quote and rule.
  const rulesFor: Partial<Record<string, boolean[]>> = {};
  for (const quote of index.quotes) {
    const applies = (rulesFor[quote.type] ??= rulesForType(rules, quote.type));
    const context = createContext(index, quote, attributed);
    const trace: RuleTrace[] | null = explain ? [] : null;
    if (ranking && (!ranking.reportedOnly || quote.type === "indirect")) {
      const attempt = (r: number) => attemptRule(rules[r]!, applies[r]!, context, index, minConfidence, trace);
      const decision = rankQuote(ranking.model, context, rules, attempt, minConfidence, explain || !ranking.model);
      attributed.push(settle(index, quote, decision.rule, decision.best && pollFramed(context, decision.best), context.resolve));
      if (trace) traces.set(quote.id, trace);
      if (decision.ranking) rankings.set(quote.id, decision.ranking);
      continue;
    }
    let bestRule: Rule | null = null;
    let best: Attribution | null = null;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      const result = attemptRule(rule, applies[r]!, context, index, minConfidence, trace);
      if (result === null || "pass" in result) continue;
      if (!best || result.confidence > best.confidence) {
        bestRule = rule;
        best = result;
      }
      if (result.confidence >= minConfidence) break;
    }
    attributed.push(settle(index, quote, bestRule?.id ?? null, best && pollFramed(context, best), context.resolve));
    if (trace) traces.set(quote.id, trace);
  }
  return { attributed, traces, rankings };
}

/** One rule's attempt for the ranker (null when the rule does not look at this quote type), traced as the sieve traces it. */
function attemptRule(
  rule: Rule, applies: boolean, context: RuleContext, index: ArticleIndex, minConfidence: number, trace: RuleTrace[] | null,
): Attribution | Pass | null {
  if (!applies) {
    trace?.push({ rule: rule.id, outcome: "passed", reason: `not for ${context.quote.type} quotes` });
    return null;
  }
  const result = applyRule(rule, context, index);
  if (result === null || "pass" in result) {
    trace?.push({ rule: rule.id, outcome: "passed", reason: result?.pass ?? "did not apply" });
  } else {
    const confident = result.confidence >= minConfidence;
    trace?.push({
      rule: rule.id, outcome: confident ? "attributed" : "not-confident",
      reason: result.reason ?? (confident ? "attributed" : "below minConfidence"), confidence: result.confidence,
    });
  }
  return result;
}

/** Whether each rule looks at quotes of this type (a function of its own: a closure over the loop's
 * quote would make V8 allocate a scope for every quote). */
function rulesForType(rules: readonly Rule[], type: QuoteCandidate["type"]): boolean[] {
  return rules.map((rule) => !rule.types || rule.types.includes(type));
}

/**
 * Applies a rule and checks what it returns, read once into a plain copy (so a getter cannot give
 * a checked value and then another). Whatever the rule throws, or a getter or proxy of its result
 * throws, becomes a RULE_FAILED error naming the rule, with the thrown value as its cause.
 */
function applyRule(rule: Rule, context: Parameters<Rule["apply"]>[0], index: ArticleIndex): Attribution | Pass | null {
  let outcome: unknown;
  try {
    outcome = rule.apply(context);
  } catch (error) {
    throw ruleThrew(rule, context.quote, error);
  }
  try {
    return checkOutcome(rule, outcome, index, context.quote);
  } catch (error) {
    throw WhosaidError.is(error) ? error : ruleThrew(rule, context.quote, error);
  }
}

function ruleThrew(rule: Rule, quote: QuoteCandidate, error: unknown): WhosaidError {
  return new WhosaidError("RULE_FAILED", `Rule "${rule.id}" threw while attributing ${quoteRef(quote)}: ${messageOf(error)}`, { cause: error });
}

// Checked here because JavaScript rules (e.g. loaded by the CLI) have no compiler to catch these.
function checkOutcome(rule: Rule, outcome: unknown, index: ArticleIndex, quote: QuoteCandidate): Attribution | Pass | null {
  if (outcome === null || outcome === undefined) return null;
  if (typeof outcome !== "object" || (outcome as { then?: unknown }).then !== undefined) {
    throw new WhosaidError(
      "RULE_FAILED",
      `Rule "${rule.id}" returned ${describe(outcome)}; apply() must synchronously return an attribution, context.pass(reason) or null`,
    );
  }
  if ("pass" in outcome) {
    const { pass } = outcome;
    if (typeof pass !== "string") throw new WhosaidError("RULE_FAILED", `Rule "${rule.id}" passed with ${describe(pass)}; give the reason as a string`);
    return { pass };
  }
  return checkResult(rule, outcome as Attribution, index, quote);
}

/** Names a quote in an error message: its first words and offsets. */
function quoteRef(quote: QuoteCandidate): string {
  const words = quote.text.length > 30 ? `${quote.text.slice(0, 30)}...` : quote.text;
  return `the quote ${JSON.stringify(words)} at [${quote.start}, ${quote.end})`;
}

function describe(value: unknown): string {
  if (value instanceof Promise || (typeof value === "object" && value !== null && "then" in value)) return "a promise";
  return typeof value === "string" ? JSON.stringify(value) : typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

/** Rejects results that would corrupt the output, naming the rule; returns the fields read once. */
function checkResult(rule: Rule, result: Attribution, index: ArticleIndex, quote: QuoteCandidate): Attribution {
  const { speaker, cue, confidence, reason } = result;
  if (typeof speaker !== "object" || speaker === null) failResult(rule, quote, "no speaker (return null or context.pass(reason) to pass)");
  if (typeof confidence !== "number" || !(confidence >= 0 && confidence <= 1)) {
    failResult(rule, quote, `confidence ${String(confidence)}, which is not a number in 0..1`);
  }
  const { length } = index.doc.text;
  const span = checkSpan(rule, quote, "speaker", speaker, length);
  const mention = "id" in speaker;
  if (mention && !isMentionOf(index.mentions, speaker as Mention)) {
    failResult(rule, quote, `speaker mention "${String((speaker as Mention).id)}", which is not one of context.mentions (return the mention itself, or a { start, end } span)`);
  }
  const checked: Attribution = { speaker: mention ? speaker : span, confidence };
  if (cue) {
    const { start, end } = checkSpan(rule, quote, "cue", cue, length);
    checked.cue = { text: index.doc.text.slice(start, end), start, end };
  }
  if (cue !== undefined && cue !== null && typeof cue !== "object") failResult(rule, quote, `cue ${describe(cue)}`);
  if (reason !== undefined && typeof reason !== "string") failResult(rule, quote, `reason ${describe(reason)}, which is not a string`);
  if (reason !== undefined) checked.reason = reason;
  return checked;
}

function checkSpan(rule: Rule, quote: QuoteCandidate, what: string, span: { start: number; end: number }, length: number): { start: number; end: number } {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) {
    failResult(rule, quote, `a ${what} span [${String(start)}, ${String(end)}) outside the text (length ${length})`);
  }
  return { start, end };
}

function failResult(rule: Rule, quote: QuoteCandidate, why: string): never {
  throw new WhosaidError("RULE_FAILED", `Rule "${rule.id}" returned ${why}, for ${quoteRef(quote)}`);
}

function settle(
  index: ArticleIndex,
  quote: QuoteCandidate,
  rule: string | null,
  best: Attribution | null,
  resolve: (m: Mention) => Entity | null,
): AttributedQuote {
  // With no speaker, the cue the quote was found through still explains it ("It is believed ...").
  if (!rule || !best) return { quote, mention: null, entity: null, cue: quote.cueHint ?? null, rule: "none", confidence: 0 };
  const mention = asMention(index, best.speaker);
  const entity = resolve(mention);
  if (entity && !mention.entity) index.resolved.set(mention.id, entity);
  const cue = best.cue ? { ...best.cue, text: index.doc.text.slice(best.cue.start, best.cue.end) } : null;
  return { quote, mention, entity, cue, rule, confidence: best.confidence };
}

/** A plain span from a rule becomes a mention (and an entity) of its own, unless one exists there. */
function asMention(index: ArticleIndex, speaker: Attribution["speaker"]): Mention {
  if ("id" in speaker) return speaker as Mention;
  const existing = mentionWithSpan(index.mentions, speaker.start, speaker.end);
  if (existing) return existing;
  const text = index.doc.text.slice(speaker.start, speaker.end);
  const entityId = entityIdAt(index.entities.length);
  // Token fields are filled in by registerMention, which also makes it one of the article's mentions.
  const mention: Mention = {
    id: mentionIdAt(index.mentions.length), kind: "description", text, start: speaker.start, end: speaker.end,
    firstToken: 0, endToken: 0, extentStart: speaker.start, extentEnd: speaker.end,
    extentFirstToken: 0, extentEndToken: 0, category: "unknown", plural: false, entity: entityId,
  };
  registerMention(index, mention);
  const { doc, mentions } = index;
  const naming = {
    text: doc.text, tokens: doc.tokens, mentions, at: mentions.indexOf(mention),
    mentionAt: (token: number) => index.byExtentStart[token],
    entityOf: (m: Mention) => (m.entity ? entityWithId(index, m.entity) : index.resolved.get(m.id)),
  };
  const entity: Entity = { id: entityId, name: spanName(mention, naming), kind: "unknown", mentions: [mention] };
  index.entities.push(entity);
  index.entityById?.set(entityId, entity);
  return mention;
}
