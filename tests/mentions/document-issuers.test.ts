import { describe, expect, it } from "vitest";
import { speakerNames as speakers } from "./speaker-lines";


describe("a document speaks for whoever issued it", () => {
  it("finds the issuer after what the document is of: 'a poll of 600 voters released by X'", () => {
    const text =
      "Support for the mayor fell sharply this month, according to a poll of 600 likely voters released on Friday by Quill Research. " +
      "Most voters have an unfavorable view of the mayor, the poll found.";
    expect(speakers(text)).toEqual([
      ["Support for the mayor fell sharply this month", "Quill Research"],
      ["Most voters have an unfavorable view of the mayor", "Quill Research"],
    ]);
  });

  it("finds the issuer inside a wider phrase: 'a 2019 Labor Department study'", () => {
    const text = "Most small firms offer paid leave, according to a 2019 Labor Department study.";
    expect(speakers(text)).toEqual([["Most small firms offer paid leave", "Labor Department"]]);
  });

  it("does not make the subject the author of a document it is reported 'according to'", () => {
    const text = "Ann Lee attended the meeting alone, according to a pool report. The meeting was held downtown.";
    expect(speakers(text)).toEqual([["Ann Lee attended the meeting alone", "pool report"]]);
  });

  it("a document owned by a person's surname speaks for that person, as one owned by a pronoun does", () => {
    const text = "Ann Lee runs the bakery. Lee's statement said the bakery would close. Her letter said the staff would be paid.";
    expect(speakers(text)).toEqual([
      ["the bakery would close", "Ann Lee"],
      ["the staff would be paid", "Ann Lee"],
    ]);
  });

  it("still makes the subject the author of a statement it provided", () => {
    const text = 'Tom Cook provided a written statement. "We did nothing wrong," the statement said.';
    expect(speakers(text)).toEqual([["We did nothing wrong", "Tom Cook"]]);
  });

  it("names a document phrase no mention covers after whoever issued it: 'data released Friday by X', 'recent data from X'", () => {
    expect(speakers("Casino revenue rose 5 percent, according to data released Friday by state gaming regulators.")).toEqual([
      ["Casino revenue rose 5 percent", "state gaming regulators"],
    ]);
    expect(speakers("Users spent one minute a day on the site, according to recent data from eMarketer.")).toEqual([
      ["Users spent one minute a day on the site", "eMarketer"],
    ]);
  });

  it("finds the issuer past a time phrase before 'by', and of calculations: 'a study last year by X', 'calculations by X'", () => {
    expect(speakers('The levy cut emissions with "negligible effects on growth," according to a study last year by economists at Corvale University.')).toEqual([
      ["negligible effects on growth", "economists"],
    ]);
    expect(speakers("A living wage is about $12 an hour, according to calculations by Ada Morrow of the Corvale Institute.")).toEqual([
      ["A living wage is about $12 an hour", "Ada Morrow"],
    ]);
  });

  it("finds the issuer of a test: 'according to a water test by the regional health board'", () => {
    expect(speakers("According to a water test by the regional health board, lead in the school's taps exceeds the limit.")).toEqual([
      ["lead in the school's taps exceeds the limit", "health board"],
    ]);
  });

  it("reads issuers joined by a slash as one poll's: 'a CNN/WMUR poll'", () => {
    expect(speakers("Lee leads Park 50% to 40% among registered voters, according to a CNN/WMUR poll.")).toEqual([
      ["Lee leads Park 50% to 40% among registered voters", "CNN/WMUR"],
    ]);
  });
});

describe("a document taken up whose first phrase is no mention", () => {
  it("'Sen. Tom Reyes's legislation ... The legislation': the possessive names its author", () => {
    const text = "Only two senators back Sen. Tom Reyes's legislation. The legislation seeks to raise the tax on imports.";
    expect(speakers(text)).toEqual([["to raise the tax on imports", "Tom Reyes"]]);
  });

  it("'X is also running full-page ads ... The ads': the subject of an issuing verb", () => {
    const text = "The Quill Institute is also running full-page ads in two newspapers. The ads ask the candidates to address clean energy.";
    expect(speakers(text)).toEqual([["the candidates to address clean energy", "Quill Institute"]]);
  });

  it("abstains when the verb issues nothing ('saw full-page ads')", () => {
    const text = "Voters in Corvale saw full-page ads in two newspapers. The ads ask the candidates to address clean energy.";
    expect(speakers(text)).toEqual([
      ["full-page ads in two newspapers", "Voters"],
      ["the candidates to address clean energy", "ads"],
    ]);
  });
});

describe("an issuer written after the document", () => {
  it("names a document after an issuer written with its article: 'The poll by the Quill Institute'", () => {
    const text =
      "Ann Lee leads the race for mayor. The poll by the Quill Policy Institute of Ohio showed Ann Lee ahead of Bob Roe among likely voters. " +
      "The poll showed that either candidate would beat Tom Tran.";
    expect(speakers(text)).toEqual([
      ["Ann Lee ahead of Bob Roe among likely voters", "Quill Policy Institute of Ohio"],
      ["either candidate would beat Tom Tran", "Quill Policy Institute of Ohio"],
    ]);
  });

  it("finds the issuer of a participle set off by commas: 'The survey, released Monday by the Quill Institute,'", () => {
    const text = "The survey, released Monday by the Quill Institute, found that most drivers support the new toll.";
    expect(speakers(text)).toEqual([["most drivers support the new toll", "Quill Institute"]]);
  });

  it("takes an organisation described after 'by' as the issuer, unless a name before the document's head owns it", () => {
    expect(speakers("A report by the city's planning department found that the tower would shade four gardens.")).toEqual([
      ["the tower would shade four gardens", "planning department"],
    ]);
    expect(speakers("A report released in May by the independent Quill Risk Institute estimated that one home in eight is at risk.")).toEqual([
      ["one home in eight is at risk", "Quill Risk Institute"],
    ]);
    expect(speakers("A Garden State Watchdog report released by the governor's office found that he flew often.")).toEqual([["he flew often", "Garden State Watchdog"]]);
    // "the organization" takes up an organisation named before; it names none itself.
    expect(speakers("A survey by the organization in March found that most drivers support the toll.")).toEqual([
      ["most drivers support the toll", "survey"],
    ]);
  });

  it("takes no possessor for the issuer: 'a report from Mayor Ann Lee's auditor'", () => {
    const text = "The parks budget was overspent, according to a report from Mayor Ann Lee's auditor.";
    expect(speakers(text)).toEqual([["The parks budget was overspent", "report"]]);
  });
});

describe("a written document's author after 'of the'", () => {
  it("'a report of the Quill Housing Authority' is the authority's, and 'The report' after it too", () => {
    const text = "Water pumps never worked in 12 villages, a special audit report of the Quill Housing Authority has revealed. The report says the tanks were never connected.";
    expect(speakers(text)).toEqual([
      ["Water pumps never worked in 12 villages", "Quill Housing Authority"],
      ["the tanks were never connected", "Quill Housing Authority"],
    ]);
  });

  it("keeps a common noun after 'of the' from being the author: 'a report of the city council' may be about it", () => {
    expect(speakers("Water pumps never worked, a report of the city council said.")).toEqual([["Water pumps never worked", "report"]]);
  });
});

describe("a group written after 'by' wrote the document", () => {
  it("'a study by researchers at X', 'A report by Democrats on the committee'", () => {
    expect(speakers("Children who slept longer scored higher, according to a study by researchers at the University of Quill.")).toEqual([
      ["Children who slept longer scored higher", "researchers"],
    ]);
    expect(speakers("A report by Democrats on the committee said the plan was reckless.")).toEqual([["the plan was reckless", "Democrats"]]);
  });
});

describe("a plaintiff files 'the complaint' or 'the lawsuit'", () => {
  it("names 'The lawsuit' after the subject of 'sued' in the sentence before", () => {
    const text = "The Quill Party sued the county on Friday. The lawsuit alleges that the county broke the law.";
    expect(speakers(text)).toEqual([["the county broke the law", "Quill Party"]]);
  });

  it("not after a passive ('was sued by') nor the last name of a coordinated subject", () => {
    expect(speakers("The county was sued by the Quill Party on Friday. The lawsuit alleges that the county broke the law.")).toEqual([
      ["the county broke the law", "lawsuit"],
    ]);
    expect(speakers("The Quill Party and the campaigns of Ann Lee and Tom Reyes will sue the county. The lawsuit alleges that the county broke the law.")).toEqual([
      ["the county broke the law", "lawsuit"],
    ]);
  });
});

describe("a broadcaster's call letters with a suffix", () => {
  it("'a WMBK-TV poll' is the station's, though 'TV' alone names no one", () => {
    expect(speakers("The race is close, according to a WMBK-TV poll released last week.")).toEqual([["The race is close", "WMBK-TV"]]);
  });
});

describe("a definite document takes up the issuer of the report it refers to (names47)", () => {
  it("passes over a bare mention of the same document quoted in between: 'our report' ... 'the report'", () => {
    const text =
      "Two years ago, the Quill Harbor Council published a report on the silting of the bay. " +
      'One of its authors, Tom Reyes, said the dredging plan had failed. "The data back up our report," he said. ' +
      "The mayor did not answer questions about the bay on Tuesday. " +
      '"The harbor will close to large ships within a decade," the report stated.';
    const lines = speakers(text);
    expect(lines.find(([q]) => q.startsWith("The harbor will close"))?.[1]).toBe("Quill Harbor Council");
  });

  it("does not pass over a new document introduced bare: 'a report' ... 'the report'", () => {
    const text =
      "The Quill Harbor Council published a report on the silting of the bay. " +
      "Months later, a report on the dredging plan reached the mayor. " +
      '"The harbor will close to large ships within a decade," the report stated.';
    const lines = speakers(text);
    expect(lines.find(([q]) => q.startsWith("The harbor will close"))?.[1]).not.toBe("Quill Harbor Council");
  });
});

describe("a document with a name of its own speaks under that name (names47)", () => {
  it("'its yearly Harbor Traffic Survey ... The survey' is the survey, not its owner", () => {
    const text =
      "The Quill Port Authority mails its yearly Harbor Traffic Survey to every shipping firm. " +
      'The survey asks whether a firm "expects to add vessels next year."';
    const lines = speakers(text);
    expect(lines.find(([q]) => q.startsWith("expects to add"))?.[1]).toBe("Harbor Traffic Survey");
  });
});

describe("an issuer written after 'by' with an adjective before its name", () => {
  it("'a 2009 report by the progressive Quill Institute for Tax and Policy Research found' is the institute's", () => {
    const text = "That may be low. A 2009 report by the progressive Quill Institute for Tax and Policy Research found that a small levy would raise $20 billion.";
    expect(speakers(text)).toEqual([["a small levy would raise $20 billion", "Quill Institute for Tax and Policy Research"]]);
  });
});
