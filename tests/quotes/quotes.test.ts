import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { buildCueLexicon } from "../../src/lexicon/cues";
import { cueMatcher } from "../../src/lexicon/match";
import { extractQuotes } from "../../src/index";
import { DEFAULT_INNER_MARKS, DEFAULT_OUTER_MARKS, findQuotes } from "../../src/quotes";

const matcher = cueMatcher(buildCueLexicon());
const quotes = (text: string) =>
  findQuotes(buildDocument(text), { outer: DEFAULT_OUTER_MARKS, inner: DEFAULT_INNER_MARKS }, matcher).quotes.map((q) => ({
    type: q.type,
    text: q.text,
    parent: q.parentId ? q.parentId : undefined,
  }));

describe("quotes stage", () => {
  it("pairs curly and straight double quotes and drops the trailing comma", () => {
    expect(quotes("“We will win,” he said. \"Never,\" she replied.")).toEqual([
      { type: "direct", text: "We will win", parent: undefined },
      { type: "direct", text: "Never", parent: undefined },
    ]);
  });

  it("leaves out a transcript's stage direction in capitals, but not a bracketed sentence", () => {
    expect(quotes('The crowd cheered. "(APPLAUSE.)" "We will win," Trump said.').map((q) => q.text)).toEqual(["We will win"]);
    expect(quotes('He added: "(And yes, we will win.)"').map((q) => q.text)).toEqual(["(And yes, we will win.)"]);
  });

  it("hands on a quoted title as a title, not a quotation", () => {
    const text = 'On "Meet the Voters," Sen. Ann Lee said: "We have no money." Her book "Green Fields" sold well.';
    const found = findQuotes(buildDocument(text), { outer: DEFAULT_OUTER_MARKS, inner: DEFAULT_INNER_MARKS }, matcher);
    expect(found.quotes.map((q) => q.text)).toEqual(["We have no money."]);
    expect(found.titles.map((t) => [t.text, text.slice(t.start, t.end)])).toEqual([
      ["Meet the Voters", "Meet the Voters"],
      ["Green Fields", "Green Fields"],
    ]);
  });

  it("takes a closing mark before an ellipsis at a paragraph's start for an opening one", () => {
    const text = "Obama spoke on Friday.\n\n\u201D \u2026 what I learned is that it matters,\u201D he said.";
    expect(quotes(text)).toEqual([{ type: "direct", text: "\u2026 what I learned is that it matters", parent: undefined }]);
  });

  it("takes an opening mark typed where the closing one belongs for the close", () => {
    expect(quotes("\u201CIt's unusual,\u201C said Dora Pike. \u201CIt's hard.\u201D")).toEqual([
      { type: "direct", text: "It's unusual", parent: undefined },
      { type: "direct", text: "It's hard.", parent: undefined },
    ]);
  });

  it("tells a partial quote from a direct one", () => {
    expect(quotes('He called the plan "a disgrace to the nation" on Monday.')).toEqual([
      { type: "partial", text: "a disgrace to the nation", parent: undefined },
    ]);
  });

  it("types the second half of a sentence quoted in two around its attribution as direct", () => {
    expect(quotes('"Look," said Mr. Park, "we have no choice."')).toEqual([
      { type: "direct", text: "Look", parent: undefined },
      { type: "direct", text: "we have no choice.", parent: undefined },
    ]);
    // A fragment after a phrase of the writer's own, past more than the attribution, stays partial.
    expect(quotes('Park said "no," then, on reflection, "maybe later."')).toEqual([
      { type: "partial", text: "no", parent: undefined },
      { type: "partial", text: "maybe later.", parent: undefined },
    ]);
  });

  it("keeps a quote over several paragraphs as one quotation", () => {
    const text = '"First paragraph of the speech.\n\n"Second paragraph," she said.';
    expect(quotes(text)).toEqual([
      { type: "direct", text: "First paragraph of the speech.\n\n\"Second paragraph", parent: undefined },
    ]);
  });

  it("ends an unclosed quote with its paragraph", () => {
    expect(quotes('He said: "We will never give up\n\nThe next paragraph.')).toEqual([
      { type: "direct", text: "We will never give up", parent: undefined },
    ]);
  });

  it("finds a quote nested in single quotes, but not apostrophes", () => {
    const found = quotes("“Russia’s answer was ‘no deal’, and the ’90s are over,” he said.");
    expect(found.map((q) => q.text)).toEqual(["Russia’s answer was ‘no deal’, and the ’90s are over", "no deal"]);
    expect(found[1]!.parent).toBe("c1");
  });

  it("finds reported speech: X said that CLAUSE, and CLAUSE, X said", () => {
    expect(quotes("The minister said on Monday that the talks would resume. Prices will rise, the bank warned.")).toEqual([
      { type: "indirect", text: "the talks would resume", parent: undefined },
      { type: "indirect", text: "Prices will rise", parent: undefined },
    ]);
  });

  it("does not report a sentence without a speech cue", () => {
    expect(quotes("The committee met on Tuesday and the weather was fine.")).toEqual([]);
  });

  it("treats a doubled apostrophe as a double quotation mark (normalised before this stage)", () => {
    const text = "''It is over,'' Mr. King said.";
    const [q] = extractQuotes(text).quotes;
    expect([q!.type, q!.text, q!.start, q!.end, q!.speaker?.name]).toEqual(["direct", "It is over", 2, 12, "Mr. King"]);
  });
});

describe("claims a label introduces before a colon", () => {
  const claims = (text: string) =>
    extractQuotes(text).quotes.map((q) => [q.type, q.text, q.speaker?.mention.text ?? null, q.rule]);

  it("reads a headline's source and claim", () => {
    const text = "Pence: Gennifer Flowers Won't Be at Debate.\n\nOn Sunday, the governor spoke to Fox News.";
    expect(claims(text)).toEqual([["indirect", "Gennifer Flowers Won't Be at Debate", "Pence", "transcript-label"]]);
  });

  it("reads a story that opens with a colon dateline, no headline above it, as its lede; a short line in capitals stays a headline", () => {
    const lede = "NEW DELHI: The third line of the metro will miss its March deadline by at least eight months, managing director Vikram Rao said on Monday.";
    expect(claims(lede)).toEqual([
      ["indirect", "The third line of the metro will miss its March deadline by at least eight months", "Vikram Rao", "sentence-cue"],
    ]);
    expect(claims("AP: Mayor routed state money to lobbyists.\n\nThe mayor denied it.")).toEqual([
      ["indirect", "Mayor routed state money to lobbyists", "AP", "transcript-label"],
    ]);
  });

  it("reads a source after a kicker, and none from a kicker, a title with an article or a question", () => {
    expect(claims("EXCLUSIVE \u2013 Roger Stone: Don't Trust the Voting Machines.\n\nHe spoke.")).toEqual([
      ["indirect", "Don't Trust the Voting Machines", "Roger Stone", "transcript-label"],
    ]);
    expect(claims("WATCH: Trump Fires His Campaign Manager.\n\nHe spoke.")).toEqual([]);
    expect(claims("The Latest: Mayor to give away a golden key.\n\nHe spoke.")).toEqual([]);
    expect(claims("Ada Pike: Reformer or career politician?\n\nShe spoke.")).toEqual([]);
  });

  it("gives a headline's claim to the name its label opens with, when the label goes on past it", () => {
    const speakers = (text: string) => extractQuotes(text).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.mention.text ?? null]);
    expect(speakers("Ann Lee to Harbor Council: Fix the Roads Before Winter.\n\nAnn Lee told the council on Monday that the roads were a danger.")).toEqual([
      ["Fix the Roads Before Winter", "Ann Lee", "Ann Lee"],
      ["the roads were a danger", "Ann Lee", "Ann Lee"],
    ]);
    // Two names joined by "and" stay the label's source together.
    expect(claims("Lee and Reyes: Our Town Needs a New Bridge.\n\nAnn Lee and Tom Reyes spoke on Monday.")).toEqual([
      ["indirect", "Our Town Needs a New Bridge", "Lee and Reyes", "transcript-label"],
    ]);
  });

  it("takes only the first paragraph for a headline", () => {
    expect(claims("The debate is tonight.\n\nPence: Flowers will not attend the debate.")).toEqual([]);
  });

  it("reads transcript turns without quotation marks", () => {
    const text = "Part of the transcript:\n\nMORGAN: The mayor released a letter on Friday.\n\nDAWES: Well, she is trying to calm things.";
    expect(claims(text)).toEqual([
      ["indirect", "The mayor released a letter on Friday", "MORGAN", "transcript-label"],
      ["indirect", "Well, she is trying to calm things", "DAWES", "transcript-label"],
    ]);
  });
});
