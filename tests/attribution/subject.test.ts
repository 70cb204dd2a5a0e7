import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";

/** The speaker's mention text for the quote containing `needle`. */
function mentionFor(text: string, needle: string): string | null {
  const quote = extractQuotes(text, { articleDate: "2016-09-20" }).quotes.find((q) => q.text.includes(needle));
  if (!quote) throw new Error(`no quote containing "${needle}"`);
  return quote.speaker?.mention.text ?? null;
}

describe("the subject of a cue", () => {
  it.each([
    ["the mention right before it", 'Warren said the plan was "a disgrace."', "Warren"],
    ["past a reflexive that stresses it", 'Tom Reyes has scored 14 goals. The 23-year-old himself wrote on Instagram "Focus on Saturday."', "The 23-year-old"],
    ["past adverbs", 'Fishermen often say, "Poor sea, so far from land and so close to the storms."', "Fishermen"],
    ["across a comma apposition", 'Nora Quist, a physics professor at Leeds, called it "an unusually important result."', "Nora Quist"],
    ["across a parenthetical and an apposition", 'Rep. Hal Brenner (D-Ore.), chair of the Rules Panel, said that it was "fully committed to a fair hearing."', "Hal Brenner"],
    ["across dashes", 'Lena Marsh, the chief executive of Kestrel Films -- the studio that makes the series -- told me, "We make stories, and we sell them."', "Lena Marsh"],
    ["of a coordinated verb", 'Omar Velde took the stage Tuesday at the Palace Theatre in Leeds and called the tax system "broken beyond repair."', "Omar Velde"],
    ["of a participle after a preposition", 'House Speaker Paul Ryan, despite admitting that he had concerns about "trial lawyers trying to get rich," voted for the bill.', "Paul Ryan"],
    ["after a leading participial clause", 'After saying her left knee was "so stiff I could barely climb the stairs," she was taken to hospital.', "she"],
    ["opening a clause with 'as', across an apposition", 'As Carla J. Benton, a trade lawyer, recently put it, "Did the mayor raise fees through quiet rule changes?"', "Carla J. Benton"],
    ["of a participle after an object and a time word, not the object", 'The club released a memo Thursday saying the rumours "rest on gossip, not real events."', "The club"],
    ["of the cue a participle follows ('X said, adding')", 'The two mayors will meet next week, Quill said, adding, "Both of them must settle it face to face."', "Quill"],
    ["across 'of Texas' and an apposition", 'Senator Ruth Calder of Idaho, the No. 3 Democrat in the Senate, said the panel will probably vote on "three new water bills" on Monday.', "Ruth Calder"],
    ["past a year", 'Lund dislikes Marsh, who in 2010 said the aim was to make Lund a "one-term mayor."', "who"],
    ["of a participle: the sentence's subject that a verb follows, not a time word before it", 'Hours later, Nora Quist returned the favour, telling reporters, "I have always admired her work and her courage."', "Nora Quist"],
    ["of a participle: not a place in the opening phrase", 'At a rally in Salem, Ore., on Tuesday, Senator Ray Lund of Vermont endorsed Dana Hill, saying she would "make an outstanding mayor."', "Ray Lund"],
    ["of a participle: the name after an opening phrase that ends in a comma", 'Early in his campaign, Nora Quist attacked Dana Hill, calling her "a failed candidate."', "Nora Quist"],
    ["of a participle: the sentence's subject before an auxiliary, not a relative clause's", 'Ray Lund was similarly defensive when forced to defend not paying an architect who said he was stiffed after he designed a clubhouse, saying, "Maybe he did not do a good job."', "Ray Lund"],
    ["of a coordinated verb: not the dateline", 'WASHINGTON — Sen. Ruth Calder (R-Iowa) on Wednesday downplayed the row and said it was "a storm in a teacup."', "Ruth Calder"],
    ["past an adverb tagged as a verb", '"He continues to pursue the trophy projects he is known for," it further wrote.', "it"],
  ])("%s", (_, text, expected) => {
    const needle = text.match(/"([^"]{4,20})/)![1]!;
    expect(mentionFor(text, needle)).toBe(expected);
  });

  it("of a verb coordinated with a joined clause's: that clause's subject, not the sentence's first", () => {
    const text = 'Mayor Tom Ruddock on Monday signed an order closing the bridge, while Ann Pellow, the former council leader, proposed they "tear the whole thing down" and said the mayor should resign.';
    expect(mentionFor(text, "mayor should resign")).toBe("Ann Pellow");
    expect(mentionFor('Tom Ruddock closed the bridge; Ann Pellow wanted it "torn down at once" and said the mayor should resign.', "mayor should resign")).toBe("Ann Pellow");
  });

  it("of a participle after a preposition in a joined clause: that clause's subject, past a phrase in apposition to the name", () => {
    const text = 'Mayor Tom Ruddock won the vote in March, while his main rival, Ann Pellow, has gained ground by saying the bridge is "unsafe for anyone."';
    expect(mentionFor(text, "unsafe")).toBe("Ann Pellow");
  });

  it("is the main clause's subject for the pronoun of 'what he called' that refers to it", () => {
    expect(mentionFor('Secretary General Antonio Guterres condemned what he called a "reckless stunt" of the council.', "reckless")).toBe("Antonio Guterres");
  });

  it("stays the pronoun of 'what she called' when it refers to someone else", () => {
    const text = 'Hillary Clinton spoke on Friday. Donald Trump attacked what she described as "a basket of deplorables" at the rally.';
    expect(mentionFor(text, "basket")).toBe("she");
  });

  it("is not a name inside the noun phrase of a preposition ('In an AP interview')", () => {
    expect(mentionFor('In a BBC interview Monday, Harlow said the vote was close, adding, "Elections are messy."', "Elections")).toBe("Harlow");
  });

  it("is not the object of a preposition before the apposition", () => {
    const text = 'In a panel discussion with Hillary Clinton, Marc Morial, president of the National Urban League, said "we need jobs now."';
    expect(mentionFor(text, "we need jobs")).toBe("Marc Morial");
  });
});

describe("the main clause's cue", () => {
  it.each([
    ["after a relative clause, not the clause's verb", 'Still, Ruth Calder, who thinks the council made a power grab, called the new law "much, much better" than the old one.', "called", "Ruth Calder"],
    ["after a relative clause, before reported speech", 'Ruth Calder, who says the city should build more homes, tweeted that the plan "will not work and she knows it."', "tweeted", "Ruth Calder"],
    ["after the quote, past the speaker's relative clause", '"We will not back down from this fight," Warren, who has not endorsed a candidate, told reporters.', "told", "Warren"],
  ])("comes %s", (_, text, cueText, speaker) => {
    const quote = extractQuotes(text).quotes.find((q) => q.type !== "indirect")!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual([cueText, speaker]);
  });

  it("comes before a cue in the clause that opens the sentence", () => {
    const text = 'In a blog post published Friday, Dawson said she has had "points of real disagreement" with the board.';
    const quote = extractQuotes(text).quotes.find((q) => q.text.startsWith("points"))!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual(["said", "Dawson"]);
  });

  it("governs a quoted term, not a verb of saying in that opening clause", () => {
    const text = 'In a note announcing the choice, guild leader Sara Nelson called Hale a "champion" for its members.';
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual(["called", "Sara Nelson"]);
  });

  it("attributes a term after a subordinate clause that reports something else", () => {
    const text = 'While he admitted pay was a major reason, Dorsey also noted several "intangibles" left him weary.';
    const quotes = extractQuotes(text).quotes.map((q) => [q.type, q.text, q.cue?.text, q.speaker?.mention.text]);
    expect(quotes).toEqual([
      ["indirect", "pay was a major reason", "admitted", "he"],
      ["partial", "intangibles", "noted", "Dorsey"],
    ]);
  });
});

describe("rules built on the subject finder", () => {
  it("sentence-cue takes the first cue that has a subject", () => {
    // "Asked about" is a cue with no subject of its own; "described" has one.
    const text = 'Asked about the attack, Senator John Smith described it to reporters as "a deliberate act of terror against the state."';
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.rule, quote.cue?.text, quote.speaker?.mention.text]).toEqual(["sentence-cue", "described", "John Smith"]);
  });

  it("a sentence-initial participle opens a phrase: the main clause's verb and subject attribute the quote", () => {
    const text = 'Claiming the complaints are meant to rattle referees, Garrison told reporters that "they blame Sam because they think he should have been much stricter."';
    const quote = extractQuotes(text).quotes.find((q) => q.type !== "indirect")!;
    expect([quote.rule, quote.cue?.text, quote.speaker?.mention.text]).toEqual(["sentence-cue", "told", "Garrison"]);
    // The participle's own clause is Garrison's too (Round 40).
    const claimed = extractQuotes(text).quotes.find((q) => q.type === "indirect")!;
    expect([claimed.text, claimed.cue?.text, claimed.speaker?.mention.text]).toEqual(["the complaints are meant to rattle referees", "Claiming", "Garrison"]);
  });

  it("a dateline is not an apposition", () => {
    const text = 'LEEDS -- Mayor Anna Lund, opening the library on Saturday, said it would hold a record of "work and play, of loss and of hope."';
    expect(mentionFor(text, "work and play")).toBe("Anna Lund");
  });

  it("a parenthetical between the speaker and the cue is stepped over", () => {
    const text = 'Council Leader Mary D. Holt (R-Kan.) said residents should engage in "more talking with each other."';
    expect(mentionFor(text, "more talking")).toBe("Mary D. Holt");
  });

  it("continued-speaker carries a speaker to a quote that opens a sentence but ends in the writer's words", () => {
    const text = "''It's more patching at the margins,'' said Ivy Marlow, an analyst. ''I wouldn't call it a plan. It's basically just a fee increase'' for the smallest shops.";
    const quotes = extractQuotes(text).quotes;
    expect(quotes.map((q) => [q.type, q.speaker?.name, q.rule])).toEqual([
      ["direct", "Ivy Marlow", "trailing-cue-speaker"],
      ["partial", "Ivy Marlow", "continued-speaker"],
    ]);
  });

  it("continued-speaker leaves a quoted fragment inside the writer's sentence alone", () => {
    const text = '"We will win," Trump said. Critics called the plan "a fantasy that will never work."';
    const fragment = extractQuotes(text).quotes[1]!;
    expect(fragment.speaker?.name ?? null).not.toBe("Trump");
  });

  it("previous-sentence finds a subject across an apposition", () => {
    // (a verb that reports nothing: "called him a master of bargains" would report, and the
    // quotation would then go to the speaker of that reported speech, rule reported-before)
    const text = 'His former business partner at Tilbury, Gerald K. Nunn, worked beside him for a decade.\n\n"He showed again and again a knack for closing bargains."';
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.rule, quote.speaker?.mention.text]).toEqual(["previous-sentence", "Gerald K. Nunn"]);
  });
});

describe("subjects of participles and 'according to'", () => {
  it("a participle cue of several words ('referring to') shares the subject of the sentence", () => {
    const text = '"The key was the timing of the sale," Mr. Pell said, referring to the two harbor hotels.';
    const reported = extractQuotes(text).quotes.find((q) => q.type === "indirect")!;
    expect([reported.text, reported.cue?.text, reported.speaker?.mention.text]).toEqual(["the two harbor hotels", "referring to", "Pell"]);
  });

  it("'according to' takes the whole source even where the tagger breaks it", () => {
    const text = "Shoppers rate the store as more friendly than they did last spring, according to a new Herald-Harris poll.";
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.type, quote.speaker?.mention.text]).toEqual(["indirect", "a new Herald-Harris poll"]);
  });

  it("'according to X,' then a name set off by commas: X speaks, the name opens what X reports", () => {
    const text = "Cal Brous was sentenced on Monday. According to the indictment, Brous, the founder of Gulf Aid, moved donations into a shell company.";
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.speaker?.mention.text, quote.speaker?.name]).toEqual(["the indictment", "indictment"]);
  });

  it("'according to' opening a sentence is not a participle: the source it names is the speaker", () => {
    const text = 'According to Sky News, council spokesman Peter Lund said Friday that "she would sign the bill if it reached her desk."';
    expect(mentionFor(text, "she would sign")).toBe("Sky News");
  });
});

describe("the speaker after the cue", () => {
  it("'CLAUSE, said X, a title' names X for reported speech too", () => {
    const text = "Its first radio ad could air this week, said Mara Quinn, a longtime adviser to the campaign.";
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.type, quote.text, quote.speaker?.mention.text]).toEqual(["indirect", "Its first radio ad could air this week", "Mara Quinn"]);
  });

  it("a participle after a comma never takes the subject of what follows it", () => {
    const text = "Trump spoke in Ohio on Monday, saying Clinton was unfit for office.";
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.text, quote.speaker?.mention.text]).toEqual(["Clinton was unfit for office", "Trump"]);
  });
});

describe("participles after an object", () => {
  it("the object of the verb before a participle is not its subject", () => {
    const text = 'The Arms Council issued a note calling the missile test "a clear breach and in open disregard" of three treaties.';
    expect(mentionFor(text, "a clear breach")).toBe("The Arms Council");
  });

  it("without a subject mention, the phrase opening the sentence speaks, not the object", () => {
    const text = 'Protest groups in the city issued flyers demanding "more listening and fewer arrests" from officials.';
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual(["demanding", "Protest groups"]);
  });
});

describe("participles after an object: reported speech", () => {
  it.each([
    ["an object with an amount after it is not the subject", "The state attorney general of Oregon is suing Dana Hill for $4 million, claiming her school is a fraud.", "her school is a fraud", "The state attorney general"],
    ["an object before an infinitive is not the subject", "Several advisers to the governor have been urging the mayor to default on the loan, saying that only a crisis would move the council.", "only a crisis would move the council", "Several advisers"],
    ["a possessive object is not the subject; a name the subject's list adds is", "Other mayors, including Nora Quist and Ray Lund, have followed Dana Hill's lead, saying the tax is a mistake.", "the tax is a mistake", "Nora Quist"],
    ["the name an inverted cue puts after itself is still the subject", "The fees will rise in May, said Ann Marsh, the city treasurer, adding that nobody likes them.", "nobody likes them", "Ann Marsh"],
  ])("%s", (_, text, content, expected) => {
    const quote = extractQuotes(text).quotes.find((q) => q.text === content);
    expect(quote?.speaker?.mention.text).toBe(expected);
  });
});

describe("time phrases between the speaker and the cue", () => {
  it.each([
    ["Harper on Tuesday said she wants to cut four programs in the city budget.", "Harper"],
    ["Acme Bank just this week announced it would scrap those fees.", "Acme Bank"],
    ["The Herald on Saturday wrote that the mayor had claimed a loss of $9 million.", "Herald"],
  ])("%s", (text, expected) => {
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.type, quote.speaker?.mention.text]).toEqual(["indirect", expected]);
  });
});

describe("sentence-cue's phrase fallback: words the tagger gives no noun", () => {
  it.each([
    ["a quantifier standing for a noun before the cue", "Many speculated that the mayor would lose the seat.", "the mayor would lose the seat", "Many"],
    ["a determiner standing for a noun at the sentence start", "Both vowed to fight the plan in court.", "to fight the plan in court", "Both"],
    ["a determiner standing for a noun after a connective opening the sentence", "Yet another said the plan would fail in court.", "the plan would fail in court", "another"],
    ["a determiner with a participle naming the people asked", "Again, those surveyed said the mayor was best able to handle the issue.", "the mayor was best able to handle the issue", "those surveyed"],
    ["a source after 'according to' whose first word is tagged a verb", "Farm jobs fell by 3 percent in the state, according to exit polls.", "Farm jobs fell by 3 percent in the state", "exit polls"],
  ])("%s", (_, text, content, expected) => {
    const quote = extractQuotes(text).quotes.find((q) => q.text === content);
    expect(quote?.speaker?.mention.text).toBe(expected);
  });
});

describe("an adverbial aside between the subject and its cue", () => {
  it.each([["for one"], ["for her part"]])("'X, %s, called \"...\"' is X's, not an earlier mention's that a comma follows", (aside) => {
    const text = `Many felt the mayor had gone too far, mocking a former judge who is liked in the valley, and making claims that Dana Ruiz, ${aside}, called "plain foolishness."`;
    const quote = extractQuotes(text).quotes.find((q) => q.text.startsWith("plain"))!;
    expect(quote.speaker?.mention.text).toBe("Dana Ruiz");
  });

  it("a name with an apposition before the aside stays the name, not the apposition's description", () => {
    const text = 'State leaders were upset. Ann Lund, the chair of the Ohio GOP in Columbus, for example, said the plan would "hurt us badly."';
    const quote = extractQuotes(text).quotes.find((q) => q.text.startsWith("hurt"))!;
    expect(quote.speaker?.mention.text).toBe("Ann Lund");
  });
});

describe("sentence-cue's phrase fallback", () => {
  it("'Yet another said' after 'another X' named one more member of the group", () => {
    const text = '"We need more time," added another Ohio Democrat. Yet another said, "The plan has no chance in May."';
    const quote = extractQuotes(text).quotes.find((q) => q.text.startsWith("The plan"))!;
    expect([quote.speaker?.mention.text, quote.speaker?.name]).toEqual(["another", "Ohio Democrat"]);
  });

  it("tries each cue of the sentence for a subject phrase", () => {
    const text = "Lamenting their luck, fishermen often say, ''Poor sea, so far from land and so close to the storms.''";
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual(["say", "fishermen"]);
  });

  it("a phrase starts after a word opening a clause with its own subject, not at 'who'", () => {
    const text = "‘It’s what fans call “a betrayal”, and we’ll regret it,’ he said.";
    const nested = extractQuotes(text).quotes.find((q) => q.text === "a betrayal")!;
    expect([nested.cue?.text, nested.speaker?.mention.text]).toEqual(["call", "fans"]);
    const rule = extractQuotes("It is a rule which most growers say has doubled the price of seed.").quotes[0]!;
    expect([rule.cue?.text, rule.speaker?.mention.text]).toEqual(["say", "most growers"]);
  });
});

describe("a weak cue governed by a verb of saying", () => {
  it("leading-speaker-cue: 'X said he wanted \"...\"' is X's", () => {
    const text = 'Ada Rinehart, a delegate from Oregon, said she wanted "sensible answers to the problem that include safer roads."';
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.rule, quote.cue?.text, quote.speaker?.mention.text]).toEqual(["leading-speaker-cue", "said", "Ada Rinehart"]);
  });

  it("sentence-cue: a quoted term after 'X said that Y shows' is X's", () => {
    const text = 'Penrose also said that Hale shows "great charm" in private.';
    const quote = extractQuotes(text).quotes.find((q) => q.text === "great charm")!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual(["said", "Penrose"]);
  });

  it("a verb of saying close to the quote keeps its own subject", () => {
    const text = 'Trump said Clinton told donors: "You could put half of them in a basket of deplorables."';
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.rule, quote.cue?.text, quote.speaker?.mention.text]).toEqual(["leading-speaker-cue", "told", "Clinton"]);
  });
});

describe("continued-speaker and the writer's words in between", () => {
  const speakers = (text: string) => extractQuotes(text).quotes.map((q) => q.speaker?.mention.text ?? null);

  it("gives the next quote to a speaker named in a sentence between", () => {
    const text = '"Local farmers are running out of water," said Paul Hendry, an editor. Greta Olsen, a professor, agreed. "They have to find another source soon."';
    expect(speakers(text)).toEqual(["Paul Hendry", "Greta Olsen"]);
  });

  it("gives a quote to a speaker named before it in its paragraph, after the last quote's paragraph", () => {
    const text = '"We need a new plan," said Craig Ross, editor of the Lakeside News.\n\nIowa State University\'s Dana Hill agreed. "Mainstream voters are running out of time to find an alternative."';
    expect(speakers(text)).toEqual(["Craig Ross", "Dana Hill"]);
  });

  it("keeps the previous speaker past a negated cue", () => {
    const text = '"We have had problems with the league," Ferris said after the meeting. He didn\'t suggest retaliation. "Our aim is to agree on a few rules."';
    expect(speakers(text)).toEqual(["Ferris", "Ferris"]);
  });
});

describe("a name before a colon, without a cue", () => {
  const first = (text: string) => extractQuotes(text).quotes[0]!;

  it("speaks the quote after the colon", () => {
    const quote = first('Her claim is her camp\'s estimate. Rep. Dale Hobart (R-Ind.): "Who gave you that figure?"');
    expect([quote.rule, quote.speaker?.mention.text]).toEqual(["leading-speaker-cue", "Dale Hobart"]);
    expect(first('Signs were there all along. More from Brandt and Keller: "Our survey shows that both issues were in play."').speaker?.mention.text).toBe("Keller");
  });

  it("with a verb but no cue, the lead-in's subject speaks the quote after the colon", () => {
    expect(first('Senate Majority Leader Dana Hill, R-Ky., delivered a blunt message to Lund: "It is time to quit attacking people."').speaker?.mention.text).toBe("Dana Hill");
    expect(first('Omar Quist has since apologized for what happened: "Yes, I should have used two addresses. I am sorry."').speaker?.mention.text).toBe("Omar Quist");
  });

  it("but not a mention of the clause that opens the sentence", () => {
    const quote = first('In the hours after 14 people were killed in Leeds, a familiar voice celebrated the attacks on Twitter: "We have already arrived with our soldiers."');
    expect(quote.speaker?.mention.text).not.toBe("people");
  });

  it("but not when a cue ends the lead-in: the cue's own subject speaks", () => {
    const quote = first('We put to the minister the question that every reader would now ask: "Who pays for the new line?"');
    expect([quote.speaker?.mention.text, quote.cue?.text]).toEqual(["every reader", "ask"]);
  });

  it("does not when a preposition makes it the addressee", () => {
    expect(first('Her short message to Trump: "You will never be president of this country."').speaker).toBeNull();
  });
});

describe("a full stop typed for the comma", () => {
  it("leaves a short 'X said.' after the quote its attribution", () => {
    const quote = extractQuotes('"I hope you are able to find the 3,000 files that are lost." Harlow said.').quotes[0]!;
    expect([quote.rule, quote.speaker?.mention.text]).toEqual(["trailing-speaker-cue", "Harlow"]);
  });

  it("but not a longer sentence that only starts with a speaker", () => {
    const quote = extractQuotes('"We will win." Trump said the polls were wrong and the media had lied about his rallies for months.').quotes[0]!;
    expect([quote.rule, quote.speaker]).toEqual(["none", null]);
  });
});

describe("a cue ending in a preposition", () => {
  it("never takes the mention after it for the speaker ('said of Cruz')", () => {
    // "Blunt" reads as an adjective, so no mention stands before the cue: better none than Cruz.
    const text = '"He had a lot of Idaho voters," Blunt, after a brief silence, said of Lund.';
    expect(extractQuotes(text).quotes[0]!.speaker).toBeNull();
    expect(extractQuotes('"He had a lot of supporters," said Roy Blunt of Missouri.').quotes[0]!.speaker?.mention.text).toBe("Roy Blunt");
  });
});

describe("built-in verbs: naming and manners of speaking", () => {
  it.each([
    ['The senator labeled the plan "a giveaway to the richest Americans."', "labeled", "The senator"],
    ['"Silly boys acting like they have never seen a girl before," scoffed Arianna Gil, 22.', "scoffed", "Arianna Gil"],
    ['"That would have been a sign of goodwill," Fenwick fumed on Tuesday.', "fumed", "Fenwick"],
    ['However, Marlow characterized Dunn as "a little nervous there, interrupting all the time."', "characterized", "Marlow"],
    ['Gov. Nell Harper lauded Mr. Pike for helping shape "bold and practical plans."', "lauded", "Nell Harper"],
  ])("%s", (text, cue, speaker) => {
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual([cue, speaker]);
  });
});

describe("a document speaks for whoever issued it", () => {
  it.each([
    ["the object of a phrasal verb, before a participle", 'His office put out a statement saying the city "does not have the capacity to check every request."', "His office"],
    ["a video that said", 'In selling the courses, Dana Hill released a marketing video that said, "We are going to have the finest teachers in the state."', "Dana Hill"],
    ["a sign that read", 'The day before, Omar Quist hoisted a sign that read "Fifteen percent or bust!"', "Omar Quist"],
    ["the following statement, before a colon", 'When Ray Lund retired in 1998, Mayor Dana Hill released the following statement: "Ray gave this city forty years of his life and we are all the better for it."', "Dana Hill"],
    ["the following statement, before a colon that ends the paragraph", 'When Ray Lund retired in 1998, Mayor Dana Hill released the following statement:\n\n"Ray gave this city forty years of his life and we are all the better for it."', "Dana Hill"],
    ["a statement, before a comma", 'Right after the vote, Omar Quist issued a statement, "Last night the council let this city down. We will fight on."', "Omar Quist"],
  ])("%s", (_, text, expected) => {
    const quote = extractQuotes(text).quotes.find((q) => q.type !== "indirect")!;
    expect(quote.speaker?.mention.text).toBe(expected);
  });
});

describe("a time phrase before a subject phrase with an article is not part of it", () => {
  it.each([
    ["a week before", "Fans left one-star reviews for the shop. Last week the bakery said it had switched off comments.", "the bakery"],
    ["a day before", "Fans left one-star reviews for the shop. By Sunday the bakery said it had switched off comments.", "the bakery"],
  ])("%s", (_, text, expected) => {
    expect(mentionFor(text, "switched off")).toBe(expected);
  });
});
