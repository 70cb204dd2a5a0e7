import { isVerb } from "../document/pos";
import type { Mention } from "../mentions/types";
import { joinsClause } from "./rules/clause-joiners";
import { standsBeforeCue } from "./subject";
import type { RuleContext } from "./types";

/** How far back from the coordinating "and" the joiner may stand. */
const MAX_CLAUSE = 40;

/** Words of a subject phrase before a name in apposition to it: `while [her main rival, ]Tom Ruddock, has`. */
const PHRASE_BEFORE_NAME = new Set(["DET", "PRON", "ADJ", "NOUN", "PROPN", "PUNCT"]);

/** The mention that opens the clause at token `first`, or the name a short phrase there leads to, past a comma. */
function subjectAfter(ctx: RuleContext, first: number): Mention | null {
  const found = ctx.mentionStartingAt(first);
  if (found) return found;
  for (let k = first + 1; k <= first + 5; k++) {
    const t = ctx.tokens[k - 1];
    if (!t || !PHRASE_BEFORE_NAME.has(t.pos) || (t.pos === "PUNCT" && t.text !== ",")) return null;
    if (t.text === ",") return ctx.mentionStartingAt(k) ?? null;
  }
  return null;
}

/**
 * `X signed an order, while Y, the former mayor, proposed we "..." and said ...`, `..., while her
 * rival, Y, has soared by saying`: a verb after "and", "to" or a preposition (token `and`) goes on
 * with the clause it stands in, the last one joined to the sentence (after `, while`, `, but` or
 * `;`), whose subject leads its own verb; not the sentence's first subject. Null when no such
 * clause stands before it.
 */
export function joinedClauseSubject(ctx: RuleContext, and: number, usable: (m: Mention) => Mention | null): Mention | null {
  const { tokens } = ctx;
  const first = ctx.sentences[tokens[and]!.sentence]!.firstToken;
  for (let s = and - 1; s > first && and - s <= MAX_CLAUSE; s--) {
    const t = tokens[s]!;
    if (ctx.insideQuote(t.start) || !joinsClause(tokens, s, false)) continue;
    const subject = subjectAfter(ctx, s + 1);
    if (!subject || subject.extentEndToken >= and) return null;
    let v = subject.extentEndToken;
    if (tokens[v]?.text === ",") v++;
    while (tokens[v] && standsBeforeCue(tokens[v]!) && v < and) v++;
    return isVerb(tokens[v]) && v < and ? usable(subject) : null;
  }
  return null;
}
