import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quotation's text, the text of the speaker mention it was attributed through, and the rule that decided. */
function speakers(text: string): Array<[string, string | null, string]> {
  return extractor.extract(text).quotes.map((q) => [
    q.text, q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null, q.rule,
  ]);
}

describe("the speaker mention of a quotation (docs/attribution-errors.md)", () => {
  it("a speaker after the quotation with an apposition before the cue: the name in it speaks", () => {
    expect(speakers("\u201cIt is modest,\u201d Priya Menon, a sleep researcher at the university, said on Tuesday.")).toEqual([["It is modest", "Priya Menon", "trailing-speaker-cue"]]);
    expect(speakers("\u201cIt is modest,\u201d the lead author, Priya Menon, said.")).toEqual([["It is modest", "Priya Menon", "trailing-speaker-cue"]]);
    expect(speakers("\u201cHe deserved it,\u201d the assailant, Jo Carver, told reporters.")).toEqual([["He deserved it", "Jo Carver", "trailing-speaker-cue"]]);
  });

  it("a description's possessive after the cue opens the speaker's phrase, whatever its head ('said the chief's linguist')", () => {
    const text = "The chief, Ama Badu, spoke first. \u201cWe wait,\u201d said the chief's linguist for Osu, Kofi Mensah. \u201cWe go,\u201d said the chief's linguist.";
    expect(speakers(text)).toEqual([
      ["We wait", "the chief's linguist", "trailing-cue-speaker"],
      ["We go", "the chief's linguist", "trailing-cue-speaker"],
    ]);
    expect(extractor.extract(text).quotes.map((q) => q.speaker?.name)).toEqual(["Kofi Mensah", "linguist"]);
  });

  it("a speaker after the quotation with a relative clause set off before the cue", () => {
    expect(speakers("Rain fell. \u201cWe are tired,\u201d Ama Sefa, who leads a group of cocoa growers from the village of Nkawie, said in Twi.")).toEqual([
      ["We are tired", "Ama Sefa", "trailing-speaker-cue"],
    ]);
    expect(speakers("Rain fell. \u201cWe are tired,\u201d Ama Sefa, whose farm is the largest, told the meeting.")).toEqual([
      ["We are tired", "Ama Sefa", "trailing-speaker-cue"],
    ]);
  });

  it("a speaker after the quotation with modifiers before the cue: the head, as the subject finder reads it", () => {
    expect(speakers("\u201cWe will appeal,\u201d a spokesman for the family said.")).toEqual([["We will appeal", "a spokesman", "trailing-speaker-cue"]]);
    expect(speakers("\u201cWe will appeal,\u201d the lawyer representing the Carvers said on Monday.")).toEqual([["We will appeal", "the lawyer", "trailing-speaker-cue"]]);
    // Inside the writer's sentence, the words after the quotation start another clause.
    expect(speakers("Lee said the case was \u201cfar from over,\u201d one of the lawyers for the family said.")).toEqual([["far from over", "Lee", "sentence-cue"]]);
  });

  it("a description owned by another (\"the study's lead author\") speaks, not its owner", () => {
    expect(speakers("\u201cIt is modest,\u201d said the study\u2019s lead author, Dr Priya Menon, a sleep researcher.")).toEqual([
      ["It is modest", "the study\u2019s lead author", "trailing-cue-speaker"],
    ]);
  });

  it('the dummy "it" of a passive cue is no speaker: "It is believed ...", "It was reported that ..."', () => {
    expect(speakers("It is believed the plan will fail. It was reported that the mayor resigned.")).toEqual([
      ["the plan will fail", null, "none"],
      ["the mayor resigned", null, "none"],
    ]);
    // An "it" that does the saying stays the speaker.
    expect(speakers("The agency released its report. It said the plan was dead.")).toEqual([["the plan was dead", "It", "sentence-cue"]]);
  });

  it("reported speech a noun of saying introduces is its owner's: \"Carrier's message: ...\", \"his statement that ...\"", () => {
    expect(speakers("Carrier\u2019s message: moving jobs south is part of the plan.")).toEqual([
      ["moving jobs south is part of the plan", "Carrier", "sentence-cue"],
    ]);
    const text = "John Lee spoke on Monday. After his statement that the ferry would run, the mayor left.";
    expect(speakers(text)).toEqual([["the ferry would run", "his", "sentence-cue"]]);
    expect(extractor.extract(text).quotes[0]!.speaker!.name).toBe("John Lee");
    // A bare possessive pronoun refers as its subject form does: "Her" is Maria Lopez.
    const reply = "Maria Lopez arrived late. Her reply: the ferry will run on time.";
    expect(speakers(reply)).toEqual([["the ferry will run on time", "Her", "sentence-cue"]]);
    expect(extractor.extract(reply).quotes[0]!.speaker!.name).toBe("Maria Lopez");
  });

  it("the owner of a noun of saying past its adjectives, a name read with its noun, the subject a pronoun stands for", () => {
    const named = (text: string) => extractor.extract(text).quotes.map((q) => [q.text, q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null, q.speaker?.name ?? null]);
    // Adjectives between the possessive and the noun; "reply" is also a lexicon verb.
    expect(named("Dr. Omar Haddad, the port director, arrived late. After his testy reply that the port would stay shut, the talks ended.")).toEqual([
      ["the port would stay shut", "his", "Omar Haddad"],
    ]);
    expect(named("Maria Lopez arrived late. The crowd cheered her bold reply: the ferry will run on time.")).toEqual([
      ["the ferry will run on time", "her", "Maria Lopez"],
    ]);
    // "Ann Marsh's statement" is one description to mention detection: its owner is the name.
    expect(named("Senator Ann Marsh toured the harbor on Monday. The crowd cheered after Ann Marsh's statement that the ferry will run.")).toEqual([
      ["the ferry will run", "Ann Marsh", "Ann Marsh"],
    ]);
    // The sentence's subject, which the possessive stands for, is the speaker mention.
    expect(named("Mayor Ann Marsh stood by her statement that the ferry will run.")).toEqual([["the ferry will run", "Ann Marsh", "Ann Marsh"]]);
  });

  it("a quotation opened right after a verb no lexicon lists is spoken by the verb's subject", () => {
    const text = `The race was close.\n\nThe ad claims "Jeb is the conservative you can trust." Then it ended.`;
    expect(speakers(text)).toEqual([["Jeb is the conservative you can trust.", "The ad", "verb-before-quote"]]);
  });

  it("a participle right before the mark takes the quotation as its object: the clause's subject speaks it", () => {
    const text = 'In Leeds, the mayor released a statement on Friday condemning "what looks like a cruel attack on our town."';
    expect(speakers(text)).toEqual([["what looks like a cruel attack on our town.", "the mayor", "verb-before-quote"]]);
    expect(speakers('Bus drivers marched on Monday, crying "foul" over the new rota.')).toEqual([["foul", "Bus drivers", "verb-before-quote"]]);
    expect(speakers('Bus drivers are crying "foul" over the new rota.')).toEqual([["foul", "Bus drivers", "verb-before-quote"]]);
  });

  it("not the second half of a compound adjective, nor a progressive (`had been using \"...\"`)", () => {
    expect(speakers('The council passed a cost-cutting "Fresh Start" budget in May.')).toEqual([]);
    expect(speakers('The row was sparked by the news that Lee had been using "a private phone for council work."')).toEqual([
      ["a private phone for council work.", null, "none"],
    ]);
  });

  it('"X said she believes "..."" is the words of X, not a belief of the pronoun', () => {
    const text = `On the plan, Ann Benjamin said she believes "there may be some generals who agree."`;
    expect(speakers(text)).toEqual([["there may be some generals who agree.", "Ann Benjamin", "leading-speaker-cue"]]);
  });

  it('"..., with X noting "..."": the participle\'s own subject speaks the quote, not the main clause\'s', () => {
    const text = 'Mayor Ann Lee criticized the plan on Monday, with Tom Quist recently noting the absurdity of sending "a couple of hundred guards here" to the region.';
    const quote = extractor.extract(text).quotes.find((q) => q.type === "partial");
    expect([quote?.text, quote?.speaker && text.slice(quote.speaker.mention.start, quote.speaker.mention.end), quote?.cue?.text, quote?.rule])
      .toEqual(["a couple of hundred guards here", "Tom Quist", "noting", "sentence-cue"]);
  });

  it('"X smiled and said": the subject of the verb coordinated with the cue, not a pronoun of the opening clause', () => {
    const text = 'When asked whom she supported, Ms. Ann Sherry smiled and said, "I am waiting for Tom Lund to get in the race."';
    expect(speakers(text)).toEqual([
      // The question is reported too; who asked it the sentence does not say.
      ["whom she supported", null, "none"],
      ["I am waiting for Tom Lund to get in the race.", "Ann Sherry", "leading-speaker-cue"],
    ]);
  });

  it('"CLAUSE, X said Monday, but added that": the speaker of the cue before the comma, not the subject of the clause it reports', () => {
    const text = "The government will not block the closure, Prime Minister Ken Abe said Monday, but added that the state would help pay for buses.";
    expect(speakers(text)).toEqual([
      ["The government will not block the closure", "Ken Abe", "sentence-cue"],
      ["the state would help pay for buses", "Ken Abe", "sentence-cue"],
    ]);
    // Past a comma, only a finite cue's subject: "for Romney to attend" gives "downplayed" no subject.
    const other = "Trump has said that it would be hard for Romney to attend, but downplayed the issue.";
    expect(speakers(other)).toEqual([
      ["it would be hard for Romney to attend", "Trump", "sentence-cue"],
      ["the issue", "Trump", "sentence-cue"],
    ]);
  });

  it('"sent a text to supporters saying": the listener after "to" is not the participle\'s subject', () => {
    const text = 'Even before Lee spoke, the Lee campaign sent out a text message to supporters saying: "We won tonight."';
    expect(speakers(text)).toEqual([["We won tonight.", "the Lee campaign", "leading-speaker-cue"]]);
  });

  it('a noun-tagged cue word with a manner adverb before its clause ("by warning darkly that") is still the cue', () => {
    const text = "Kessler rallied supporters by warning darkly that \u201cthe harbour is in danger\u201d because of the plan.";
    expect(speakers(text)).toEqual([["the harbour is in danger", "Kessler", "sentence-cue"]]);
  });

  it("a subject phrase no mention covers is found past an age or a relative clause set off by commas, not past a date's year", () => {
    expect(speakers("A clerk, who asked for anonymity, said the shop would close. The clerk, 54, said it was sad.")).toEqual([
      ["the shop would close", "A clerk", "sentence-cue"],
      ["it was sad", "The clerk", "sentence-cue"],
    ]);
    // ", 2015," is a date's year, not an age: "Jan. 1" is no subject.
    expect(speakers("A Courier analysis of charities that have raised $1 million or more since Jan. 1, 2015, shows rural groups outpacing city ones in recent weeks.")).toEqual([
      ["rural groups outpacing city ones in recent weeks", null, "none"],
    ]);
  });
});

describe("a lead-in ending its paragraph with a colon", () => {
  it("a name after a preposition in the lead-in is no source: 'She spoke in Northern Sami through an interpreter:' is hers", () => {
    const text =
      "Anne Guttorm, the president of the council, said the ice had sealed the lichen. She spoke in Northern Sami through an interpreter:\n\n\u2018The reindeer dig and find only ice.\u2019";
    expect(speakers(text).slice(-1)).toEqual([["The reindeer dig and find only ice.", "She", "previous-sentence"]]);
  });
});
