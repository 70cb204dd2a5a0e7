import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { buildCueLexicon } from "../../src/lexicon/cues";
import { cueMatcher } from "../../src/lexicon/match";
import { findReported } from "../../src/quotes/reported";
import { PATTERNS } from "../../src/quotes/reported/patterns";

// One test per shape of reported speech (src/quotes/reported/patterns), on invented sentences:
// the clause found, its cue, and the pattern that found it.

const matcher = cueMatcher(buildCueLexicon());
const clauses = (text: string) =>
  findReported(buildDocument(text), matcher, []).clauses.map((c) => [text.slice(c.start, c.end), c.cue.text, c.pattern]);

describe("reported-speech patterns", () => {
  it("lists each pattern once, in the documented order", () => {
    expect(PATTERNS.map((p) => p.name)).toEqual([
      "according-to", "named-thing", "that-clause", "passive-by", "object-gap", "clause-then-attribution", "said-of", "asked-first",
      "participle-after-preposition", "as-attribution", "needs-subject",
      "parenthetical", "object", "tell-to", "relative-gap", "time-after", "colon-clause", "bare-clause", "opener-clause", "to-infinitive", "wh-clause",
      "said-words", "noun-phrase",
    ]);
  });

  it("according-to: the clause after or before the source", () => {
    expect(clauses("According to the harbour office, the ferry will resume service in May.")).toEqual([
      ["the ferry will resume service in May", "According to", "according-to"],
    ]);
    expect(clauses("The ferry will resume service in May, according to the harbour office.")).toEqual([
      ["The ferry will resume service in May", "according to", "according-to"],
    ]);
  });

  it("named-thing: `a group called X` reports nothing; `X called Y Z` reports its object", () => {
    expect(clauses("They formed another group called the Harbour Friends in the spring.")).toEqual([]);
    expect(clauses("The mayor called the harbour board a disgrace.")).toEqual([
      ["the harbour board a disgrace", "called", "object"],
    ]);
  });

  it("that-clause: past a participle describing the medium (`said in a speech read at the meeting that`)", () => {
    expect(clauses("Ann Park said in a speech read at the meeting that the council would inspect the works.")).toEqual([
      ["the council would inspect the works", "said", "that-clause"],
    ]);
    expect(clauses("Ann Park said in a message read out by an aide that the road would reopen.")).toEqual([
      ["the road would reopen", "said", "that-clause"],
    ]);
    // Not after a noun cue ("a report in a local paper said that"): its verb is the attribution's.
    expect(clauses("An earlier report in a local paper said that the road would reopen.")).toEqual([
      ["the road would reopen", "said", "that-clause"],
    ]);
  });

  it("that-clause: past a time phrase to the clause after `that`", () => {
    expect(clauses("The mayor said on Monday that the bridge would reopen next week.")).toEqual([
      ["the bridge would reopen next week", "said", "that-clause"],
    ]);
  });

  it("passive-by: a passive cue with its agent after `by` reports its subject", () => {
    expect(clauses("The harbour plan has been criticized by several councillors for its cost.")).toEqual([
      ["The harbour plan", "criticized", "passive-by"],
    ]);
    expect(clauses("The closure was first reported by the Valley Courier on Friday.")).toEqual([
      ["The closure", "reported", "passive-by"],
    ]);
    // A relative pronoun is the subject, as annotated.
    expect(clauses("The tariff, which was rejected by 61 percent of voters, will return in May.")).toEqual([
      ["which", "rejected", "passive-by"],
    ]);
    // No agent: a margin, a time, a feeling's cause.
    expect(clauses("The bill was passed by 22 votes to none.")).toEqual([]);
    expect(clauses("The case was decided by 5-to-4 votes.")).toEqual([]);
    expect(clauses("The ferry should have been repaired by now.")).toEqual([]);
  });

  it("clause-then-attribution: the clause before `X said` or `said X`", () => {
    expect(clauses("The bridge will reopen next week, the mayor said.")).toEqual([
      ["The bridge will reopen next week", "said", "clause-then-attribution"],
    ]);
    expect(clauses("The bridge will reopen next week, said the mayor.")).toEqual([
      ["The bridge will reopen next week", "said", "clause-then-attribution"],
    ]);
  });

  it("clause-then-attribution: a free relative after the comma (`whatever the board decided`) is no attribution", () => {
    expect(clauses("The warden said she would keep the gate open, whatever the board decided.")).toEqual([
      ["she would keep the gate open, whatever the board decided", "said", "bare-clause"],
    ]);
  });

  it("clause-then-attribution: the hearer of `told` and its phrases of place and time, up to 14 words", () => {
    expect(clauses("Water bills will rise 18 percent in July, Mayor Dana Whitcombe told a packed town hall meeting in the high school gym on Tuesday.")).toEqual([
      ["Water bills will rise 18 percent in July", "told", "clause-then-attribution"],
    ]);
  });

  it("clause-then-attribution: a name closing the sentence after a verb other than `said` is its inverted subject (`CLAUSE, warned Mayor Ann Park.`)", () => {
    expect(clauses("The bridge will not reopen before winter, warned Mayor Ann Park.")).toEqual([
      ["The bridge will not reopen before winter", "warned", "clause-then-attribution"],
    ]);
    expect(clauses("Waiting lists will halve by June, insists Health Minister Lena Ortiz, who took office in March.")).toEqual([
      ["Waiting lists will halve by June", "insists", "clause-then-attribution"],
    ]);
    // A lower-case noun phrase there is the verb's object, a participle takes one, and a capitalised cue word is a name.
    expect(clauses("Lee appeared in court on Monday, denied the charges.")).toEqual([["the charges", "denied", "object"]]);
    expect(clauses("The channel covered the vote as a rightful reunion, echoing President Ann Park.")).toEqual([
      ["the vote as a rightful reunion, echoing President Ann Park", "covered", "object"],
    ]);
    expect(clauses("Lee thanked his campaign manager, Ann Park, and his spokeswoman, Hope Lin.")).toEqual([
      ["his campaign manager, Ann Park, and his spokeswoman, Hope Lin", "thanked", "object"],
    ]);
  });

  it("clause-then-attribution: the perfect tense of the British lead (`CLAUSE, the club has confirmed.`), not a relative clause in it", () => {
    expect(clauses("The head coach has been stood down, the club has confirmed.")).toEqual([
      ["The head coach has been stood down", "confirmed", "clause-then-attribution"],
    ]);
    expect(clauses("Fares will rise in May, Ann Park has also said.")).toEqual([["Fares will rise in May", "said", "clause-then-attribution"]]);
    expect(clauses("The plan is flawed, the region's transport regulator has said.")).toEqual([["The plan is flawed", "said", "clause-then-attribution"]]);
    // Relative clauses without "that" have the same tense; "had" sets one past event before another.
    expect(clauses("The agency relies on fees, an arrangement the campaign has criticized.")).toEqual([]);
    expect(clauses("The plan is flawed, something she has repeatedly said.")).toEqual([]);
    expect(clauses("The plan is flawed, an approach several Republican candidates have embraced.")).toEqual([]);
    // "as" opens an attribution of its own (the as-attribution pattern).
    expect(clauses("The plan is flawed, as Lee has sometimes acknowledged.")).toEqual([["The plan is flawed", "acknowledged", "as-attribution"]]);
    // A cue with an object of its own does not close an attribution: the clause before is a scene.
    expect(clauses("Ever since Ann Park announced her candidacy, she has said the same thing at every rally.")).toEqual([
      ["her candidacy", "announced", "noun-phrase"],
      ["the same thing at every rally", "said", "said-words"],
    ]);
    expect(clauses("The plant will close, the union has told the BBC.")).toEqual([["The plant will close", "told", "clause-then-attribution"]]);
  });

  it("clause-then-attribution: a subject named in capitalised words the tagger reads as verbs (`the Ministry of Coastal Works has told`, `Serra do Marão`)", () => {
    expect(clauses("The seawall collapsed on Sunday, the Ministry of Coastal Works has told this station.")).toEqual([
      ["The seawall collapsed on Sunday", "told", "clause-then-attribution"],
    ]);
    expect(clauses("The health centre will close at night, the Serra do Marão Local Health Unit said on Tuesday.")).toEqual([
      ["The health centre will close at night", "said", "clause-then-attribution"],
    ]);
  });

  it("clause-then-attribution: the clause ends before a description and a name with a joining word set off (`CLAUSE, their association, Uni di Bus Priva, said`)", () => {
    expect(clauses("Minibuses will stay off the road, their association, Uni di Bus Priva, said.")).toEqual([
      ["Minibuses will stay off the road", "said", "clause-then-attribution"],
    ]);
  });

  it("clause-then-attribution: a subject of up to twelve words (`CLAUSE, a person familiar with the family's thinking said.`)", () => {
    expect(clauses("The family supports a sale, a person familiar with the family's thinking said.")).toEqual([
      ["The family supports a sale", "said", "clause-then-attribution"],
    ]);
  });

  it("clause-then-attribution: past a trailing time or reason phrase and the AP's anonymity formula", () => {
    expect(clauses("The board will decide next month whether to allow the tower, board chair Ann Park said early Wednesday, after a hearing that ran past midnight.")).toEqual([
      ["The board will decide next month whether to allow the tower", "said", "clause-then-attribution"],
    ]);
    expect(clauses("A deal could be announced as early as next week, one of the sources said, speaking on condition of anonymity because the talks are private.")).toEqual([
      ["A deal could be announced as early as next week", "said", "clause-then-attribution"],
    ]);
    // "as" opens an attribution of its own; a participle with a cue reports its own clause.
    expect(clauses("Ignoring the record carries risks, as her supporters point out.")).toEqual([
      ["Ignoring the record carries risks", "point out", "clause-then-attribution"],
    ]);
    expect(clauses("The plant will close, Lee said, adding that 200 jobs would go.")).toEqual([
      ["The plant will close", "said", "clause-then-attribution"],
      ["200 jobs would go", "adding", "that-clause"],
    ]);
  });

  it("clause-then-attribution: not through a relative pronoun that is the cue's object (`CLAUSE, which she called \"...\"`)", () => {
    // (Without the quotation's range blocked, as here, its opening mark stays in the object.)
    expect(clauses("The office will expand the fund, which she called \u201Ca lifeboat.\u201D")).toEqual([["\u201Ca lifeboat", "called", "object"]]);
  });

  it("clause-then-attribution: a name the tagger reads as a verb does not lengthen the attribution (`told the Taifa Mirror`)", () => {
    expect(clauses("The new tanks have never held water, residents told the Taifa Mirror yesterday.")).toEqual([
      ["The new tanks have never held water", "told", "clause-then-attribution"],
    ]);
  });

  it("clause-then-attribution: the clause ends before a description set off before the name (`CLAUSE, the head of X, Ann Park, said`)", () => {
    expect(clauses("Owners will cut supply from March 1, the head of the municipality, Sheikh Raymond Abi Nader, announced Thursday.")).toEqual([
      ["Owners will cut supply from March 1", "announced", "clause-then-attribution"],
    ]);
    expect(clauses("Fares will rise in May, its chief executive, Ann Park, said.")).toEqual([["Fares will rise in May", "said", "clause-then-attribution"]]);
    // Not a relative clause's subject: "a country that the nominee, Ann Park, called ..." is no attribution.
    expect(clauses("That view upended decades of policy toward Russia, a country that the last nominee, Ann Park, called a foe.")).toEqual([]);
  });

  it("clause-then-attribution: the clause ends before a subject with an apposition (`CLAUSE, Ann Park, a pollster at X, wrote`)", () => {
    expect(clauses("Demand has slowed and buyers will want a discount, Lena Ortiz, an analyst at Crestline Securities, wrote in a note to clients.")).toEqual([
      ["Demand has slowed and buyers will want a discount", "wrote", "clause-then-attribution"],
    ]);
    // A subject with an approximate number opens the clause, not a scene-setting phrase, though a clause follows the cue.
    expect(clauses("About 420 workers at the plant walked off the job on Monday, their union said, after talks broke down.")).toEqual([
      ["About 420 workers at the plant walked off the job on Monday", "said", "clause-then-attribution"],
    ]);
    // No verb before the subject: no clause there; what is said follows the cue.
    expect(clauses("In a call with reporters on Monday, Col. Ann Park, a spokeswoman in Kabul, said the troops would stay.")).toEqual([
      ["the troops would stay", "said", "bare-clause"],
    ]);
  });

  it("clause-then-attribution: an apposition without an article closes the subject too (`CLAUSE, Ann Park, head of X, said`)", () => {
    expect(clauses("Stallholders will move to the new market in June, Tomas Varga, head of the city's trade office, said on Monday.")).toEqual([
      ["Stallholders will move to the new market in June", "said", "clause-then-attribution"],
    ]);
    expect(clauses("Copper demand will slow next year, Ines Moraga, chief economist at Andina Capital, wrote in a note.")).toEqual([
      ["Copper demand will slow next year", "wrote", "clause-then-attribution"],
    ]);
  });

  it("said-of: `X said of Y` after a clause reports nothing", () => {
    expect(clauses("The bridge will reopen soon, the mayor said of the plan.")).toEqual([]);
  });

  it("asked-first: the question after a sentence-opening `asked`", () => {
    expect(clauses("Asked whether she would run again, the mayor smiled.")).toEqual([
      ["whether she would run again", "Asked", "asked-first"],
    ]);
    // After "when", the question ends at the comma that closes the clause opening the sentence.
    expect(clauses("When asked whether she would run again, the mayor smiled.")).toEqual([
      ["whether she would run again", "asked", "asked-first"],
    ]);
  });

  it("participle-after-preposition: what a participle after `after`, `by`, ... reports, to the comma", () => {
    expect(clauses("Mr. Lee, after initially saying he would not advertise there, bought ads on Friday.")).toEqual([
      ["he would not advertise there", "saying", "participle-after-preposition"],
    ]);
    expect(clauses("The mayor, before explaining why the ferry stopped, greeted the crew.")).toEqual([
      ["why the ferry stopped", "explaining", "participle-after-preposition"],
    ]);
    // Not after any other word: "a law restricting access" is the learned participle's business.
    expect(clauses("After meeting the mayor on Monday, Lee left the harbour.")).toEqual([]);
    // "in" too: "joined Lee in calling for", "the loudest voice in denouncing" (Round 35).
    expect(clauses("The harbour master joined Ann Lee in calling for a second ferry, the first in years.")).toEqual([
      ["a second ferry", "calling for", "participle-after-preposition"],
    ]);
    expect(clauses("Councillor Pim Odell was the loudest voice in denouncing the ferry company, which runs the port.")).toEqual([
      ["the ferry company", "denouncing", "participle-after-preposition"],
    ]);
    // The preposition may open the sentence, the main clause's subject after the comma (Round 37).
    expect(clauses("Before criticizing the harbour budget, Ann Lee noted that fares had doubled.")).toEqual([
      ["the harbour budget", "criticizing", "participle-after-preposition"],
      ["fares had doubled", "noted", "that-clause"],
    ]);
    // So may the participle itself, set off by a comma (Round 40); without the comma it is a
    // gerund, the sentence's subject, and reports nothing here.
    expect(clauses("Emphasizing the cost of the repairs, Ann Lee said the ferry would stop in May.")).toEqual([
      ["the cost of the repairs", "Emphasizing", "participle-after-preposition"],
      ["the ferry would stop in May", "said", "bare-clause"],
    ]);
    expect(clauses("Criticizing the harbour board would be a mistake for the new mayor.")).toEqual([]);
    // A preposition after it opens an adjunct: where, not what.
    expect(clauses("Reporting from the flooded quay, the harbour master said the ferry would stop.")).toEqual([
      ["the ferry would stop", "said", "bare-clause"],
    ]);
  });

  it("needs-subject: a cue in a condition reports nothing", () => {
    expect(clauses("Unless the board promised to act, nothing would change in the valley.")).toEqual([]);
    expect(clauses("The board promised to act before the winter storms.")).toEqual([
      ["to act before the winter storms", "promised", "object"],
    ]);
  });

  it("needs-subject: a quantifier standing alone is a subject (\"another says\", \"many agreed\")", () => {
    expect(clauses("One firm says the bridge is safe, while another says it will fall within a year.")).toEqual([
      ["the bridge is safe", "says", "bare-clause"],
      ["it will fall within a year", "says", "bare-clause"],
    ]);
    expect(clauses("The toll is popular, though many agreed with the critics about the ferry.")).toEqual([
      ["the critics about the ferry", "agreed with", "object"],
    ]);
  });

  it("needs-subject: \"both\", \"all\", \"each\" before the verb stand where an adverb would, after a bracket or an aside", () => {
    expect(clauses("The harbour unions \u2014 loyal to the mayor for years \u2014 both urged the council to delay the vote.")).toEqual([
      ["the council to delay the vote", "urged", "bare-clause"],
    ]);
    expect(clauses("He and Governor Tom Wells (R-Ore.) both condemned the new ferry schedule.")).toEqual([
      ["the new ferry schedule", "condemned", "noun-phrase"],
    ]);
    expect(clauses("Senators Ann Lee of Ohio and Bo Ruiz of Utah, have both urged the mayor to release the tapes.")).toEqual([
      ["the mayor to release the tapes", "urged", "bare-clause"],
    ]);
  });

  it("needs-subject: a tagged adjective ends a subject after a possessive or a hyphened participle", () => {
    expect(clauses("The self-described democratic socialist said he would win the county.")).toEqual([
      ["he would win the county", "said", "bare-clause"],
    ]);
    expect(clauses("The exit poll in Monday\u2019s primary showed a dead heat between the two mayors.")).toEqual([
      ["a dead heat between the two mayors", "showed", "noun-phrase"],
    ]);
  });

  it("object: an infinitive of purpose after a clause with its own verb shares that clause's subject", () => {
    expect(clauses("Ms. Lee will come on the program to talk about the ferry schedule.")).toEqual([
      ["the ferry schedule", "talk about", "object"],
    ]);
    expect(clauses("Mr. Vance used his speech to call for the resignation of the mayor.")).toEqual([
      ["the resignation of the mayor", "call for", "object"],
    ]);
    // Without a verb before it the infinitive modifies a noun: no speaker.
    expect(clauses("A meeting to talk about the ferry schedule is set for Monday.")).toEqual([]);
  });

  it("needs-subject: a subject may end in a participle naming the people asked, or a dash closing an aside", () => {
    expect(clauses("Most of those surveyed said the ferry should run all winter.")).toEqual([
      ["the ferry should run all winter", "said", "bare-clause"],
    ]);
    expect(clauses("Lee \u2014 the mayor's closest aide \u2014 said the ferry would run all winter.")).toEqual([
      ["the ferry would run all winter", "said", "bare-clause"],
    ]);
  });

  it("clause-then-attribution: a verb of saying's time and medium may run to nine words (`CLAUSE, the committee said on Sunday in a letter to the water company.`)", () => {
    expect(clauses("The village has had no water, the committee said on Sunday in a letter to the water company.")).toEqual([
      ["The village has had no water", "said", "clause-then-attribution"],
    ]);
    // Other cues keep the shorter reach: this many words after them are more than an attribution.
    expect(clauses("The plan was dead, the panel announced on Sunday in a letter to the water company.")).toEqual([]);
  });

  it("parenthetical: the clause after `A, X said,`", () => {
    expect(clauses("The bridge, the mayor said, will reopen next week.")).toEqual([
      ["will reopen next week", "said", "parenthetical"],
    ]);
  });

  it("parenthetical: a naming verb before the comma is a participle, not an attribution", () => {
    // "the mills named" has no object, so "said" (the head's own verb) reports the clause.
    expect(clauses("Ida Moss, owner of Moss Mills, one of the mills named, said her firm had paid its fines.")).toEqual([
      ["her firm had paid its fines", "said", "bare-clause"],
    ]);
    expect(clauses("Ida Moss, one of the growers called, said the crop had failed.")).toEqual([
      ["the crop had failed", "said", "bare-clause"],
    ]);
  });

  it("object: the object or `to` of a cue that takes one", () => {
    expect(clauses("The mayor vowed to reopen the bridge by spring.")).toEqual([
      ["to reopen the bridge by spring", "vowed", "object"],
    ]);
  });

  it("object: `with`, `into`, `over` or `after` right after the cue opens no object", () => {
    expect(clauses("The harbour levy passed with 61 percent of the vote in the spring referendum.")).toEqual([]);
    // ("into law in March" is no object; what was signed is the relative pronoun's antecedent)
    expect(clauses("The harbour levy, which Governor Lund signed into law in March, will fund the ferries.")).toEqual([
      ["The harbour levy, which", "signed", "object-gap"],
    ]);
    expect(clauses("Mayor Okafor is the candidate most identified with the ferry lobby.")).toEqual([]);
    expect(clauses("Mayor Okafor criticized the harbour levy over the weekend.")).toEqual([
      ["the harbour levy over the weekend", "criticized", "object"],
    ]);
  });

  it("object: an absolute participle with its subject after `with`", () => {
    expect(clauses("Several candidates went further, with Ann Lee calling Ruiz a fascist.")).toEqual([
      ["Ruiz a fascist", "calling", "object"],
    ]);
    expect(clauses("The harbour race tightened, with Fox News and the Herald calling the race for Lee.")).toEqual([
      ["the race for Lee", "calling", "object"],
    ]);
  });

  it("object: a learned participle in a progressive, adverbs between", () => {
    expect(clauses("The governor is now talking about a second bridge for the harbour.")).toEqual([
      ["a second bridge for the harbour", "talking about", "object"],
    ]);
    expect(clauses("The council has been quietly pushing for a new ferry.")).toEqual([
      ["a new ferry", "pushing for", "object"],
    ]);
  });

  it("object: a participle right after the name it modifies reports its object, up to a comma or verb", () => {
    expect(clauses("Last spring a super PAC supporting Ann Marsh spent two million dollars on radio ads.")).toEqual([
      ["Ann Marsh", "supporting", "object"],
    ]);
    expect(clauses("The Harbour Friends PAC backing Ann Marsh, the former mayor, bought ads in May.")).toEqual([
      ["Ann Marsh", "backing", "object"],
    ]);
    // After a common noun it still modifies it and reports nothing (a held-out set lost precision).
    expect(clauses("Donors include Harbor Partners, a firm backing Ann Marsh since May.")).toEqual([]);
  });

  it("tell-to: the hearer and what they were told to do", () => {
    expect(clauses("The mayor told Jeb Bush to quiet down at the meeting.")).toEqual([
      ["Jeb Bush to quiet down at the meeting", "told", "tell-to"],
    ]);
  });

  it("tell-to: any cue with a person pronoun, then `to` and a verb, or `of`, `for`, `as`", () => {
    expect(clauses("The harbour chairman is calling donors himself, asking them to host events.")).toEqual([
      ["them to host events", "asking", "tell-to"],
    ]);
    expect(clauses("The harbour chairman is urging us not to vote in May.")).toEqual([
      ["us not to vote in May", "urging", "tell-to"],
    ]);
    // what he is charged with ends before a second verb of the same subject
    expect(clauses("The mayor spent the day accusing him of lying and praising the ferry crews.")[0]).toEqual(["him of lying", "accusing", "tell-to"]);
    // not a thing: "compared it to" is no hearer
    expect(clauses("The mayor compared it to a leaking ferry.").map((c) => c[2])).not.toContain("tell-to");
  });

  it("colon-clause: a clause with its own subject after the cue and a colon, without quotation marks", () => {
    expect(clauses("The harbour master said: the ferry will run on time next spring.")).toEqual([
      ["the ferry will run on time next spring", "said", "colon-clause"],
    ]);
    expect(clauses("The harbour master told reporters: fares will rise in May.")).toEqual([
      ["fares will rise in May", "told", "colon-clause"],
    ]);
  });

  it("object-gap: a relative clause whose gap is the cue's object reports its antecedent, up to the pronoun", () => {
    expect(clauses("Fares rose under the Harbor Act, which Governor Ann Marsh signed into law in March.")).toEqual([
      ["the Harbor Act, which", "signed", "object-gap"],
    ]);
    expect(clauses("The vote went to Tom Ferris, whom many in the party had backed in the spring.")).toEqual([
      ["Tom Ferris, whom", "backed", "object-gap"],
    ]);
    expect(clauses("The tax, which Lee has long opposed, takes effect on Monday.")).toEqual([
      ["The tax, which", "opposed", "object-gap"],
    ]);
    // "that" after its antecedent noun is a relative pronoun.
    expect(clauses("The ferry plan that the council had endorsed in May will cost millions.")).toEqual([
      ["The ferry plan that", "endorsed", "object-gap"],
    ]);
    // A time after the cue is no object ("last year"); "this plan" is.
    expect(clauses("The ferry plan that the council had endorsed last year will cost millions.")).toEqual([
      ["The ferry plan that", "endorsed", "object-gap"],
    ]);
    // Such a "that" opens no that-clause of the cue before it.
    expect(clauses("The mayor criticized the budget plan that the council had backed in May.")).toEqual([
      ["the budget plan that the council had backed in May", "criticized", "object"],
    ]);
    // A passive has no object gap: the "that" opens the clause told.
    expect(clauses("Okafor wrote in a memo that all the fees had been approved by the board.")).toEqual([
      ["all the fees had been approved by the board", "wrote", "that-clause"],
    ]);
    // One subject: "which he both", not "who control Congress" (a verb read as a noun) nor "the
    // harbor deal she" (a second relative clause after "that").
    expect(clauses("Fares rose at the docks, which he both defended and praised.")).toEqual([
      ["the docks, which", "defended", "object-gap"],
    ]);
    expect(clauses("The Republicans who control Congress refused.")).toEqual([]);
    expect(clauses("The mayor seems content that the harbor deal she pushed for in May is done.").map((c) => c[2])).not.toContain("object-gap");
    // With no noun before it, "whom" opens a question, not a relative clause.
    expect(clauses("When asked whom she supported, Ms. Ann Sherry smiled.").map((c) => c[2])).not.toContain("object-gap");
    // Not when the cue has its own object or names what follows.
    expect(clauses("Fares rose under a law that the mayor called a disgrace.")).toEqual([
      ["a disgrace", "called", "object"],
    ]);
  });

  it("relative-gap: `which officials said will ...` up to the comma", () => {
    expect(clauses("The plan, which officials said will cost millions, was approved.")).toEqual([
      ["will cost millions", "said", "relative-gap"],
    ]);
  });

  it("object: the object ends before a relative clause that reports speech of its own", () => {
    expect(clauses("The council rejected a plan which Ruiz said was reckless.")).toEqual([
      ["a plan", "rejected", "object"],
      ["was reckless", "said", "relative-gap"],
    ]);
    expect(clauses("Lee complained about a plan which Ruiz said was reckless.")).toEqual([
      ["a plan", "complained", "noun-phrase"],
      ["was reckless", "said", "relative-gap"],
    ]);
    // "that" opening such a relative clause is no complementiser of the cue before it.
    expect(clauses("The council backed a plan that Ruiz said would cost jobs.")).toEqual([
      ["a plan", "backed", "object"],
      ["would cost jobs", "said", "relative-gap"],
    ]);
    // A relative clause without a reporting gap stays in the object.
    expect(clauses("The council rejected a plan which Ruiz has been pushing for years.")).toEqual([
      ["a plan which Ruiz has been pushing for years", "rejected", "object"],
    ]);
  });

  it("time-after: a day and a time clause after the cue report nothing", () => {
    expect(clauses("The mayor said Friday while she walked into the hall.")).toEqual([]);
  });

  it("bare-clause: a clause with its own subject and no `that`", () => {
    expect(clauses("The mayor says the bridge will reopen next week.")).toEqual([
      ["the bridge will reopen next week", "says", "bare-clause"],
    ]);
  });

  it("bare-clause: past a day after \"on\", as past a bare day (`said on Thursday its profit fell`)", () => {
    expect(clauses("Harbour Lines said on Thursday its profit fell by a fifth.")).toEqual([
      ["its profit fell by a fifth", "said", "bare-clause"],
    ]);
    expect(clauses("The minister told reporters on Monday morning the ferry would run.")).toEqual([
      ["the ferry would run", "told", "bare-clause"],
    ]);
    // The day is no clause's subject: "on Friday" before a preposition stays the cue's.
    expect(clauses("The court ruled on Friday against the plan.")).toEqual([]);
  });

  it("bare-clause: a subject that is an approximate number (`about 40`, `at least five`, `up to 300`)", () => {
    expect(clauses("The union leader said about 40 nurses had left the ward since 2024.")).toEqual([
      ["about 40 nurses had left the ward since 2024", "said", "bare-clause"],
    ]);
    expect(clauses("The association said at least five clinics had closed their doors.")).toEqual([
      ["at least five clinics had closed their doors", "said", "bare-clause"],
    ]);
    expect(clauses("The mill owner said up to 300 jobs could go by the spring.")).toEqual([
      ["up to 300 jobs could go by the spring", "said", "bare-clause"],
    ]);
    // "spoke about" stays a cue of a topic when no number follows.
    expect(clauses("The mayor spoke about the harbour at length.")).toEqual([["the harbour at length", "spoke about", "object"]]);
  });

  it("bare-clause: a subject ending in a word the tagger reads as an adverb after `the` (`Farmers in the north say`)", () => {
    expect(clauses("Farmers in the north say the rail line will close.")).toEqual([["the rail line will close", "say", "bare-clause"]]);
  });

  it("opener-clause: a clause opened by `if` or a gerund", () => {
    expect(clauses("The mayor said if elected she would rebuild the bridge.")).toEqual([
      ["if elected she would rebuild the bridge", "said", "opener-clause"],
    ]);
  });

  it("to-infinitive: `to` and a verb after a cue with its subject before it", () => {
    expect(clauses("In the capital, the mayor hopes to make a statement with the new bridge.")).toEqual([
      ["to make a statement with the new bridge", "hopes", "to-infinitive"],
    ]);
    // Not after a passive, nor after "continue": what goes on is not what was said.
    expect(clauses("The new bridge is said to cost the city millions of dollars.")).toEqual([]);
    expect(clauses("The lead of the mayor continues to grow in the northern districts.")).toEqual([]);
  });

  it("wh-clause: `whether`, `why` or `how` and a clause after a cue with its subject before it", () => {
    expect(clauses("The mayor has not said whether she will run again next year.")).toEqual([
      ["whether she will run again next year", "said", "wh-clause"],
    ]);
    // Not after an infinitive marker that modifies a noun: the cue has no subject of its own there.
    expect(clauses("A meeting in May to discuss whether the ferry would run was cancelled.")).toEqual([]);
    // An infinitive of purpose after a clause shares its subject (the object pattern, Round 31).
    expect(clauses("The board met in May to discuss whether the ferry would run.")).toEqual([
      ["whether the ferry would run", "discuss", "object"],
    ]);
  });

  it("noun-phrase: the object of a verb-tagged cue right after its subject", () => {
    expect(clauses("The mayor announced her resignation on Tuesday.")).toEqual([
      ["her resignation on Tuesday", "announced", "noun-phrase"],
    ]);
  });

  it("a cue in a time clause opened by `when`, `while` or `since` reports its object; after `after` it does not", () => {
    expect(clauses("When Ann Marsh announced her candidacy in June, the council cheered.")).toEqual([
      ["her candidacy in June", "announced", "noun-phrase"],
    ]);
    expect(clauses("Fares have doubled since the mayor backed the harbor levy.")).toEqual([["the harbor levy", "backed", "object"]]);
    expect(clauses("The ferry kept running while the council opposed the harbor levy.")).toEqual([["the harbor levy", "opposed", "object"]]);
    // An event the main clause follows: "after" (and "before", "once") still background it.
    expect(clauses("After Ann Marsh announced her candidacy in June, the council cheered.")).toEqual([]);
    expect(clauses("The ferry stopped after the board threatened to close the pier.")).toEqual([]);
  });

  it("a strong cue coordinated with the clause's verb has that clause's subject", () => {
    expect(clauses("The mayor visited the harbour on Monday and blamed the council for the delays.")).toEqual([
      ["the council for the delays", "blamed", "noun-phrase"],
    ]);
    // Not a weak one: "The mayor visited the harbour and saw the damage" reports nothing.
    expect(clauses("The mayor visited the harbour on Monday and saw the damage to the pier.")).toEqual([]);
  });

  it("an attribution closing the sentence is the cue, not a verb of the clause before it", () => {
    expect(clauses("Factories added jobs in March, the agency said.")).toEqual([
      ["Factories added jobs in March", "said", "clause-then-attribution"],
    ]);
    expect(clauses("Most voters now view the senator as honest, according to a new poll.")).toEqual([
      ["Most voters now view the senator as honest", "according to", "according-to"],
    ]);
    expect(clauses("The mayor has kept support among older voters, the pollster found.")).toEqual([
      ["The mayor has kept support among older voters", "found", "clause-then-attribution"],
    ]);
  });

  it("said-words: what `say` takes when the tagger sees no clause: an answer, `the same`, a clause with a noun-tagged verb", () => {
    const text = "Doyle said each extra year of school yields a bump in income.";
    const [found] = findReported(buildDocument(text), matcher, []).clauses;
    expect(found && [found.start, found.end]).toEqual([11, 60]);
    expect(clauses(text)).toEqual([["each extra year of school yields a bump in income", "said", "said-words"]]);
    expect(clauses("Everyone on the board but Hewlett said yes while the rest agreed.")).toEqual([["yes", "said", "said-words"]]);
    expect(clauses("A week later, most of the members said the same.")).toEqual([["the same", "said", "said-words"]]);
    expect(clauses("The harbour master said no to the second ferry.")).toEqual([["no to the second ferry", "said", "said-words"]]);
    expect(clauses("He said his dealing powers would force the mills to stay open.")).toEqual([
      ["his dealing powers would force the mills to stay open", "said", "said-words"],
    ]);
    // A number made approximate opens the clause ("drank" is tagged a noun).
    expect(clauses("Dvorakova said nearly 200 patients drank the water.")).toEqual([["nearly 200 patients drank the water", "said", "said-words"]]);
    // A day, or a speaker named after the cue, is no content.
    expect(clauses("The harbour master said Thursday.")).toEqual([]);
    // (Too long an attribution for clause-then-attribution; its speaker is still no content.)
    expect(clauses("The ferry will run all winter, said a spokesman for the harbour office in the old port of Brest.")).toEqual([]);
  });

  it("noun-phrase: the object of `about`, `against`, `over` or `for` right after the cue", () => {
    expect(clauses("The mayor complained about the ferry fares on Monday.")).toEqual([
      ["the ferry fares on Monday", "complained", "noun-phrase"],
    ]);
    expect(clauses("The mayor argued for a smaller harbour budget.")).toEqual([
      ["a smaller harbour budget", "argued", "noun-phrase"],
    ]);
  });

  it("noun-phrase: the object of `of` after a cue that reads as a verb, not a noun", () => {
    expect(clauses("The harbour workers complained of low pay and long shifts.")).toEqual([
      ["low pay and long shifts", "complained", "noun-phrase"],
    ]);
    expect(clauses("Ruiz now boasts of a record season at the pier.")).toEqual([
      ["a record season at the pier", "boasts", "noun-phrase"],
    ]);
    // A noun the tagger may read as a verb: after a possessive, an adjective, or an -s form after a noun.
    expect(clauses("Her promises of a new ferry went unmet.")).toEqual([]);
    expect(clauses("The plan is littered with unmet promises of better ferries.")).toEqual([]);
  });

  it("stance: from the subject to the comma", () => {
    expect(clauses("The mayor seemed to favour a second bridge, but the board did not.")).toEqual([
      ["The mayor seemed to favour a second bridge", "seemed", "stance"],
    ]);
  });

  it("nominal: a possessive noun of saying and `that` or a colon", () => {
    expect(clauses("Lee's reply: the ferry will run all winter.")).toEqual([
      ["the ferry will run all winter", "reply", "nominal"],
    ]);
    expect(clauses("After his statement that the ferry would run all winter, the crowd left.")).toEqual([
      ["the ferry would run all winter", "statement", "nominal"],
    ]);
    expect(clauses("After his bold public statement that the ferry would run all winter, the crowd left.")).toEqual([
      ["the ferry would run all winter", "statement", "nominal"],
    ]);
    // A relative clause after the noun is no content; nor is a noun without a possessive.
    expect(clauses("His statement that was printed in the paper ran to four pages.")).toEqual([]);
    expect(clauses("The statement: the ferry will run all winter.")).toEqual([]);
  });

  it("a headline in title case: the object of its verb", () => {
    expect(clauses("Harbour Mayor Lee Slams Bridge Budget\nThe mayor spoke on Monday.")).toEqual([
      ["Bridge Budget", "Slams", "object"],
    ]);
  });

  it("a cue that rarely has a source reports nothing, whatever the classifier says", () => {
    expect(clauses("Its offer to the northern states was seen as an attempt to divide the union.")).toEqual([]);
  });
});
