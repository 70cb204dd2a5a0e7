import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src";

// The speaker of reported speech (no quotation marks), on invented sentences: each case names the
// mechanism that gave the wrong speaker, or none, before it was fixed (docs/reported-speech.md,
// "Wrong speakers of found reported speech").

const extractor = createExtractor();
const reported = (text: string) =>
  extractor.extract(text).quotes.filter((q) => q.type === "indirect").map((q) => [q.text, q.cue?.text, q.speaker?.mention?.text ?? null]);

describe("reported speech: whose words a clause is", () => {
  it("gives a question after a sentence-opening `asked by X` to X, who asked it", () => {
    expect(reported("When asked by a reporter whether she would run again, the mayor smiled.")).toEqual([
      ["whether she would run again", "asked", "a reporter"],
    ]);
    expect(reported("Asked by Ann Lee whether the ferry would run, the mayor smiled.")).toEqual([
      ["whether the ferry would run", "Asked", "Ann Lee"],
    ]);
  });

  it("gives a participle opening the sentence to the main clause's subject (Round 40)", () => {
    expect(reported("Noting that fares had doubled, the harbour master said the pier would reopen in May.")).toEqual([
      ["that fares had doubled", "Noting", "the harbour master"],
      ["the pier would reopen in May", "said", "the harbour master"],
    ]);
    // A subject that is no detected mention: the phrase after the participle's comma.
    expect(reported("Recognizing the gap between the two plans, the mayor's inner circle believes the council will yield.")).toEqual([
      ["the gap between the two plans", "Recognizing", "the mayor's inner circle"],
      ["the council will yield", "believes", "the mayor's inner circle"],
    ]);
  });

  it("gives a participle after a sentence-opening preposition to the main clause's subject (Round 37)", () => {
    expect(reported("After praising the new ferry timetable, the harbour master said the pier would reopen in May.")).toEqual([
      ["the new ferry timetable", "praising", "the harbour master"],
      ["the pier would reopen in May", "said", "the harbour master"],
    ]);
  });

  it("ends an object before a relative clause whose cue is of middling weight, which reports its antecedent's words", () => {
    expect(reported("But neither she nor Perkins echoed the tone of Mendez, who has called the mayor an obvious fraud.")).toEqual([
      ["the tone of Mendez", "echoed", "Perkins"],
      ["the mayor an obvious fraud", "called", "who"],
    ]);
    expect(reported("His conduct has angered the council's senior members, who have openly expressed concern about the budget.")).toEqual([
      ["the council's senior members", "angered", "His conduct"],
      ["the budget", "expressed concern", "who"],
    ]);
  });

  it("takes a quantifier's group with its modifiers for the subject, not the noun of the last modifier (`Many of the callers in the first hour said`)", () => {
    expect(reported("Many of the callers in the first hour said the trade was a mistake.")).toEqual([
      ["the trade was a mistake", "said", "Many of the callers"],
    ]);
    expect(reported("Most of the callers on the late show said the fee was unfair.")).toEqual([
      ["the fee was unfair", "said", "Most of the callers"],
    ]);
  });

  it("credits a cue after another verb and its `to` to that verb's subject, not the sentence's first", () => {
    expect(reported("When the storm hit, Ann Lee stayed home and Tom Reed failed to explain why the ferry stopped.")).toEqual([
      ["why the ferry stopped", "explain", "Tom Reed"],
    ]);
    expect(reported("As the crowd left the pier, the harbour master Tom Reed tried to argue the levee is unsafe.")).toEqual([
      ["the levee is unsafe", "argue", "Tom Reed"],
    ]);
    // "went on to": the tagger reads "on" as a preposition; the subject is still that of "went".
    expect(reported("When the storm hit, Ann Lee stayed home and Tom Reed went on to explain why the ferry stopped.")).toEqual([
      ["why the ferry stopped", "explain", "Tom Reed"],
    ]);
  });

  it("takes no subordinate clause after a comma for an attribution closing the clause before it", () => {
    expect(reported("Besides attacking the governor, while the audience booed loudly, Mr. Lane asserted that taxes were too high.")).toEqual([
      ["taxes were too high", "asserted", "Lane"],
    ]);
  });

  it("credits an inverted attribution before a long apposition closing the sentence", () => {
    expect(reported("Even as the vote moves to Ohio, a state that she hoped to win by a wide margin, the race will be close, said Tom Ferris, director of Ohio Polling and a political analyst in Columbus.")).toEqual([
      ["Even as the vote moves to Ohio, a state that she hoped to win by a wide margin, the race will be close", "said", "Tom Ferris"],
    ]);
  });
});

describe("reported speech: a passive's agent", () => {
  it("credits the phrase after `by` with a passive cue's subject, not the subject itself", () => {
    expect(reported("Her view is shared by Senator Ann Marsh and a group of farmers.")).toEqual([
      ["Her view", "shared", "Ann Marsh"],
    ]);
    expect(reported("The harbour plan has been criticized by several councillors for its cost.")).toEqual([
      ["The harbour plan", "criticized", "several councillors"],
    ]);
  });

  it("takes a determiner standing alone after `by` for the agent", () => {
    expect(reported("The toll plan is backed by many in the council.")).toEqual([
      ["The toll plan", "backed", "many"],
    ]);
    expect(reported("The new ferry timetable was criticized by some as too hasty.")).toEqual([
      ["The new ferry timetable", "criticized", "some"],
    ]);
  });

  it("leaves a feeling's cause after `by` to the subject who feels it", () => {
    expect(reported("Two councillors were angered by the harbour deal.")).toEqual([
      ["the harbour deal", "angered by", "Two councillors"],
    ]);
  });
});

describe("reported speech: a subject with a relative clause", () => {
  it("ends a comma relative clause's clause before its head's verb of saying after an auxiliary", () => {
    expect(reported("Mr. Lane, who did not respond to a request for comment, has denied that he was working on a book.")).toEqual([
      ["a request for comment", "respond to", "who"],
      ["he was working on a book", "denied", "Lane"],
    ]);
  });

  it("reads the subject's own verb of saying after a relative clause describing the subject, which reports nothing", () => {
    expect(reported("A woman who has accused the mayor of fraud said Sunday that he had lied to her.")).toEqual([
      ["he had lied to her", "said", "A woman"],
    ]);
  });

  it("takes the subject after a clause a participle opens, not the clause's object, for a cue inside that clause", () => {
    expect(reported("Using a blunt phrase to describe the council, Mr. Tull said its members were lazy.")).toEqual([
      ["the council", "describe", "Tull"],
      ["its members were lazy", "said", "Tull"],
    ]);
    expect(reported("Continuing to explain his plan, Ms. Ruiz rejected the claim that the tax was unfair.")[0]).toEqual(["his plan", "explain", "Ruiz"]);
  });

  it("gives a noun of saying that a verb like 'made' or 'repeated' takes for its object to that verb's subject", () => {
    expect(reported("Mr. Tull made similarly harsh charges that a judge would be biased against him.")).toEqual([
      ["a judge would be biased against him", "charges", "Tull"],
    ]);
    expect(reported("At the debate, Ms. Ruiz made an unprompted call for an end to farm subsidies.")).toEqual([
      ["an end to farm subsidies", "call for", "Ruiz"],
    ]);
  });

  it("gives a verb after ', then' the subject of the verb before the comma", () => {
    expect(reported("Ms. Ruiz paused, then revealed why the vote had moved her.")).toEqual([
      ["why the vote had moved her", "revealed", "Ruiz"],
    ]);
  });

  it("gives a participle after ', with' the phrase between them, the subject of the absolute clause", () => {
    expect(reported("The council stepped up pressure on the mayor on Monday, with senior officials warning that the city's debts were rising.")).toEqual([
      ["the city's debts were rising", "warning", "senior officials"],
    ]);
  });

  it("takes the relative clause's head for the subject where it opens a later clause or joins two words", () => {
    expect(reported("The vote was close. Current and former aides who spoke with the Daily Ledger said the agency had lost its way.")).toEqual([
      ["the agency had lost its way", "said", "former aides"],
    ]);
    expect(reported("Ann Park held the seat for years, but the senators who control the Budget Committee said the plan was too costly.")).toEqual([
      ["the plan was too costly", "said", "the senators"],
    ]);
    // A clause of its own right before the cue keeps its subject; a lone name after a name and a comma is a state.
    expect(reported("The vote went to Rep. Tom Ash, the Ohio congressman who won fame in 2010 when he shouted that the bill was a fraud.")).toEqual([
      ["the bill was a fraud", "shouted", "he"],
    ]);
  });

  it("takes the relative clause's head for the subject, not the noun that ends the clause", () => {
    expect(reported("Two elderly farmers who had just dropped their ballots into a box at a school there discussed how the tax should fall.")).toEqual([
      ["how the tax should fall", "discussed", "Two elderly farmers"],
    ]);
  });

  it("keeps the relative pronoun as the subject of the relative clause's own cue", () => {
    expect(reported("A senator who accused the mayor of fraud was re-elected.").map(([, cue, speaker]) => [cue, speaker])).toEqual([["accused", "A senator who"]]);
  });

  it("reads no inverted attribution in a discourse 'say'", () => {
    expect(reported("It does not explain why they backed a stranger instead of, say, the Harbour Party.")).toEqual([
      ["why they backed a stranger instead of, say, the Harbour Party", "explain", "It"],
    ]);
  });
});

describe("reported speech: a stance and who holds it", () => {
  it("credits a name or personal pronoun before 'seemed to' / 'appears ... that' with the view", () => {
    expect(reported("Before the storms, Ruiz seemed hopeful that the harbour could take more ships.")).toEqual([
      ["hopeful that the harbour could take more ships", "seemed", "Ruiz"],
    ]);
    expect(reported("She appears to favour a second bridge.")).toEqual([["to favour a second bridge", "appears", "She"]]);
  });

  it("leaves a description, a thing and a passive expectation in the writer's view, without a speaker", () => {
    expect(reported("Voters already appear fatigued.")).toEqual([["Voters already appear fatigued", "appear", null]]);
    expect(reported("Mr. Lee's handling of the storm seemed to fall short.")).toEqual([["Mr. Lee's handling of the storm seemed to fall short", "seemed", null]]);
    expect(reported("More than 2,000 residents are expected to attend the meeting on Monday.")).toEqual([
      ["More than 2,000 residents are expected to attend the meeting on Monday", "expected", null],
    ]);
  });
});

describe("reported speech: the source after 'according to'", () => {
  it("takes a noun the tagger reads as an infinitive after 'to' for the source", () => {
    expect(reported("The meeting turned into a gripe session, according to people in attendance.")).toEqual([
      ["The meeting turned into a gripe session", "according to", "people"],
    ]);
    expect(reported("He registered the firm in 2010, according to state corporate records.")).toEqual([
      ["He registered the firm in 2010", "according to", "state corporate records"],
    ]);
  });
});

describe("reported speech: subjects the finder passed over", () => {
  it("takes a poll share for the subject: a percentage, a fraction, a share set off after a fraction", () => {
    expect(reported("On social issues they lean left: 42% say they're liberal.")).toEqual([["they're liberal", "say", "42%"]]);
    expect(reported("Nearly a third say they don't know.")).toEqual([["they don't know", "say", "a third"]]);
    expect(reported("Among likely voters, about two-thirds, 67 percent, say they will vote for Lee.")).toEqual([
      ["they will vote for Lee", "say", "two-thirds"],
    ]);
  });

  it("steps over 'since' and 'in the past' between the subject and the cue", () => {
    expect(reported("She has since said that she attended because it would be fun.")).toEqual([
      ["she attended because it would be fun", "said", "She"],
    ]);
    expect(reported("Lee's close friends and allies have in the past said he was staying quiet.")).toEqual([
      ["he was staying quiet", "said", "allies"],
    ]);
  });
});

describe("reported speech: formulas that report nothing", () => {
  it("reads no reported speech in the election-results formula 'precincts reporting'", () => {
    expect(reported("With almost 100% of the precincts reporting, the primary in Ohio between Lee and Ruiz was down to the wire.")).toEqual([]);
  });
});

describe("the source phrase after 'to' outside 'according to'", () => {
  it("does not take the verb of an infinitive for a speaker", () => {
    const quotes = extractor.extract('As the debate went on, Ruiz stood by her remark that "the port is dying," refusing to acknowledge that the port had grown.').quotes;
    expect(quotes.map((q) => [q.type, q.text, q.speaker?.mention?.text ?? null])).toEqual([
      ["partial", "the port is dying", "her"],
      ["indirect", "the port had grown", "Ruiz"],
    ]);
  });
});

describe("reported speech: a coordinated subject with a floating quantifier", () => {
  const named = (text: string) =>
    extractor.extract(text).quotes.filter((q) => q.type === "indirect").map((q) => [q.text, q.cue?.text, q.speaker?.name ?? null]);

  it("skips `both`, `all` or `each` between the subject and the cue, and names the whole coordination", () => {
    expect(named("Mayor Dana Whitlow and Governor Pete Arnaud both said the bridge would reopen in May.")).toEqual([
      ["the bridge would reopen in May", "said", "Dana Whitlow & Pete Arnaud"],
    ]);
    expect(named("Senators Lena Okoro and Bram Tillet have all urged the board to delay the vote.")).toEqual([
      ["the board to delay the vote", "urged", "Lena Okoro & Bram Tillet"],
    ]);
  });

  it("skips the quantifier after a plural pronoun, and leaves it after a common noun", () => {
    expect(reported("Asked about the storm, they have each said the channel was too shallow.")).toEqual([
      ["the channel was too shallow", "said", "they"],
    ]);
    expect(reported("The harbour pilots and the mayor's aides all urged the council to dredge the channel.")).toEqual([]);
  });

  it("does not take the `both` of `both ... and` for a floating quantifier", () => {
    expect(reported("The mayor, who has both praised the plan and criticized its cost, said the council would vote in June.")).toEqual([
      ["the council would vote in June", "said", "The mayor"],
    ]);
  });
});

describe("reported speech: a participle introducing a quotation", () => {
  it("takes no clause before a participle that a quotation follows, which is the participle's content", () => {
    expect(reported("Mayor Okafor stepped up her attack on the harbour levy on Tuesday, saying, “We cannot afford it.”")).toEqual([]);
  });

  it("keeps the clause before a finite attribution that a quotation continues", () => {
    expect(reported("The ferry fares will rise in May, the harbour office said, “and again in June.”")).toEqual([
      ["The ferry fares will rise in May", "said", "the harbour office"],
    ]);
  });
});
