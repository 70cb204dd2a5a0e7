import { isVerb } from "../document/pos";
import type { Token } from "../document/types";
import type { Mention } from "../mentions/types";
import type { RuleContext } from "./types";

/** Marks that end the clause a participle after a comma is read against. */
const CLAUSE_BREAKS = new Set([",", ";", ":", "--", "\u2014", "\u2013", "(", ")"]);
/** How far back from the comma the subordinator of a trailing clause may stand. */
const MAX_CLAUSE = 30;

/**
 * `Lee was cheered, as Ann Park echoed the criticism, saying ...`, `He tweeted when Park ended the
 * debate with a joke, remarking ...`, `..., where protesters had gathered, chanting ...`: a
 * participle right after a clause of time or manner that follows its main clause, or a main clause
 * joined to it ({@link COORDINATORS}), goes on with that clause, whose subject speaks. `comma` is
 * the comma before the participle; null when no such clause (a subordinator after the sentence's
 * start, then a mention leading its verb) ends there.
 */
export function trailingClauseSubject(ctx: RuleContext, comma: number, usable: (m: Mention) => Mention | null): Mention | null {
  const { tokens } = ctx;
  const sentence = ctx.sentences[tokens[comma]!.sentence]!;
  for (let s = comma - 1; s > sentence.firstToken && comma - s <= MAX_CLAUSE; s--) {
    const t = tokens[s]!;
    if (CLAUSE_BREAKS.has(t.text)) return null;
    // (Not after a mention: "she and the company keep ..." is one subject, no second clause.)
    const joins = COORDINATORS.has(t.lower) && ctx.mentionEndingAt(s) === null;
    if (!ALONGSIDE.has(t.lower) && !joins) continue;
    const subject = ctx.mentionStartingAt(s + 1);
    const clause = subject !== null && verbAfter(tokens, subject.extentEndToken, comma);
    // "Ray criticized Lee and Park, saying": an "and" that joins no clause is passed over.
    if (clause) return usable(subject);
    if (!joins) return null;
  }
  return null;
}

/**
 * Words that open a clause running alongside the main one. Not "after", "before", "once": `Lee
 * spoke after the senator won, remarking` is Lee's remark.
 */
const ALONGSIDE = new Set(["as", "when", "while", "whereas", "where"]);
/**
 * Words that join a second main clause: `Prosecutors charged him and Mayor Lee fired her chief,
 * acknowledging ...`, `..., but the host brought her back, asking ...`: the participle goes on
 * with the nearer clause too.
 */
const COORDINATORS = new Set(["and", "but", "yet"]);

/**
 * Whether the words from token `from` to `limit` are the rest of a clause: a finite verb (past
 * adverbs; not "as senator representing the state") and no second finite verb after its group
 * but participles (`while she was secretary pleaded guilty` ends inside the subject of "pleaded").
 */
function verbAfter(tokens: readonly Token[], from: number, limit: number): boolean {
  let j = from;
  while (j < limit && tokens[j]!.pos === "ADV" && j - from < 3) j++;
  if (j >= limit || !isVerb(tokens[j]) || tokens[j]!.lower.endsWith("ing")) return false;
  while (j < limit && (isVerb(tokens[j]) || tokens[j]!.pos === "ADV" || tokens[j]!.pos === "PART")) j++;
  for (let k = j; k < limit; k++) if (isVerb(tokens[k]) && !tokens[k]!.lower.endsWith("ing")) return false;
  return true;
}
