import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quotation's text, the text of the speaker mention it was attributed through, and the rule that decided. */
function speakers(text: string): Array<[string, string | null, string]> {
  return extractor.extract(text).quotes.map((q) => [
    q.text, q.speaker ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null, q.rule,
  ]);
}

describe("an inverted cue that closes the sentence: `CLAUSE, said Ann Park, a pollster.`", () => {
  it("the name after the cue speaks, not the last name of the clause before the comma", () => {
    expect(speakers("The vote would bring a \"long winter\" for the council, forcing it to fight both the unions and Ribeiro, said Dana Ortiz, a nurse at the clinic.")).toEqual([
      ["long winter", "Dana Ortiz", "sentence-cue"],
    ]);
    expect(speakers("Analysts were doubtful. \"It cannot work this year\" unless the mayor finds money, said Tomas Ribeiro, a budget analyst.")).toEqual([
      ["It cannot work this year", "Tomas Ribeiro", "sentence-cue"],
    ]);
  });

  it("after a quotation too, a time word between the cue and the name is no part of the speaker", () => {
    expect(speakers("\u201cWe have the votes,\u201d said Monday Dana Ortiz, who chairs the panel.")).toEqual([
      ["We have the votes", "Dana Ortiz", "trailing-cue-speaker"],
    ]);
  });

  it("after a quotation, an aside opened by \"as\" is stepped over like a relative clause (`X, as he is known, told`)", () => {
    expect(speakers("\u201cWe are the river,\u201d Ana Tui, as she is known to the tribe, told the meeting.")).toEqual([
      ["We are the river", "Ana Tui", "sentence-cue"],
    ]);
  });

  it("a relative clause that a comma closes before the cue keeps its antecedent as the speaker", () => {
    expect(speakers("Ann Lee, who chairs the panel, told Channel Nine, \u201cWe are not done yet.\u201d")).toEqual([
      ["We are not done yet.", "Ann Lee", "leading-speaker-cue"],
    ]);
    expect(speakers("Ann Lee, a lawyer for the city, said Ribeiro would win the seat.")).toEqual([
      ["Ribeiro would win the seat", "Ann Lee", "sentence-cue"],
    ]);
  });
});

describe("a partial quote running on from a full quotation in the sentence before", () => {
  it("`\"A,\" said X, a title. Now, \"B.\"`: the writer's connective sentence with no cue keeps X", () => {
    expect(speakers("\u201cWe were not happy at first,\u201d said Hana Kovac, head of policy at BrightPath. Now, \u201cmost of the members think it is fine.\u201d")).toEqual([
      ["We were not happy at first", "Hana Kovac", "trailing-cue-speaker"],
      ["most of the members think it is fine.", "Hana Kovac", "continued-speaker"],
    ]);
  });

  it("not when the sentence has a cue of its own, nor a sentence further on", () => {
    expect(speakers("\u201cWe were not happy,\u201d said Hana Kovac. The mayor called it \u201ca mess.\u201d")).toEqual([
      ["We were not happy", "Hana Kovac", "trailing-cue-speaker"],
      ["a mess.", "The mayor", "sentence-cue"],
    ]);
    expect(speakers("\u201cWe were not happy,\u201d said Hana Kovac. The vote passed anyway. Now the plan is \u201ca done deal for the whole city.\u201d")).toEqual([
      ["We were not happy", "Hana Kovac", "trailing-cue-speaker"],
      ["a done deal for the whole city.", null, "none"],
    ]);
  });
});

describe("an unlisted main verb whose object clause holds the quote: `Lund groused that X \"...\"`", () => {
  it("the verb's subject speaks, past a prepositional phrase before \"that\" and for \"who\"", () => {
    expect(speakers("Lund groused to a crowd in Leeds that the paper \u201cdoes not treat me properly\u201d before leaving.")).toEqual([
      ["does not treat me properly", "Lund", "sentence-cue"],
    ]);
    expect(speakers("Dr. Ann Lund pondered who, without the mayor, might \u201cspeak for our town in this season of anger.\u201d")).toEqual([
      ["speak for our town in this season of anger.", "Ann Lund", "sentence-cue"],
    ]);
  });

  it("a verb the tagger takes for a plural noun between the subject and \"that\": `Ortiz, a pollster, notes that`, not after a determiner", () => {
    expect(speakers('Dana Ortiz, a local pollster, notes that winning a fifth of the vote means Lee "can do a lot of damage in the suburbs" anyway.')).toEqual([
      ["can do a lot of damage in the suburbs", "Dana Ortiz", "sentence-cue"],
    ]);
    expect(speakers('The notes that Lee kept show the plan was "a disaster for the whole town" in May.')).toEqual([
      ["a disaster for the whole town", null, "none"],
    ]);
  });

  it("not a noun's clause (\"her argument that\"), a passive verb, or a dummy \"it\"", () => {
    expect(speakers("The wins solidify her argument that Lee is popular, rather than \u201ca regional candidate for the south.\u201d").at(-1)).toEqual([
      "a regional candidate for the south.", null, "none",
    ]);
    expect(speakers("The request was sparked by the news that Lee had been using \u201can alias email account for work.\u201d")).toEqual([
      ["an alias email account for work.", null, "none"],
    ]);
    expect(speakers("It has not helped that her campaign has cycled through slogans such as \u201cfighting for all of us.\u201d")).toEqual([
      ["fighting for all of us.", null, "none"],
    ]);
  });
});

describe("the mention right after a cue that opens its clause", () => {
  it("is not the speaker when a verb follows it: `X, who ..., said it was \"...\"` opens what was said", () => {
    expect(speakers("It was years ago that Ann Lund, who is thinking about running for mayor, said it was \u201cimpossible\u201d for her to win.").at(-1)).toEqual([
      "impossible", "Ann Lund", "sentence-cue",
    ]);
  });
});

describe("a sentence that opens right after a quotation and names a new speaker", () => {
  it("hands the next quotation to that speaker, through reported speech or a short sentence", () => {
    expect(speakers("Lee said: \u201cWe back the workers.\u201d Ribeiro touted her record as an original sponsor of the housing bill. \u201cWe need to build more homes.\u201d").at(-1)).toEqual([
      "We need to build more homes.", "Ribeiro", "continued-speaker",
    ]);
    expect(speakers("Lee said: \u201cWe back the workers.\u201d Ann Park disagreed. \u201cWe cannot pay for it.\u201d").at(-1)).toEqual([
      "We cannot pay for it.", "Ann Park", "continued-speaker",
    ]);
  });

  it("the previous quotation's own attribution is not a new speaker", () => {
    expect(speakers("\u201cWe back the workers,\u201d Lee said. \u201cWe always will.\u201d")).toEqual([
      ["We back the workers", "Lee", "trailing-speaker-cue"],
      ["We always will.", "Lee", "continued-speaker"],
    ]);
  });
});

describe("a place joined by a hyphen before the speaker's name", () => {
  it("`\"...,\" Texas-based Matt Okafor said`: the compound modifies the name, which speaks", () => {
    expect(speakers("\u201cRibeiro is cratering,\u201d Texas-based Matt Okafor said.")).toEqual([["Ribeiro is cratering", "Matt Okafor", "trailing-speaker-cue"]]);
  });
});

describe("a subject modified by a present participle and its preposition", () => {
  it("`An official speaking on condition of anonymity said`: the head speaks, not the preposition's object", () => {
    expect(speakers("An official speaking on condition of anonymity said \u201cthe deal is done.\u201d")).toEqual([["the deal is done.", "An official", "leading-speaker-cue"]]);
    expect(speakers("Another source speaking to Channel Nine said, \u201cThe agents are looking at the fund.\u201d")).toEqual([
      ["The agents are looking at the fund.", "Another source", "leading-speaker-cue"],
    ]);
  });
});

describe("a quoted title, which the quotes stage hands on", () => {
  it('"On "Meet the Voters," Sen. Ann Lee, who ..., said:" — the title is no subject, straight marks or curly', () => {
    expect(speakers('On "Meet the Voters," Sen. Ann Lee, who leads the panel, said: "We have no money."')).toEqual([
      ["We have no money.", "Ann Lee", "leading-speaker-cue"],
    ]);
    expect(speakers("On \u201cMeet the Voters,\u201d Sen. Ann Lee, who leads the panel, said: \u201cWe have no money.\u201d")).toEqual([
      ["We have no money.", "Ann Lee", "leading-speaker-cue"],
    ]);
  });

  it('"on Sunday\'s "Meet the Voters," Ann Lee ... stated that" — a title after a possessive is no subject either', () => {
    expect(speakers("On Sunday\u2019s \u201cMeet the Voters,\u201d Ann Lee, the mayor of Dunmore, stated that the budget would pass.")).toEqual([
      ["the budget would pass", "Ann Lee", "sentence-cue"],
    ]);
  });
});

describe("a partial quote in a reported clause, then a short attribution that closes the sentence", () => {
  it("the closing attribution names whose account the sentence is: `..., the Gazette reported.`", () => {
    const text = 'Mayor Lena Brooks said at a breakfast that she was "quite sure of the numbers," the Gazette reported.';
    expect(speakers(text)).toEqual([["quite sure of the numbers", "the Gazette", "trailing-speaker-cue"]]);
    expect(speakers('Tom Reyes told the panel that the bridge was "sound and safe," Ms. Hill wrote.'))
      .toEqual([["sound and safe", "Hill", "trailing-speaker-cue"]]);
    // An aside between dashes ends as a sentence does.
    expect(speakers('Dana Hill doubted the plan - "It will never pass," Ms. Hill said twice - and left the room.')[0])
      .toEqual(["It will never pass", "Hill", "trailing-speaker-cue"]);
  });

  it("the reported clause's cue keeps the quote when a participle or more words follow, or no comma sets them off", () => {
    expect(speakers('Mayor Lena Brooks said the tunnel was "a good deal," telling reporters the city would pay.')[0])
      .toEqual(["a good deal", "Lena Brooks", "sentence-cue"]);
    expect(speakers('Mayor Lena Brooks said the tunnel was "a good deal" the council rejected.')[0])
      .toEqual(["a good deal", "Lena Brooks", "sentence-cue"]);
  });
});

describe("the subject a participle shares, past a phrase that opens the sentence", () => {
  it("`After the storm, Lund released an ad calling ...`: Lund, not the opening phrase", () => {
    expect(speakers('After the storm, Mayor Lund released a new radio ad calling the state plan "a disgrace."'))
      .toEqual([["a disgrace.", "Mayor Lund", "sentence-cue"]]);
    expect(speakers('In three long interviews, the judge sounded off on the mayor, saying she did not "want to contemplate" it.'))
      .toEqual([["want to contemplate", "the judge", "sentence-cue"]]);
  });
});

describe("a participle after the quote is no inverted cue", () => {
  it("`X argued that \"...,\" citing an instance`: X speaks, not the participle's object", () => {
    expect(speakers('The two senators, however, argue that "there is a clear precedent for this," citing an instance from 2004.'))
      .toEqual([
        ["there is a clear precedent for this", "two senators", "sentence-cue"],
        // The participle after the quotation's comma reports its own object (reported speech, the senators').
        ["an instance from 2004", "The two senators", "sentence-cue"],
      ]);
    expect(speakers('Mayor Ann Lee fired back: "If they sue us, they will lose," referencing the number of lawyers in the city.'))
      .toEqual([["If they sue us, they will lose", "Ann Lee", "leading-speaker-cue"]]);
  });
});

describe("a clause joined after the sentence's first cue, with a subject of its own", () => {
  it("`X criticized A, and Y proposed \"...\"`: the joined clause's verb and subject, listed or not", () => {
    expect(speakers("Ann Lee criticized the tax, and Tomas Ribeiro proposed they \"start again from scratch\" on Monday.")).toEqual([
      ["start again from scratch", "Tomas Ribeiro", "sentence-cue"],
    ]);
    expect(speakers("The board debated whether to close the pool; one member called it \"a waste of good money.\"")).toEqual([
      ["a waste of good money.", "one member", "sentence-cue"],
    ]);
  });

  it("`..., while Y, an apposition, proposed \"...\"`: the verb after the apposition's closing comma", () => {
    expect(speakers("Mayor Tom Ruddock on Monday signed an order closing the bridge to trucks, while Ann Pellow, the former council leader, proposed they \"tear the whole thing down.\"").at(-1)).toEqual(
      ["tear the whole thing down.", "Ann Pellow", "sentence-cue"],
    );
    expect(speakers("Mayor Tom Ruddock criticized the plan, while Ann Pellow, the former council leader, proposed they \"tear the whole thing down.\"").at(-1)).toEqual(
      ["tear the whole thing down.", "Ann Pellow", "sentence-cue"],
    );
  });

  it("not inside a clause reported after a comma, nor after an unlisted verb far from the quote: the first cue keeps it", () => {
    expect(speakers("The Herald notes that Lee voted no, and Ribeiro later called her \"very weak on roads.\"")).toEqual([
      ["very weak on roads.", "Herald", "sentence-cue"],
    ]);
    expect(speakers("Ann Lee criticized the tax, but Ribeiro leads by nine points among those who are \"very worried\" about it.")).toEqual([
      ["the tax", "Ann Lee", "sentence-cue"],
      ["very worried", "Ann Lee", "sentence-cue"],
    ]);
  });
});

describe("a quoted term in a clause that modifies a noun after the sentence's cue", () => {
  it("`even the ones the council says are \"...\"`: the clause's own subject, not the main clause's", () => {
    expect(speakers("Mayor Ann Lee defended the new fees, even the ones the council now says are \"far too high.\"")).toEqual([
      ["far too high.", "the council", "sentence-cue"],
    ]);
  });

  it("not when the clause's verb has an object of its own before the term, nor for a pronoun subject", () => {
    expect(speakers("Mayor Ann Lee defended the new fees, even the ones the council now calls the plan \"far too high.\"")[0]![1]).toBe("Ann Lee");
    expect(speakers("Mayor Ann Lee defended the new fees, even the ones she now says are \"far too high.\"")[0]![1]).toBe("Ann Lee");
  });
});

describe("a quotation a copula equates with a noun a possessive opens", () => {
  it("`X's answer was that \"...\"`, `X's motto is \"...\"`: the owner's words", () => {
    expect(speakers("The mayor\u2019s answer was that \"the most important thing in a town is its schools.\"")).toEqual([
      ["the most important thing in a town is its schools.", "The mayor", "sentence-cue"],
    ]);
    expect(speakers("Ana Ribeiro\u2019s campaign motto is \"Streets for people, not for cars.\"")).toEqual([
      ["Streets for people, not for cars.", "Ana Ribeiro", "sentence-cue"],
    ]);
  });
});

describe("a partial quote that runs on into the writer's clause: `X said \"...\" every time ...`", () => {
  it("no punctuation sets the words after the closing mark off: the cue before the quote governs it", () => {
    expect(speakers("Mayor Ann Lee said \"it makes me angry\" every time she thinks about the plant.")).toEqual([
      ["it makes me angry", "Ann Lee", "leading-speaker-cue"],
    ]);
    expect(speakers("The council acknowledged on Friday that \"classified\" material has been found in the files.")).toEqual([
      ["classified", "The council", "sentence-cue"],
    ]);
    expect(speakers("Ann Lee argued that \"outsiders\" wrote the new rules, but said the vote was fair.")).toEqual([
      ["outsiders", "Ann Lee", "sentence-cue"],
      ["the vote was fair", "Ann Lee", "sentence-cue"],
    ]);
  });

  it("a comma before the closing mark still sets a trailing attribution off", () => {
    expect(speakers("The union said the plan was \"a good start for all of us,\" Ann Lee said.")).toEqual([
      ["a good start for all of us", "Ann Lee", "trailing-speaker-cue"],
    ]);
  });
});

describe("one opening phrase after another: `Later in the show, after X ended, Y said`", () => {
  it("the verbs of the phrases that open the sentence are not its main verb, for the quote", () => {
    expect(speakers("Later in the show, after the interview concluded, Ann Lee stated of the scandal that the audit \"was not good at all for the city.\"")).toEqual([
      ["was not good at all for the city.", "Ann Lee", "sentence-cue"],
    ]);
    expect(speakers("When the guests came in and they were announced, Mr. Ortiz said in an interview, the mayor \"looked at me for a moment and then walked away.\"")).toEqual([
      ["looked at me for a moment and then walked away.", "Ortiz", "sentence-cue"],
    ]);
    expect(speakers("Ever since she endorsed Ortiz this month, Ms. Lee has been a loyal ally, visiting the office to encourage staffers with a simple message: \"Do not give up now!\"")).toEqual([
      ["Do not give up now!", "Lee", "leading-speaker-cue"],
    ]);
  });

  it("and for reported speech: the participle's subject is the main clause's", () => {
    expect(speakers("On Friday night, in the 24th district, Lee spent his speech praising the candidate, who is running for the open seat.")).toEqual([
      ["the candidate, who is running for the open seat", "Lee", "sentence-cue"],
    ]);
    expect(speakers("Shortly after the announcement, the families of the founders had mobilized, warning that the deal would ruin the firm.")).toEqual([
      ["the deal would ruin the firm", "the families", "sentence-cue"],
    ]);
  });
});

describe("a verb of saying after a weaker first cue: `One offered ..., Lee said, while others \"...\"`", () => {
  it("when the sentence's first cue is rather an act than speech, the later verb of saying and its subject win", () => {
    expect(speakers("One group offered to shelter the workers at a nearby farm, Ann Lee said, while others \"did not want to help us at all.\"")).toEqual([
      ["to shelter the workers at a nearby farm, Ann Lee said", "One group", "sentence-cue"],
      ["did not want to help us at all.", "Ann Lee", "sentence-cue"],
    ]);
  });

  it("a quoted term a copula links to a cue (`which an audit said was \"...\"`) is that cue's", () => {
    expect(speakers("Lee, the former attorney general, criticized the email use, which an audit said was \"extremely careless\" but did not warrant charges.")).toEqual([
      ["the email use", "Lee", "sentence-cue"],
      ["extremely careless", "an audit", "sentence-cue"],
    ]);
  });
});

describe("a colon lead-in that ends in a noun of saying: `Ortiz delivered a snappy retort: \"...\"`", () => {
  it("the lead-in's subject speaks, not the speaker of the paragraph before", () => {
    expect(speakers("\"We will repeal it,\" Lee said.\n\nOrtiz delivered a snappy retort: \"No one is tearing this up. We are going forward.\"")).toEqual([
      ["We will repeal it", "Lee", "trailing-speaker-cue"],
      ["No one is tearing this up. We are going forward.", "Ortiz", "leading-speaker-cue"],
    ]);
  });
});

describe("a partial quote running on from reported speech that `, X said` closes in the sentence before", () => {
  it("a longer partial quote in the writer's next sentence, with no cue of its own, keeps X", () => {
    expect(speakers("This makes it hard to correct false claims, Lee said. Good facts can still win, but usually only when \"the truth is more exciting than the lie.\"")).toEqual([
      ["This makes it hard to correct false claims", "Lee", "sentence-cue"],
      ["the truth is more exciting than the lie.", "Lee", "continued-speaker"],
    ]);
  });

  it("not a quoted term, nor after reported speech whose speaker comes first", () => {
    expect(speakers("This makes it hard to correct false claims, Lee said. The \"reform\" passed anyway.")).toEqual([
      ["This makes it hard to correct false claims", "Lee", "sentence-cue"],
    ]);
    expect(speakers("Lee said this makes it hard to correct false claims. Good facts can still win, but usually only when \"the truth is more exciting than the lie.\"")).toEqual([
      ["this makes it hard to correct false claims", "Lee", "sentence-cue"],
      ["the truth is more exciting than the lie.", null, "none"],
    ]);
  });
});

describe("a capitalised participle opens a phrase: `Speaking to supporters, Lee said ...`", () => {
  it("the main clause's subject speaks, past the participle phrase and a relative clause after it", () => {
    expect(speakers("Speaking to supporters in Ohio after the primary, Lee said that there is \"only one real candidate in this race,\" adding that it is why Ortiz \"attacks us every day and ignores the others.\"")).toEqual([
      ["only one real candidate in this race", "Lee", "sentence-cue"],
      ["attacks us every day and ignores the others.", "Lee", "sentence-cue"],
    ]);
    expect(speakers("Sitting down with a radio host on Thursday, during which she also touched on the budget, Ann Lee remarked that she was \"a little surprised\" by the vote.")).toEqual([
      // (what "touched on" reports ends before the main clause's own attribution of the quotation)
      ["the budget", "she", "sentence-cue"],
      ["a little surprised", "Ann Lee", "sentence-cue"],
    ]);
  });

  it("not a participle that modifies the noun after it: `Lobbying records filed ...` is the subject", () => {
    expect(speakers("Lobbying records filed in the state, such as the ones describing payments to the firm, are far less detailed.")).toEqual([
      ["payments to the firm, are far less detailed", "Lobbying records", "sentence-cue"],
    ]);
  });
});
