import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";
import type { ExtractionResult } from "../../src/types";

const extractor = createExtractor();

/** Each quote as `text -> speaker name (speaker kind) via mention`, after checking every span against the input. */
function speakers(input: string): string[] {
  const result: ExtractionResult = extractor.extract(input);
  for (const q of result.quotes) {
    expect(input.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(input.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
  }
  return result.quotes.map((q) => {
    const kind = result.speakers.find((s) => s.id === q.speaker?.id)?.kind;
    return `${q.text} -> ${q.speaker ? `${q.speaker.name} (${kind}) via ${q.speaker.mention.text}` : "none"}`;
  });
}

describe("plural speakers: the people the article named together", () => {
  it("a number-agreeing phrase takes the people named last (the two voters), and an unnumbered one the same set after it", () => {
    const text = "Ann Lee greeted neighbors at the door. Tom Reyes handed out leaflets nearby. The two voters said that the town " +
      "needed a new library. The friends admitted that they rarely agree on politics.";
    expect(speakers(text)).toEqual([
      "the town needed a new library -> Ann Lee & Tom Reyes (group) via two voters",
      "they rarely agree on politics -> Ann Lee & Tom Reyes (group) via The friends",
    ]);
  });

  it("the couple: two people joined by and, ages and an apposition between", () => {
    const text = "Ann Lee, 45, and her husband, Tom Reyes, 47, waited outside the school on Tuesday. Having moved from Ohio in " +
      "March, the couple said that the new rules would hurt families.";
    expect(speakers(text)).toEqual(["the new rules would hurt families -> Ann Lee & Tom Reyes (group) via the couple"]);
  });

  it("both women: the two women named last, by gender", () => {
    const text = "Ann Lee spoke to the union. Mara Quist, who runs the shop, spoke later. Both women said that the plan would fail.";
    expect(speakers(text)).toEqual(["the plan would fail -> Ann Lee & Mara Quist (group) via Both women"]);
  });

  it("they: the people named together as the subject just before", () => {
    const text = "Ann Lee and Tom Reyes held a joint event in Dayton on Monday, striking a hopeful tone as they argued that wages must rise.";
    expect(speakers(text)).toEqual(["wages must rise -> Ann Lee & Tom Reyes (group) via they"]);
  });

  it("they: people named together with an age compound and an apposition between (\"and 24-year-old Tom Gant, a volunteer,\")", () => {
    const text = "Dana Zell and 24-year-old Tom Gant, a fellow volunteer, explained how canvassers would rank the voters they met. Then they said the district was \u201cready to turn.\u201d";
    expect(speakers(text)).toEqual([
      "how canvassers would rank the voters they met -> Dana Zell & Tom Gant (group) via Tom Gant",
      "ready to turn. -> Dana Zell & Tom Gant (group) via they",
    ]);
  });

  it("a speaker found as one member of a subject conjunction speaks with the others", () => {
    expect(speakers("Ann Lee and Tom Reyes said that the plan would fail.")).toEqual([
      "the plan would fail -> Ann Lee & Tom Reyes (group) via Tom Reyes",
    ]);
  });

  it("an indefinite number brings new people in, and a phrase about things is no set of people", () => {
    expect(speakers("Ann Lee met Tom Reyes. Two voters said that the plan would fail.")).toEqual([
      "the plan would fail -> voters (group) via Two voters",
    ]);
    expect(speakers("Ann Lee met Tom Reyes in Dayton. Both parties said that the talks went well.")).toEqual([
      "the talks went well -> parties (unknown) via Both parties",
    ]);
  });
});

describe("interview transcripts (Q: and A: paragraphs)", () => {
  const text = [
    "A talk with Mayor Ann Lee.",
    "Mayor Ann Lee visited the new depot on Friday. Lee later spoke with reporter Tom Reyes on the train.",
    "Q: You said last week that the depot would open in May. Is that still the plan?",
    "A: It is. Dan Ortiz, the council chair, doubts it. Still, I told the council that we would be ready. My staff warned me that the budget was tight.",
    "Q: Do you think the council agrees?",
    "A: If you look at the vote, you see that they do.",
  ].join("\n\n");

  it("I and my in the answers and you in the questions are the interviewee; you in an answer is the generic reader", () => {
    expect(speakers(text)).toEqual([
      "the depot would open in May -> Ann Lee (person) via You",
      "we would be ready -> Ann Lee (person) via I",
      "the budget was tight -> Lee staff (group) via My staff",
      "the council agrees -> Ann Lee (person) via you",
      "they do -> the reader (person) via you",
    ]);
  });
});

describe("the text's own voice: the generic reader and the author", () => {
  it("a generic one (with a modal) and a you outside quotations are the reader", () => {
    const text = "The stadium was half empty on Sunday. Being that this is his home town, one might think that the senator would " +
      "fill it. If you watched the rally, you saw that few people came.";
    expect(speakers(text)).toEqual([
      "the senator would fill it -> the reader (person) via one",
      "few people came -> the reader (person) via you",
    ]);
  });

  it("we outside quotations, in an article that speaks in its writer's own voice, is the author", () => {
    const text = "In our last column we mocked the mayor's budget.\n\nThe council met again on Tuesday. Our readers wrote in by the " +
      "hundreds.\n\nAfter that vote, we argued that the plan would fail.";
    expect(speakers(text)).toEqual([
      "the mayor's budget -> the author (person) via we",
      "the plan would fail -> the author (person) via we",
    ]);
  });
});

describe("poll shares: the group polled speaks", () => {
  it("a share names the population of the poll, its own 'of' group, or the group of the share before it", () => {
    const text = "A survey of 600 likely Green Party voters in Oregon was released on Monday. " +
      "Almost half of respondents said the party should field more candidates. " +
      "Two in five said the ballot rules were unfair. " +
      "Some 40 percent of rural Oregonians said the leaders ignored them. " +
      "Thirty percent said they would stay home in the fall.";
    expect(speakers(text)).toEqual([
      "the party should field more candidates -> Oregon Green Party voters (group) via respondents",
      "the ballot rules were unfair -> Oregon Green Party voters (group) via five",
      "the leaders ignored them -> rural Oregonians (group) via Oregonians",
      "they would stay home in the fall -> rural Oregonians (group) via Thirty percent",
    ]);
  });

  it("a share of 'those' polled is the poll's population, and a share ending on 'who' is a share too", () => {
    const text = "A survey of 900 likely voters was released on Monday. " +
      "Thirty-one percent of those surveyed said the economy was their top worry. " +
      "Forty percent said the mayor should resign, compared with 18% who said he should stay.";
    expect(speakers(text)).toEqual([
      "the economy was their top worry -> voters (group) via Thirty-one percent of those",
      "the mayor should resign, compared with 18% who said he should stay -> voters (group) via Forty percent",
      "he should stay -> voters (group) via 18% who",
    ]);
  });

  it("'a third' before its verb is a share, not an ordinal (wink reads it as an adverb)", () => {
    const text = "A survey of 900 likely voters in Ohio was released on Monday. " +
      "A third said the governor should resign. Less than a third said the mayor should stay.";
    expect(speakers(text)).toEqual([
      "the governor should resign -> Ohio voters (group) via A third",
      "the mayor should stay -> Ohio voters (group) via a third",
    ]);
  });

  it("a lone 'most' opening a clause is part of the group of the share just before; with none, itself", () => {
    const text = "Nine of 10 Democrats in Ohio were worried about jobs; most said they were very worried. " +
      "Hundreds of teachers gathered in the square on Monday. Most said the governor should resign.";
    expect(speakers(text)).toEqual([
      "they were very worried -> Ohio Democrats (group) via most",
      "the governor should resign -> Most (unknown) via Most",
    ]);
  });
});

describe("a person's gender from the article's own pronouns, where the first-name list is silent", () => {
  it("'his' after a name as the subject makes that person no 'she'", () => {
    const text = "Ann Lee runs a bakery in Corvale. Zorvath Kelmani opened his campaign office next door on Monday. " +
      "“The town needs jobs,” she said.";
    expect(speakers(text)).toEqual(["The town needs jobs -> Ann Lee (person) via she"]);
  });

  it("without that evidence the nearest subject is still free to be 'she'", () => {
    const text = "Ann Lee runs a bakery in Corvale. Zorvath Kelmani opened the campaign office next door on Monday. " +
      "“The town needs jobs,” she said.";
    expect(speakers(text)).toEqual(["The town needs jobs -> Zorvath Kelmani (person) via she"]);
  });

  it("a pronoun after someone else is named is no evidence", () => {
    const a = "Ann Lee runs a bakery in Corvale. Zorvath Kelmani met Tom Reyes and his staff next door on Monday. " +
      "“The town needs jobs,” she said.";
    expect(speakers(a)).toEqual(["The town needs jobs -> Zorvath Kelmani (person) via she"]);
  });
});
