import { tokenAt } from "../document";
import { WhosaidError } from "../errors";
import type { Entity, Mention } from "../mentions/types";
import type { QuoteCandidate } from "../quotes/types";
import type { RuleTrace } from "../types";
import { createContext, type ArticleIndex } from "./context";
import type { Attribution, AttributedQuote, Pass, Rule } from "./types";

export interface EngineOptions {
  minConfidence: number;
  explain: boolean;
}

export interface EngineResult {
  attributed: AttributedQuote[];
  traces: Map<string, RuleTrace[]>;
}

/**
 * Runs the ordered rules over each quote in document order, like a sieve: the first rule whose
 * confidence reaches `minConfidence` decides; if none does, the most confident attempt stands.
 */
export function runRules(index: ArticleIndex, rules: readonly Rule[], options: EngineOptions): EngineResult {
  const attributed: AttributedQuote[] = [];
  const traces = new Map<string, RuleTrace[]>();
  for (const quote of index.quotes) {
    const context = createContext(index, quote, attributed);
    const trace: RuleTrace[] = [];
    let best: { rule: Rule; result: Attribution } | null = null;
    for (const rule of rules) {
      if (rule.types && !rule.types.includes(quote.type)) {
        if (options.explain) trace.push({ rule: rule.id, outcome: "passed", reason: `not for ${quote.type} quotes` });
        continue;
      }
      const outcome = applyRule(rule, context);
      if (!outcome || "pass" in outcome) {
        if (options.explain) trace.push({ rule: rule.id, outcome: "passed", reason: outcome?.pass ?? "did not apply" });
        continue;
      }
      const result = checkResult(rule, outcome, index);
      const confident = result.confidence >= options.minConfidence;
      if (options.explain) {
        trace.push({
          rule: rule.id,
          outcome: confident ? "attributed" : "not-confident",
          reason: result.reason ?? (confident ? "attributed" : "below minConfidence"),
          confidence: result.confidence,
        });
      }
      if (!best || result.confidence > best.result.confidence) best = { rule, result };
      if (confident) break;
    }
    attributed.push(settle(index, quote, best, context.resolve));
    if (options.explain) traces.set(quote.id, trace);
  }
  return { attributed, traces };
}

function applyRule(rule: Rule, context: Parameters<Rule["apply"]>[0]): Attribution | Pass | null {
  try {
    return rule.apply(context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new WhosaidError("RULE_FAILED", `Rule "${rule.id}" threw while attributing ${context.quote.id}: ${message}`, {
      cause: error,
    });
  }
}

/** Rejects results that would corrupt the output, naming the rule. */
function checkResult(rule: Rule, result: Attribution, index: ArticleIndex): Attribution {
  const fail = (why: string) => {
    throw new WhosaidError("RULE_FAILED", `Rule "${rule.id}" returned ${why}`);
  };
  if (typeof result !== "object" || result === null || typeof result.speaker !== "object" || result.speaker === null) {
    fail("no speaker (return null or context.pass(reason) to pass)");
  }
  if (typeof result.confidence !== "number" || !(result.confidence >= 0 && result.confidence <= 1)) {
    fail(`confidence ${String(result.confidence)}, which is not a number in 0..1`);
  }
  const { text } = index.doc;
  for (const [what, span] of [["speaker", result.speaker], ["cue", result.cue]] as const) {
    if (!span) continue;
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
      fail(`a ${what} span [${String(start)}, ${String(end)}) outside the text (length ${text.length})`);
    }
  }
  if ("id" in result.speaker && !index.mentions.includes(result.speaker as Mention)) {
    fail(`speaker mention "${String((result.speaker as Mention).id)}", which is not a mention of this article`);
  }
  return result;
}

function settle(
  index: ArticleIndex,
  quote: QuoteCandidate,
  best: { rule: Rule; result: Attribution } | null,
  resolve: (m: Mention) => Entity | null,
): AttributedQuote {
  if (!best) return { quote, mention: null, entity: null, cue: null, rule: "none", confidence: 0 };
  const mention = asMention(index, best.result.speaker);
  const entity = resolve(mention);
  if (entity && !mention.entity) index.resolved.set(mention.id, entity);
  const cue = best.result.cue ? { ...best.result.cue, text: index.doc.text.slice(best.result.cue.start, best.result.cue.end) } : null;
  return { quote, mention, entity, cue, rule: best.rule.id, confidence: best.result.confidence };
}

/** A plain span from a rule becomes a mention (and an entity) of its own, unless one exists there. */
function asMention(index: ArticleIndex, speaker: Attribution["speaker"]): Mention {
  if ("id" in speaker) return speaker as Mention;
  const existing = index.mentions.find((m) => m.start === speaker.start && m.end === speaker.end);
  if (existing) return existing;
  const { doc } = index;
  const text = doc.text.slice(speaker.start, speaker.end);
  const entityId = `e${index.entities.length + 1}`;
  const firstToken = tokenAt(doc, speaker.start);
  const endToken = Math.max(firstToken + 1, tokenAt(doc, speaker.end - 1) + 1);
  const mention: Mention = {
    id: `m${index.mentions.length + 1}`, kind: "description", text, start: speaker.start, end: speaker.end,
    firstToken, endToken, extentStart: speaker.start, extentEnd: speaker.end,
    extentFirstToken: firstToken, extentEndToken: endToken, category: "unknown", plural: false, entity: entityId,
  };
  // Later rules may return this mention again (a continued speaker): it joins the article's mentions.
  let at = index.mentions.length;
  while (at > 0 && index.mentions[at - 1]!.start > mention.start) at--;
  index.mentions.splice(at, 0, mention);
  const entity: Entity = { id: entityId, name: text, kind: "unknown", mentions: [mention] };
  index.entities.push(entity);
  index.entityById.set(entityId, entity);
  return mention;
}
