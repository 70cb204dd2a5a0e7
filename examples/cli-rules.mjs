// A rules module for the command line: `whosaid article.txt --rules ./cli-rules.mjs`.
// A rule is a plain object, so the module needs no import; the function form keeps the built-in rules.

// House style: the speaker in parentheses after the quote, `"..." (Maria Lopez, to reporters)`.
const parenthesisedSpeaker = {
  id: "house-parenthesised-speaker",
  description: 'A name in parentheses right after the closing mark: "..." (X)',
  types: ["direct"],
  apply(ctx) {
    const first = ctx.attributionAfterQuote();
    if (typeof first !== "number") return first; // a pass: why nothing can follow the quote
    if (ctx.tokens[first].text !== "(") return ctx.pass("no parenthesis after the quote");
    const name = ctx.mentionStartingAt(first + 1);
    if (!name || name.kind !== "name") return ctx.pass("no name opens the parenthesis");
    return { speaker: name, confidence: 0.9, reason: `"(${name.text}" after the quote` };
  },
};

export default (defaultRules) => [parenthesisedSpeaker, ...defaultRules];
