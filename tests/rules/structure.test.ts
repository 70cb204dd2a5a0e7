/**
 * Attribution by structure (issue 15, items 4-6): a verb counts by the slot it stands in, a quoted
 * term by the verb that names it, a quote paragraph by the speech reported just before, a caption
 * by the name that ends it. Invented sentences only.
 */
import { describe, expect, it } from "vitest";
import { createExtractor, extractQuotes } from "../../src/index";
import { brief } from "./helpers";

const withCue = (text: string) => extractQuotes(text).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.text ?? null]);

describe("a verb in the cue's slot, listed or not", () => {
  it('"...," X VERBed. — the speaker and a verb that end the clause', () => {
    expect(withCue(`"The bridge will open in May," Tomas Ribeiro blurted out.`)).toEqual([["The bridge will open in May", "Tomas Ribeiro", "blurted out"]]);
    expect(withCue(`"The plan is sound," Hana Kovac echoes.`)).toEqual([["The plan is sound", "Hana Kovac", "echoes"]]);
    expect(withCue(`"We won the vote," Hana Kovac crowed on Tuesday.`)).toEqual([["We won the vote", "Hana Kovac", "crowed"]]);
  });

  it('"...," VERBed X. — a verb then a named speaker, also with a long apposition', () => {
    expect(withCue(`"It was a disaster," gushed Tomas Ribeiro.`)).toEqual([["It was a disaster", "Tomas Ribeiro", "gushed"]]);
    expect(withCue(`"Who pays for it," fretted Dana Ortiz, a nurse who has lived near the plant for years and backs the plan.`))
      .toEqual([["Who pays for it", "Dana Ortiz", "fretted"]]);
  });

  it('X VERBed: "..." — the verb that ends the lead-in at the colon', () => {
    expect(withCue(`Council member Tomas Ribeiro crowed: "We won the vote."`)).toEqual([["We won the vote.", "Tomas Ribeiro", "crowed"]]);
    expect(withCue(`Hana Kovac blurted out: "Nobody told us."`)).toEqual([["Nobody told us.", "Hana Kovac", "blurted out"]]);
  });

  it("not a participle, not a plain phrase after the verb, not a clause that goes on", () => {
    expect(brief(extractQuotes(`"We are closing the plant," prompting Hana Kovac to resign.`))).toEqual([
      ["direct", "We are closing the plant", null, "none"],
    ]);
    expect(brief(extractQuotes(`"The bridge is closed," sparked fears downtown.`))).toEqual([["direct", "The bridge is closed", null, "none"]]);
    // No comma or dash sets the words after the term off: "member states" is the writer's phrase.
    expect(brief(extractQuotes(`Its wish to meet the "core" member states, such as Spain, was noted.`))).toEqual([]);
  });
});

describe("a caption or sign-off after a dash", () => {
  it('"..." — Pat Lee, economist at X: the name and title end the paragraph', () => {
    expect(brief(extractQuotes(`"Prices will fall next year." — Pat Lee, economist at Harbor Bank`))).toEqual([
      ["direct", "Prices will fall next year.", "Pat Lee", "dash-speaker"],
    ]);
  });

  it("a dash that goes on with the writer's clause names nobody", () => {
    const result = createExtractor({ explain: true }).extract(`"Is this fair?" — Hana Kovac and her team hoped to learn the answer.`);
    const dash = result.quotes[0]!.explain!.find((t) => t.rule === "dash-speaker");
    expect(dash).toEqual({ rule: "dash-speaker", outcome: "passed", reason: 'the words after "Hana Kovac" go on with a clause' });
  });
});

describe("a quoted term named by a verb", () => {
  it("verb, object, term: the verb's subject says it, whether or not the lexicon lists the verb", () => {
    expect(brief(extractQuotes(`Hana Kovac labelled the vote "a farce."`))).toEqual([["partial", "a farce.", "Hana Kovac", "sentence-cue"]]);
    expect(brief(extractQuotes(`Hana Kovac branded the plan "a disgrace" on Monday.`))).toEqual([["partial", "a disgrace", "Hana Kovac", "sentence-cue"]]);
    expect(brief(extractQuotes(`Tomas Ribeiro termed the result "historic."`))).toEqual([["partial", "historic.", "Tomas Ribeiro", "sentence-cue"]]);
  });

  it("a term that modifies a noun is not named by the verb before it", () => {
    expect(brief(extractQuotes(`Hana Kovac sold the "vintage" tractor.`))).toEqual([]);
  });
});

describe("the speaker named after the quotation", () => {
  it("\"That was the verdict of X\", \"...,\" was the message from X: the owner of a noun of saying in the sentence after", () => {
    const text = `Tournament director Craig Mulvaney said tickets had sold out.\n\n"Zoe plays without fear. But Ines has been here before."\n\nThat was the verdict of Lisa Brandt, who won the title in 2019.`;
    expect(brief(extractQuotes(text))).toEqual([
      ["indirect", "tickets had sold out", "Craig Mulvaney", "sentence-cue"],
      ["direct", "Zoe plays without fear. But Ines has been here before.", "Lisa Brandt", "verdict-after"],
    ]);
    expect(brief(extractQuotes(`"We will win," was the message from coach Dana Lee.`))).toEqual([["direct", "We will win", "Dana Lee", "verdict-after"]]);
    // A plural pointer: "Those were the words of Ms X", the honorific before the name.
    expect(brief(extractQuotes(`Fares rose on Monday.\n\n\u201cMy salary has not gone up by one shilling.\u201d\n\nThose were the words of Ms Rehema Juma, a vendor.`))).toEqual([
      ["direct", "My salary has not gone up by one shilling.", "Rehema Juma", "verdict-after"],
    ]);
    // A sentence after the quote that names no noun of saying is the writer's.
    expect(brief(extractQuotes(`"It is over." That was the first sign of trouble for the club.`))).toEqual([["direct", "It is over.", null, "none"]]);
  });

  it("\"X made that appeal\": the subject of a verb whose object points back at the quotation with a noun of saying", () => {
    const text = `The council voted 7-2 on Wednesday.\n\n"This is the most important vote we will take in a decade."\n\nCouncil member Dana Ruiz (D-Ward 3) made that appeal twice during the hearing.`;
    expect(brief(extractQuotes(text))).toEqual([
      ["direct", "This is the most important vote we will take in a decade.", "Dana Ruiz", "verdict-after"],
    ]);
    // Not a pronoun, and not a verb whose object is no noun of saying.
    expect(brief(extractQuotes(`"We will not back down." She made that pledge on Monday.`))).toEqual([["direct", "We will not back down.", null, "none"]]);
    expect(brief(extractQuotes(`"We will not back down." Ann Lee made that trip on Monday.`))).toEqual([["direct", "We will not back down.", null, "none"]]);
  });
});

describe("a topic before the colon", () => {
  it("a notebook: the name before the topic, or the line naming the speaker above bulleted topic lines; the topic never speaks", () => {
    const text = [
      "The Rovers trained on Tuesday.",
      "Coach Ann Marsh, after practice:",
      '\u2014 on the injury to striker Tom Lund: "It\'s a knock. He will play Saturday."',
      '\u2014 on the derby: "We know what it means."',
      'Defender Joe Park on the new signing: "He is quick."',
      'Lund, 22, on his recovery: "I feel fine."',
    ].join("\n\n");
    expect(brief(extractQuotes(text))).toEqual([
      ["direct", "It's a knock. He will play Saturday.", "Ann Marsh", "topic-lead-in"],
      ["direct", "We know what it means.", "Ann Marsh", "topic-lead-in"],
      ["direct", "He is quick.", "Joe Park", "topic-lead-in"],
      ["direct", "I feel fine.", "Tom Lund", "topic-lead-in"],
    ]);
  });

  it("not a topic line under a line that names nobody, nor a lead-in with a verb", () => {
    expect(brief(extractQuotes(`Quick hits:\n\n\u2014 on the derby: "We know what it means."`))).toEqual([["direct", "We know what it means.", null, "none"]]);
    expect(brief(extractQuotes(`Ann Marsh spoke on the derby: "We know what it means."`))[0]![3]).toBe("leading-speaker-cue");
  });
});

describe("continuations", () => {
  it("a paragraph that is only a quotation takes the speaker whose speech ends the paragraph before", () => {
    const text = `Hana Kovac said the council would vote next month and expected the plan to pass.\n"We have the numbers, and we will win."`;
    expect(brief(extractQuotes(text))).toEqual([
      ["indirect", "the council would vote next month and expected the plan to pass", "Hana Kovac", "sentence-cue"],
      ["direct", "We have the numbers, and we will win.", "Hana Kovac", "reported-before"],
    ]);
  });

  it("not when the paragraph before goes on after the speech it reports", () => {
    const text = `Hana Kovac said the council would vote next month. The hall was full.\n"We have the numbers, and we will win."`;
    expect(brief(extractQuotes(text))[1]).toEqual(["direct", "We have the numbers, and we will win.", null, "none"]);
  });

  it("a short sentence naming a new subject between quotes hands the next quote to it", () => {
    const text = `"We will rebuild the bridge," Mayor Ann Lund said. Her deputy, Omar Said, disagreed. "The money is not there."`;
    expect(brief(extractQuotes(text))).toEqual([
      ["direct", "We will rebuild the bridge", "Ann Lund", "trailing-speaker-cue"],
      ["direct", "The money is not there.", "Omar Said", "continued-speaker"],
    ]);
  });
});
