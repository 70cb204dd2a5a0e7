/**
 * The grammar helpers of the rule context, as a user's rule sees them: a first rule records what
 * they answer for each quote of an invented text, then passes.
 */
import { describe, expect, it } from "vitest";
import { createExtractor, defaultRules, defineRule, type RuleContext } from "../../src/index";

/** Runs `look` on the context of each quote of `text` (in document order) and returns what it gave. */
function lookAt<T>(text: string, look: (ctx: RuleContext) => T): T[] {
  const seen: T[] = [];
  const recorder = defineRule({ id: "recorder", description: "records what the helpers answer", apply(ctx) {
    seen.push(look(ctx));
    return ctx.pass("only looking");
  } });
  createExtractor({ rules: [recorder, ...defaultRules] }).extract(text);
  return seen;
}

/** The index of the first token with this text. */
const token = (ctx: RuleContext, text: string) => ctx.tokens.findIndex((t) => t.text === text);
/** Every cue of the text, by its words. */
const cue = (ctx: RuleContext, text: string) => ctx.tokens.map((_, i) => ctx.cueAt(i)).find((c) => c?.text === text)!;

describe("rule context helpers", () => {
  it("attributionAfterQuote: the first word after the closing mark and its comma, or why there is none", () => {
    const text = '"We will win," Ann Lee said. "The game is over."\n\nTom Hale agreed.';
    const after = lookAt(text, (ctx) => {
      const first = ctx.attributionAfterQuote();
      return typeof first === "number" ? ctx.tokens[first]!.text : first;
    });
    expect(after).toEqual(["Ann", { pass: "nothing follows in the paragraph" }]);
  });

  it("skipAdverbs and isVerb", () => {
    const [seen] = lookAt('"We will win," Ann Lee also said.', (ctx) => ({
      skipped: ctx.tokens[ctx.skipAdverbs(token(ctx, "also"))]!.text,
      verbs: ctx.tokens.filter((_, i) => ctx.isVerb(i)).map((t) => t.text),
    }));
    expect(seen).toEqual({ skipped: "said", verbs: ["will", "win", "said"] });
  });

  it("isPossessive: the possessive ending, 's or a bare apostrophe, straight or curly; not a quotation mark", () => {
    const [seen] = lookAt("In Forbes' words and in Lee\u2019s view, 'the game is over,' Ann Lee said.", (ctx) =>
      ctx.tokens.flatMap((t, i) => (ctx.isPossessive(i) ? [`${ctx.tokens[i - 1]!.text}${t.text}`] : [])),
    );
    expect(seen).toEqual(["Forbes'", "Lee\u2019s"]);
  });

  it("isDoubleQuotationMark: straight and curly double marks and guillemets; not an apostrophe nor a single mark", () => {
    const [seen] = lookAt("The growers' chair, who runs \u00abthe \u2018co-op\u2019\u00bb, said \u201cwe will\u201d and \"more\".", (ctx) =>
      ctx.tokens.flatMap((t, i) => (ctx.isDoubleQuotationMark(i) ? [t.text] : [])),
    );
    expect(seen).toEqual(["\u00ab", "\u00bb", "\u201c", "\u201d", '"', '"']);
  });

  it("subjectForm: the subject pronoun a possessive or object pronoun refers as", () => {
    const [seen] = lookAt('"We will win," Ann Lee said.', (ctx) => ["his", "him", "their", "us", "said"].map((w) => ctx.subjectForm(w)));
    expect(seen).toEqual(["he", "he", "they", "we", undefined]);
  });

  it("governingCue: the verb of saying that reports a weak cue, and its subject; null for a strong cue", () => {
    const [seen] = lookAt('Ann Lee said he wanted "a fresh start" for the club.', (ctx) => {
      const main = ctx.governingCue(cue(ctx, "wanted"));
      return { speaker: main?.speaker.text, cue: main?.cue.text, ofSaid: ctx.governingCue(cue(ctx, "said")) };
    });
    expect(seen).toEqual({ speaker: "Ann Lee", cue: "said", ofSaid: null });
  });

  it("openingClauseEnd: the comma that closes an opening clause, else -1", () => {
    const seen = lookAt('While he admitted defeat, Ann Lee told reporters: "We will be back."', (ctx) => {
      const comma = ctx.openingClauseEnd(ctx.sentence.firstToken, token(ctx, "told"));
      return [ctx.textOfTokens(ctx.sentence.firstToken, comma), ctx.openingClauseEnd(token(ctx, "Ann"), token(ctx, "told"))];
    });
    expect(seen).toEqual([["While he admitted defeat", -1]]);
  });

  it("isParticiple and topicOrListenerFollows", () => {
    const text = 'Tom Hale spoke to Ann Lee, saying "the club is safe." He said of Ann Lee that "she saved us."';
    const [seen] = lookAt(text, (ctx) => ["saying", "said of"].map((words) => [ctx.isParticiple(cue(ctx, words)), ctx.topicOrListenerFollows(cue(ctx, words))]));
    expect(seen).toEqual([[true, false], [false, true]]);
  });

  it("relativeClauseOf: the relative clause set off by commas before the main verb, else null", () => {
    const [seen] = lookAt('Ann Lee, who says the plan failed, called it "a mess."', (ctx) => {
      const clause = ctx.relativeClauseOf(cue(ctx, "says"));
      return [clause && ctx.textOfTokens(clause.first, clause.end), ctx.relativeClauseOf(cue(ctx, "called"))];
    });
    expect(seen).toEqual(["who says the plan failed", null]);
    // An aside opened by "as" and a subject is set off the same way.
    const [aside] = lookAt('"We are the river," Ana Tui, as she is known to the tribe, told the meeting.', (ctx) => {
      const clause = ctx.relativeClauseOf(cue(ctx, "known"));
      return clause && ctx.textOfTokens(clause.first, clause.end);
    });
    expect(aside).toBe("as she is known to the tribe");
  });

  it("isSubjectOfVerb, insideAnyQuote and crossesParagraph", () => {
    const text = 'Tom Hale said of Ann Lee that "she saved us."\n\n"Not for us," said Ben Cole, quoting "Mary Park".';
    const [seen] = lookAt(text, (ctx) => ({
      mentions: ctx.mentions.map((m) => [m.text, ctx.isSubjectOfVerb(m), ctx.insideAnyQuote(m.start, m.end)]),
      breaks: [ctx.crossesParagraph(0, ctx.text.indexOf("Not")), ctx.crossesParagraph(ctx.text.indexOf("Not"), ctx.text.length)],
    }));
    expect(seen).toEqual({
      mentions: [["Tom Hale", true, false], ["Ann Lee", false, false], ["she", true, true], ["Ben Cole", true, false], ["Mary Park", false, true]],
      breaks: [true, false],
    });
  });
});
