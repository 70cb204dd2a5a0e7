import { createExtractor, defaultRules, defineRule } from "whosaid";

// House style: the speaker in parentheses after the quote, `"..." (Maria Lopez, to reporters)`.
const parenthesisedSpeaker = defineRule({
  id: "house-parenthesised-speaker",
  description: 'A name in parentheses right after the closing mark: "..." (X)',
  types: ["direct"],
  apply(ctx) {
    const { quote, tokens } = ctx;
    if (!quote.close) return ctx.pass("the quote is not closed");
    const paren = tokens[ctx.tokenAt(quote.close.end)];
    if (paren?.text !== "(") return ctx.pass("no parenthesis after the quote");
    const name = ctx.nearestMention(paren.end, { direction: "after", kinds: ["name"], within: "paragraph" });
    if (!name || name.extentFirstToken !== paren.index + 1) return ctx.pass("no name opens the parenthesis");
    return { speaker: name, confidence: 0.9, reason: `"(${name.text}" after the quote` };
  },
});

const article = `Sergey Lavrov spoke first.
"We will not back down." (Maria Lopez, to reporters)`;

const extractors = {
  "built-in": createExtractor(),
  "without previous-sentence": createExtractor({ rules: defaultRules.filter((rule) => rule.id !== "previous-sentence") }),
  house: createExtractor({ rules: [parenthesisedSpeaker, ...defaultRules], explain: true }),
};
for (const [name, extractor] of Object.entries(extractors)) {
  for (const q of extractor.extract(article).quotes) {
    console.log(`${name}: ${q.type} "${q.text}" -> ${q.speaker?.name ?? "nobody"} (${q.rule})`);
    for (const step of q.explain ?? []) console.log(`  ${step.rule}: ${step.outcome}, ${step.reason}`);
  }
}
