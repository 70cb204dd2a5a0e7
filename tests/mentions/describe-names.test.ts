import { describe, expect, it } from "vitest";
import { entityNameOf } from "./speaker-lines";
import { extractQuotes } from "../../src";
import { buildDocument } from "../../src/document";
import { linkEntities } from "../../src/mentions/coref";
import { detectMentions } from "../../src/mentions/detect";
import { appositionName } from "../../src/mentions/apposition-name";


/** Each quote's text with its speaker's name; every span checked against the input. */
const speakers = (text: string) => {
  const { quotes } = extractQuotes(text);
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
  }
  return quotes.map((q) => [q.text, q.speaker?.name ?? null]);
};

describe("canonical spelling", () => {
  it("names a person spelt two ways as often by the spelling with the letter the other drops", () => {
    const text = 'Ellie Marsh met Mirabel Stone at the dock.\n\nMirabell Stone spoke on Monday. "It went well," Stone said.';
    expect(speakers(text)).toEqual([["It went well", "Mirabell Stone"]]);
  });

  it("prefers the spelling the first-name list knows", () => {
    const text = 'Ellie Marsh met Marlla Stone at the dock.\n\nMarla Stone spoke on Monday. "It went well," Stone said.';
    expect(speakers(text)).toEqual([["It went well", "Marla Stone"]]);
  });
});

describe("a description named by an apposition", () => {
  it("takes the name set off after it, past a short prepositional phrase", () => {
    const text = 'Ellie Marsh grew up in Denby. "She was always restless," said her best friend at Corlett, Dara Finch, who met her there.';
    expect(speakers(text)).toEqual([["She was always restless", "Dara Finch"]]);
  });

  it("takes the name after a comma that ends the phrase, and after calling himself", () => {
    const text = '"We are tired," wrote another user, Tomas Vell. "Go home," wrote a man calling himself Ravi Ravi.';
    expect(speakers(text)).toEqual([["We are tired", "Tomas Vell"], ["Go home", "Ravi Ravi"]]);
  });

  it("takes the name past a second apposition of a role: 'The second witness, the mayor of Svinoy, Marjun Dam,'", () => {
    const text = "The chair, Sunneva Joensen, opened the hearing. The second witness, the mayor of Svinoy, Marjun Dam, said the ferry was vital.";
    expect(speakers(text)).toEqual([["the ferry was vital", "Marjun Dam"]]);
  });

  it("takes a name inside a second apposition, after its role noun: 'The last witness, the economist Turid Dam of the Sound Institute,'", () => {
    const text =
      "The chair, Sunneva Joensen, opened the hearing. The last witness, the economist Turid Dam of the Sound Institute, told members that the tolls were too low.";
    expect(speakers(text)).toEqual([["the tolls were too low", "Turid Dam"]]);
    const bare = "The chair, Sunneva Joensen, opened the hearing. The last witness, the economist Turid Dam, told members that the tolls were too low.";
    expect(speakers(bare)).toEqual([["the tolls were too low", "Turid Dam"]]);
  });

  it("takes the name a capitalised role is already the title of: 'The Minister, Hon. Sione Fifita, told'", () => {
    const text =
      "Its director, Ana Kauvaka, says families should tie down their roofs. The Minister, Hon. Sione Fifita, told the assembly that a second ferry would be leased.";
    expect(speakers(text)).toEqual([
      ["families should tie down their roofs", "Ana Kauvaka"],
      ["a second ferry would be leased", "Sione Fifita"],
    ]);
  });

  it("takes the name a second apposition's person gave: 'the first speaker, a retired bus driver who gave his name only as Earl'", () => {
    const text =
      'The council chair, Dana Whitfield, opened the meeting. "Who approved this?" asked the first speaker, a retired bus driver who gave his name only as Earl.';
    expect(speakers(text)).toEqual([["Who approved this?", "Earl"]]);
  });

  it("takes the name given past a participle's phrase and 'later': 'a woman selling tea at the next stall, who later gave her name as Ona Rell'", () => {
    const text = '"We will not move," said a woman selling tea at the next stall, who later gave her name as Ona Rell.';
    expect(speakers(text)).toEqual([["We will not move", "Ona Rell"]]);
  });

  it("does not take a name that a verb follows for an apposition", () => {
    const nameAfter = (text: string, word: string) => {
      const doc = buildDocument(text);
      const mentions = detectMentions(doc, []);
      const entities = linkEntities(mentions, [], doc.tokens);
      const end = doc.tokens.findIndex((t) => t.text === word) + 1;
      return appositionName(end, mentions, 0, doc.tokens, (m) => entities.find((e) => e.id === m.entity))?.name;
    };
    expect(nameAfter("After meeting the mayor, Tomas Vell said the plan was sound.", "mayor")).toBeUndefined();
    expect(nameAfter("After meeting the mayor, Tomas Vell, the plan was sound.", "mayor")).toBe("Tomas Vell");
  });
});

describe("relative pronouns name their antecedent", () => {
  it("who after an apposition with a prepositional phrase is the person the apposition describes", () => {
    const text = "The plan was attacked by Ann Lee, the leader of the opposition in Corvale, who said that the tax would hurt farmers.";
    // (the passive reports its subject too, and the agent is its speaker)
    expect(speakers(text)).toEqual([["The plan", "Ann Lee"], ["the tax would hurt farmers", "Ann Lee"]]);
  });

  it("who after two descriptions joined by and is the person they describe, though no role word names the first", () => {
    const text = '"Do they read the papers?" said Bob Marlow, a Corvale superdelegate and Reyes supporter who has accused the mayor of harassing his peers.';
    expect(speakers(text)).toEqual([
      ["Do they read the papers?", "Bob Marlow"],
      ["the mayor of harassing his peers", "Bob Marlow"],
    ]);
  });

  it("who after appositions that no mention or only a place ends is the person named before them", () => {
    const text =
      '"That worries people," said Alan Birch, a surgeon from Ridgefield, New Jersey, who said he knows the mayor. The fund got $100,000 from Harlan Voss, a Texas real estate developer, who said that the plan was sound.';
    expect(speakers(text)).toEqual([
      ["That worries people", "Alan Birch"],
      ["he knows the mayor", "Alan Birch"],
      ["the plan was sound", "Harlan Voss"],
    ]);
  });

  it("a/an DESCRIPTION who set off after a person's name is that person, past a place after the name, a dash or a first description", () => {
    const text =
      "The vote was close, said Mayor Tessa Quill of Brantwood, a Liberal who has said she will not run again. " +
      "Voters turned to Omar Haddad \u2014 a retired pilot who argued that the airport should stay open. " +
      "The board heard from Ines Varga, a nurse and a longtime union organizer who warned that wards were short of staff.";
    expect(speakers(text).filter(([quote]) => quote !== "The vote was close")).toEqual([
      ["she will not run again", "Tessa Quill"],
      ["the airport should stay open", "Omar Haddad"],
      ["wards were short of staff", "Ines Varga"],
    ]);
  });

  it("a/an DESCRIPTION that set off after a named body is that body, with or without its article", () => {
    const text =
      "A crowd gathered outside the Corvale Heritage Center, a downtown museum that promotes local crafts. " +
      "The couple started Brightwater, a foundation that focuses on clean rivers.";
    expect(speakers(text)).toEqual([
      ["local crafts", "Corvale Heritage Center"],
      ["clean rivers", "Brightwater"],
    ]);
  });

  it("a who or whom with no mention before its comma is named by the plural noun phrase there", () => {
    const text = "The party has five superdelegates, two of whom have said that they back Reyes.";
    expect(speakers(text)).toEqual([["they back Reyes", "superdelegates"]]);
  });

  it("who set off by a dash or a bracket is the name before it, as after a comma", () => {
    const text =
      "Reached by phone on Tuesday, Dan Joyce \u2014 who is listed as a lawyer but does not practise \u2014 told the paper he would not appeal. If the kids had held up a photo of Ray Dukes (who openly endorses Lund and says the vote was rigged), it would be news.";
    // Ray Dukes twice: "endorses Lund and says the vote was rigged" are two statements of his.
    expect(speakers(text).map(([, name]) => name)).toEqual(["Dan Joyce", "Ray Dukes", "Ray Dukes"]);
  });

  it("who after and or but is whom the relative clause it is coordinated with refers to", () => {
    const text =
      '"Turnout will be low," said Rep. Ann Lee (D-Ohio), a Hale supporter whose district went strongly for him but who suggested that young voters could stay home.';
    expect(speakers(text)).toEqual([
      ["Turnout will be low", "Ann Lee"],
      ["young voters could stay home", "Ann Lee"],
    ]);
    expect(speakers("The mayor met Tom Reyes, who runs the mill and who said the plan would fail.")).toEqual([["the plan would fail", "Tom Reyes"]]);
    expect(speakers("The plan needs farm voters, who live in the north - and who said they favor Lee.")).toEqual([["they favor Lee", "farm voters"]]);
  });

  it("two of whom and all of whom are the phrase before the comma, never a place", () => {
    expect(speakers("The county has five senators, two of whom said they would back Lee.")).toEqual([["they would back Lee", "senators"]]);
    expect(speakers("The party has six senators in Corvale, all of whom said they would back Lee.")).toEqual([["they would back Lee", "senators"]]);
  });

  it("a phrase ending with who is named without it, after its own mention or the person just named", () => {
    expect(speakers("Voters who are angry about the economy believe the tax is unfair.")).toEqual([
      ["the economy believe the tax is unfair", "Voters"],
    ]);
    const text = "Tomas Vell ran for mayor in 2010. Now the political novice who wants to unseat the mayor says the tax is unfair.";
    expect(speakers(text).map(([, name]) => name)).toEqual(["Tomas Vell"]);
    const someone = "Tomas Vell ran for mayor in 2010. Now someone who wants to unseat the mayor says the tax is unfair.";
    expect(speakers(someone).map(([, name]) => name)).toEqual(["someone"]);
  });
});

describe("documents name the organisation or person that issued them", () => {
  it("by the name that modifies the document, and a bare definite one takes up that owner", () => {
    const text = "According to a Quill Institute summary of the inquiry, Ann Lee sent the email in May. The summary said that Lee knew of the request.";
    expect(speakers(text)).toEqual([
      ["Ann Lee sent the email in May", "Quill Institute"],
      ["Lee knew of the request", "Quill Institute"],
    ]);
  });

  it("by the owner of a work, whose name may open the sentence", () => {
    const text = "Columnist Ian Tuttle covers the Senate. Tuttle's article said the senator had broken a promise. Elena Park's new book argues that the law failed.";
    expect(speakers(text)).toEqual([
      ["the senator had broken a promise", "Ian Tuttle"],
      ["the law failed", "Elena Park"],
    ]);
  });

  it("by whom a possessive pronoun owning it refers to", () => {
    const text = "Columnist Ian Tuttle covers the Senate. His article said the senator had broken a promise.";
    expect(speakers(text)).toEqual([["the senator had broken a promise", "Ian Tuttle"]]);
  });

  it("by whom a possessive pronoun owning an account or feed refers to", () => {
    const text = "Nora Vance spoke at the convention on Monday. The next day, her Twitter account posted: \"Shop the look from the speech.\"";
    expect(speakers(text)).toEqual([["Shop the look from the speech.", "Nora Vance"]]);
  });

  it("by the owner's full name, where the article otherwise writes only the surname", () => {
    const text = "Voters are angry. Thomas Frank's new report says the party lost its way. The trouble, Frank writes, began in the 1970s.";
    expect(speakers(text)).toEqual([
      ["the party lost its way", "Thomas Frank"],
      ["began in the 1970s", "Thomas Frank"],
    ]);
  });

  it("by an institution named only as the document's owner", () => {
    const text = "Plans for a bypass were approved. Elmsford Town Council's traffic study found that most cars make short trips. Monday's poll found that voters were split.";
    expect(speakers(text)).toEqual([
      ["most cars make short trips", "Elmsford Town Council"],
      ["voters were split", "Monday poll"],
    ]);
  });

  it("by the body a description owning the document refers to", () => {
    const text = "The Northfield Weather Office warned of high tides on Monday. The office's bulletin said the highest tide would come at noon.";
    expect(speakers(text)).toEqual([
      ["high tides on Monday", "Northfield Weather Office"],
      ["the highest tide would come at noon", "Northfield Weather Office"],
    ]);
  });

  it("by the name after released ... by", () => {
    const text = "Two emails were placed in storage, according to a memo released Friday by Dana Ruiz.";
    expect(speakers(text)).toEqual([["Two emails were placed in storage", "Dana Ruiz"]]);
  });

  it("not by a word capitalised only because it opens the sentence, nor through a naming verb for a thing", () => {
    expect(speakers("Early analysis shows that the polls missed the result.")).toEqual([["the polls missed the result", "Early analysis"]]);
    expect(speakers('"We are tired," wrote a spa called Bulgari Tower.')).toEqual([["We are tired", "spa"]]);
  });

  it("by the capitalised words of a poll's own mention, joined by a hyphen, but not by a month", () => {
    const text = "A new Harbor Times-Quill Institute poll found that voters back the tax. The poll also found that the mayor leads.";
    expect(speakers(text)).toEqual([
      ["voters back the tax", "Harbor Times-Quill Institute"],
      ["the mayor leads", "Harbor Times-Quill Institute"],
    ]);
    expect(speakers("A June poll found that voters back the tax.")).toEqual([["voters back the tax", "June poll"]]);
  });
});

describe("epithets", () => {
  it("the Florida senator is not the Vermont senator before it", () => {
    const text = "Ann Reyes of Vermont spoke first. The Vermont senator said that taxes were too high. Tomas Vell agreed. The Florida senator said that taxes were too low.";
    expect(speakers(text)).toEqual([
      ["taxes were too high", "Ann Reyes"],
      ["taxes were too low", "Tomas Vell"],
    ]);
  });

  it("the Utah Republican is the salient person of no other party; an Iowa Democrat is someone else", () => {
    const text = "Democratic candidate Dana Ruiz criticised the plan. In a letter to the agency, Tomas Vell asked for an inquiry. In the letter, the Utah Republican says that Ruiz broke the law.";
    expect(speakers(text).at(-1)).toEqual(["Ruiz broke the law", "Tomas Vell"]);
    expect(speakers('Dana Ruiz criticised the plan. "It is a mess," said an Iowa Democrat.')).toEqual([["It is a mess", "Iowa Democrat"]]);
  });
});

describe("a description written as a name is no other body with the same head", () => {
  it("`The Malaysian Meteorological Department` after `The Irrigation Department`; `the State Department` after `the Justice Department`", () => {
    const text =
      "Floods hit the coast again. The Irrigation Department said the pump house had been shut since August. " +
      "The Malaysian Meteorological Department had earlier warned that the monsoon could bring heavy rain. " +
      "The Justice Department opened an inquiry. The State Department has said that it classified 22 emails.";
    expect(speakers(text)).toEqual([
      ["the pump house had been shut since August", "Irrigation Department"],
      ["the monsoon could bring heavy rain", "Malaysian Meteorological Department"],
      ["it classified 22 emails", "State Department"],
    ]);
  });
});

describe("a speaker's description, then the name set off after it", () => {
  it("takes the name after an article and a title: 'said the abbot of the hill temple, the Venerable Pha Dara'", () => {
    const text = 'Rain closed the road. "The hall is dry," said the abbot of the hill temple, the Venerable Pha Dara.';
    expect(speakers(text)).toEqual([["The hall is dry", "Pha Dara"]]);
  });

  it("takes the name after a past office: 'said the mill's chairman, former MP Ketan Rao Joshi'", () => {
    const text = 'Growers waited at the gate. "Payment comes on Friday," said the mill\'s chairman, former MP Ketan Rao Joshi.';
    expect(speakers(text)).toEqual([["Payment comes on Friday", "Ketan Rao Joshi"]]);
  });

  it("takes the name after a second apposition with 'named': 'its agent, a notary from Tarija named Rubén Ortega Salas'", () => {
    const text = 'The firm denied it. "Every permit is signed," said its agent, a notary from Tarija named Rubén Ortega Salas.';
    expect(speakers(text)).toEqual([["Every permit is signed", "Rubén Ortega Salas"]]);
  });

  it("takes the name after a relative apposition: 'the team's coach, who is also the twins' uncle, Paul Girard'", () => {
    const text = 'The twins lost in the final. "They will be back," said the team\'s coach, who is also the twins\' uncle, Paul Girard.';
    expect(speakers(text)).toEqual([["They will be back", "Paul Girard"]]);
  });

  it("takes the name past a possessive in the role's phrase and a role no list knows: 'the king's envoy for Osu, Kwame Tetteh'", () => {
    const text = 'Drums sounded at noon. "The road is ours," said the rector of St. Anne\'s Chapel at Brill, Fr. Owen Lacey. "We wait," said the king\'s envoy for Osu, Kwame Tetteh.';
    expect(speakers(text)).toEqual([["The road is ours", "Owen Lacey"], ["We wait", "Kwame Tetteh"]]);
  });

  it("takes the name a place phrase follows to the full stop: 'said a third tenant, Mrs Ada Vane of Mill Row.'", () => {
    const text = 'The hall was full. "The lamps are out again," said a third tenant, Mrs Ada Vane of Mill Row.';
    expect(speakers(text)).toEqual([["The lamps are out again", "Ada Vane"]]);
  });
});
