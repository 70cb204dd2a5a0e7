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
    ["past adverbs", 'Mexicans often say, "Poor Mexico, so far from God and so close to the United States."', "Mexicans"],
    ["across a comma apposition", 'Marty West, an education professor at Harvard, called it "an incredibly significant development."', "Marty West"],
    ["across a parenthetical and an apposition", 'Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was "100 percent committed to an open process."', "Elijah Cummings"],
    ["across dashes", 'John Dickey, the chief executive of Ora Media -- the company that owns the show -- told me, "We are a content provider, and we are doing business."', "John Dickey"],
    ["of a coordinated verb", 'Ben Carson took the stage Tuesday at the Grand Hotel in Baltimore and called the political system "rotten to the core."', "Ben Carson"],
    ["of a participle after a preposition", 'House Speaker Paul Ryan, despite admitting that he had concerns about "trial lawyers trying to get rich," voted for the bill.', "Paul Ryan"],
    ["after a leading participial clause", 'After saying her right foot was "so swollen I could barely get my shoe on," she was taken to hospital.', "she"],
    ["opening a clause with 'as', across an apposition", 'As Steven M. Rosenthal, a tax lawyer, recently put it, "Did Trump lower his taxes through legal tax avoidance?"', "Steven M. Rosenthal"],
    ["of a participle after an object and a time word, not the object", 'The town released a statement Wednesday saying the claims "are based on his opinion, not actual facts."', "The town"],
    ["of the cue a participle follows ('X said, adding')", 'Ryan and Trump will meet next week, Spicer said, adding, "They need to sit down and have a good talk."', "Spicer"],
    ["across 'of Texas' and an apposition", 'Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the chamber will most likely vote on "four gun control measures" on Monday.', "John Cornyn"],
    ["past a year", 'Obama dislikes McConnell, who in 2010 said the goal was to make Obama a "one-term president."', "who"],
    ["past an adverb tagged as a verb", '"He continues to pursue the trophy projects he is known for," it further wrote.', "it"],
  ])("%s", (_, text, expected) => {
    const needle = text.match(/"([^"]{4,20})/)![1]!;
    expect(mentionFor(text, needle)).toBe(expected);
  });

  it("is the main clause's subject for the pronoun of 'what he called' that refers to it", () => {
    expect(mentionFor('Secretary General Antonio Guterres condemned what he called a "brazen breach" of U.N. resolutions.', "brazen")).toBe("Antonio Guterres");
  });

  it("stays the pronoun of 'what she called' when it refers to someone else", () => {
    const text = 'Hillary Clinton spoke on Friday. Donald Trump attacked what she described as "a basket of deplorables" at the rally.';
    expect(mentionFor(text, "basket")).toBe("she");
  });

  it("is not a name inside the noun phrase of a preposition ('In an AP interview')", () => {
    expect(mentionFor('In an AP interview Monday, Sanders said the race was close, adding, "Democracy is messy."', "Democracy")).toBe("Sanders");
  });

  it("is not the object of a preposition before the apposition", () => {
    const text = 'In a panel discussion with Hillary Clinton, Marc Morial, president of the National Urban League, said "we need jobs now."';
    expect(mentionFor(text, "we need jobs")).toBe("Marc Morial");
  });
});

describe("the main clause's cue", () => {
  it("comes before a cue in the clause that opens the sentence", () => {
    const text = 'In a Facebook message posted Friday, Cruz said he has had "areas of significant disagreement" with Trump.';
    const quote = extractQuotes(text).quotes.find((q) => q.text.startsWith("areas"))!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual(["said", "Cruz"]);
  });

  it("governs a quoted term, not a verb of saying in that opening clause", () => {
    const text = 'In a statement announcing the pick, union leader Sara Nelson called Clinton a "champion" for its members.';
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual(["called", "Sara Nelson"]);
  });

  it("attributes a term after a subordinate clause that reports something else", () => {
    const text = 'While he acknowledged funding was a major reason, Ham also noted several "intangibles" left him disillusioned.';
    const quotes = extractQuotes(text).quotes.map((q) => [q.type, q.text, q.cue?.text, q.speaker?.mention.text]);
    expect(quotes).toEqual([
      ["indirect", "funding was a major reason", "acknowledged", "he"],
      ["partial", "intangibles", "noted", "Ham"],
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

  it("a sentence-initial participle takes the subject of the main clause", () => {
    const text = 'Claiming the criticism is designed to pressure moderators, Trump told Fox that "they hit Matt because they said he should have been much tougher."';
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.rule, quote.cue?.text, quote.speaker?.mention.text]).toEqual(["sentence-cue", "Claiming", "Trump"]);
  });

  it("a dateline is not an apposition", () => {
    const text = 'WASHINGTON -- President Obama, dedicating the museum on Saturday, said it would tell a story of "suffering and delight, of fear and of hope."';
    expect(mentionFor(text, "suffering")).toBe("Obama");
  });

  it("a parenthetical between the speaker and the cue is stepped over", () => {
    const text = 'House Speaker Paul D. Ryan (R-Wis.) said Americans should engage in "more listening to each other."';
    expect(mentionFor(text, "more listening")).toBe("Paul D. Ryan");
  });

  it("continued-speaker carries a speaker to a quote that opens a sentence but ends in the writer's words", () => {
    const text = "''It's more tinkering at the edges,'' said Alan Cole, an economist. ''I wouldn't call it reform. It's basically just a tax increase'' for the top income bracket.";
    const quotes = extractQuotes(text).quotes;
    expect(quotes.map((q) => [q.type, q.speaker?.name, q.rule])).toEqual([
      ["direct", "Alan Cole", "trailing-cue-speaker"],
      ["partial", "Alan Cole", "continued-speaker"],
    ]);
  });

  it("continued-speaker leaves a quoted fragment inside the writer's sentence alone", () => {
    const text = '"We will win," Trump said. Critics called the plan "a fantasy that will never work."';
    const fragment = extractQuotes(text).quotes[1]!;
    expect(fragment.speaker?.name ?? null).not.toBe("Trump");
  });

  it("previous-sentence finds a subject across an apposition", () => {
    const text = 'His former business partner at Lenox, Lawrence B. Cummings, called him a master of deals.\n\n"He showed again and again an ability to put together deals."';
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.rule, quote.speaker?.mention.text]).toEqual(["previous-sentence", "Lawrence B. Cummings"]);
  });
});

describe("subjects of participles and 'according to'", () => {
  it("a participle cue of several words ('referring to') shares the subject of the sentence", () => {
    const text = '"The key was the broader market timing," Mr. Hedge said, referring to the two Trump resorts.';
    const reported = extractQuotes(text).quotes.find((q) => q.type === "indirect")!;
    expect([reported.text, reported.cue?.text, reported.speaker?.mention.text]).toEqual(["the two Trump resorts", "referring to", "Hedge"]);
  });

  it("'according to' takes the whole source even where the tagger breaks it", () => {
    const text = "Voters view him as more honest than they did two months ago, according to a new Associated Press-GfK poll.";
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.type, quote.speaker?.mention.text]).toEqual(["indirect", "a new Associated Press-GfK poll"]);
  });

  it("'according to' opening a sentence is not a participle: the source it names is the speaker", () => {
    const text = 'According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that "she would sign this legislation if it came to her desk."';
    expect(mentionFor(text, "she would sign")).toBe("Yahoo News");
  });
});

describe("the speaker after the cue", () => {
  it("'CLAUSE, said X, a title' names X for reported speech too", () => {
    const text = "Its first national television ad could start this week, said Brian Baker, a longtime adviser to the family.";
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.type, quote.text, quote.speaker?.mention.text]).toEqual(["indirect", "Its first national television ad could start this week", "Brian Baker"]);
  });

  it("a participle after a comma never takes the subject of what follows it", () => {
    const text = "Trump spoke in Ohio on Monday, saying Clinton was unfit for office.";
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.text, quote.speaker?.mention.text]).toEqual(["Clinton was unfit for office", "Trump"]);
  });
});

describe("participles after an object", () => {
  it("the object of the verb before a participle is not its subject", () => {
    const text = 'The Security Council issued a statement calling the nuclear test "a clear violation and in flagrant disregard" of five resolutions.';
    expect(mentionFor(text, "a clear violation")).toBe("The Security Council");
  });

  it("without a subject mention, the phrase opening the sentence speaks, not the object", () => {
    const text = 'Protest groups in the city issued flyers demanding "more listening and fewer arrests" from officials.';
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual(["demanding", "Protest groups"]);
  });
});

describe("time phrases between the speaker and the cue", () => {
  it.each([
    ["Sanders on Tuesday said he wants to attack four provisions in the tax code.", "Sanders"],
    ["Wells Fargo just this month announced it would get rid of these incentives.", "Wells Fargo"],
    ["The Times on Saturday wrote that Trump had claimed a loss of $916 million.", "Times"],
  ])("%s", (text, expected) => {
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.type, quote.speaker?.mention.text]).toEqual(["indirect", expected]);
  });
});

describe("sentence-cue's phrase fallback", () => {
  it("tries each cue of the sentence for a subject phrase", () => {
    const text = "Lamenting their luck, Mexicans often say, ''Poor Mexico, so far from God and so close to the United States.''";
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual(["say", "Mexicans"]);
  });
});

describe("a weak cue governed by a verb of saying", () => {
  it("leading-speaker-cue: 'X said he wanted \"...\"' is X's", () => {
    const text = 'Paul Huntley, a delegate from California, said he wanted "common-sense solutions to the problem that include gun-safety laws."';
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.rule, quote.cue?.text, quote.speaker?.mention.text]).toEqual(["leading-speaker-cue", "said", "Paul Huntley"]);
  });

  it("sentence-cue: a quoted term after 'X said that Y shows' is X's", () => {
    const text = 'Westmacott also said that Obama shows "great charm" in private.';
    const quote = extractQuotes(text).quotes.find((q) => q.text === "great charm")!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual(["said", "Westmacott"]);
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
    const text = '"Mainstream Republicans are running out of time," said Craig Robinson, an editor. Dianne Bystrom, a professor, agreed. "They have to find an alternative to Trump soon."';
    expect(speakers(text)).toEqual(["Craig Robinson", "Dianne Bystrom"]);
  });

  it("keeps the previous speaker past a negated cue", () => {
    const text = '"We have had problems with Russia," Obama said after the meeting. He didn\'t suggest retaliation. "Our goal is to set some norms."';
    expect(speakers(text)).toEqual(["Obama", "Obama"]);
  });
});

describe("a name before a colon, without a cue", () => {
  const first = (text: string) => extractQuotes(text).quotes[0]!;

  it("speaks the quote after the colon", () => {
    const quote = first('Her claim is her camp\'s calculation. Rep. Trey Gowdy (R-S.C.): "Who told you that figure?"');
    expect([quote.rule, quote.speaker?.mention.text]).toEqual(["leading-speaker-cue", "Trey Gowdy"]);
    expect(first('Signs were there all along. More from Blumenthal and Cohen: "Our data confirms that both issues were in play."').speaker?.mention.text).toBe("Cohen");
  });

  it("does not when a preposition makes it the addressee", () => {
    expect(first('Her short message to Trump: "You will never be president of this country."').speaker).toBeNull();
  });
});

describe("a full stop typed for the comma", () => {
  it("leaves a short 'X said.' after the quote its attribution", () => {
    const quote = extractQuotes('"I hope you are able to find the 30,000 emails that are missing." Trump said.').quotes[0]!;
    expect([quote.rule, quote.speaker?.mention.text]).toEqual(["trailing-speaker-cue", "Trump"]);
  });

  it("but not a longer sentence that only starts with a speaker", () => {
    const quote = extractQuotes('"We will win." Trump said the polls were wrong and the media had lied about his rallies for months.').quotes[0]!;
    expect([quote.rule, quote.speaker]).toEqual(["none", null]);
  });
});

describe("a cue ending in a preposition", () => {
  it("never takes the mention after it for the speaker ('said of Cruz')", () => {
    // "Blunt" reads as an adjective, so no mention stands before the cue: better none than Cruz.
    const text = '"He had a lot of Missouri supporters," Blunt, after a long pause, said of Cruz.';
    expect(extractQuotes(text).quotes[0]!.speaker).toBeNull();
    expect(extractQuotes('"He had a lot of supporters," said Roy Blunt of Missouri.').quotes[0]!.speaker?.mention.text).toBe("Roy Blunt");
  });
});

describe("built-in verbs: naming and manners of speaking", () => {
  it.each([
    ['The senator labeled the plan "a giveaway to the richest Americans."', "labeled", "The senator"],
    ['"Silly boys acting like they have never seen a girl before," scoffed Arianna Gil, 22.', "scoffed", "Arianna Gil"],
    ['"That would have been a demonstration of good faith," Toomey fumed on Tuesday.', "fumed", "Toomey"],
    ['However, Pence characterized Kaine as "a little desperate there, jumping in all the time."', "characterized", "Pence"],
    ['Gov. Earl Ray Tomblin lauded Mr. Clarke for helping develop "new and innovative ideas."', "lauded", "Earl Ray Tomblin"],
  ])("%s", (text, cue, speaker) => {
    const quote = extractQuotes(text).quotes[0]!;
    expect([quote.cue?.text, quote.speaker?.mention.text]).toEqual([cue, speaker]);
  });
});
