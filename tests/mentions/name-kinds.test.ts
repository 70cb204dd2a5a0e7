import { describe, expect, it } from "vitest";
import { speakerLines as speakers } from "./speaker-lines";
import { buildDocument } from "../../src/document";
import { detectMentions } from "../../src/mentions/detect/index";

// What kind of thing a name names. An institution's name written with "of" ("the Ministry of
// Public Works") is one name, an organisation's, and the speaker's; titles written the same way
// stay titles. A company's words make an organisation; a time's name ("New Year") names no one.

describe("an institution's name written with 'of'", () => {
  it("is one name, not a description and a second name", () => {
    expect(speakers("The Ministry of Public Works said three roads had collapsed. The Bank of England said rates would stay.")).toEqual([
      "three roads had collapsed -> Ministry of Public Works via Ministry of Public Works",
      "rates would stay -> Bank of England via Bank of England",
    ]);
  });

  it("takes in 'the' after 'of'", () => {
    expect(speakers("The University of the West Indies said classes would resume.")).toEqual([
      "classes would resume -> University of the West Indies via University of the West Indies",
    ]);
  });

  it("leaves titles written with 'of' before a name as titles", () => {
    expect(speakers("Secretary of State Ann Kole said the talks had failed.")).toEqual([
      "the talks had failed -> Ann Kole via Ann Kole",
    ]);
  });

  it("is what a later description by its head word refers to", () => {
    expect(speakers("The hearing ran late. The Illinois Board of Elections met on Monday. The board said the petition was valid.")).toEqual([
      "the petition was valid -> Illinois Board of Elections via The board",
    ]);
  });

  it("is named after a place's possessive: the body speaks, not the place", () => {
    expect(speakers("Two insurers will stop writing policies, Colorado's Office of Insurance Oversight said Wednesday.")).toEqual([
      "Two insurers will stop writing policies -> Office of Insurance Oversight via Office of Insurance Oversight",
    ]);
    expect(speakers("Exports fell in May, Kenya's Ministry of Commerce said.")).toEqual([
      "Exports fell in May -> Ministry of Commerce via Ministry of Commerce",
    ]);
  });

  it("is no 'who': the person named before the appositions is", () => {
    expect(speakers("Ann Kole, a professor of law at the University of Cape Town, who has studied the case, said the ruling was sound.")).toEqual([
      "the ruling was sound -> Ann Kole via Ann Kole",
    ]);
    expect(speakers("\"It is a crash,\" said Tom Reyes, a professor at the University of Leeds in England, who likened the race to a storm.")).toEqual([
      "It is a crash -> Tom Reyes via Tom Reyes",
      "the race to a storm -> Tom Reyes via who",
    ]);
  });
});

describe("an institution's name written with 'for', or after lower-case descriptors", () => {
  it("is the name alone: 'the liberal Center for Civic Progress', 'the nonpartisan Western Risk Institute'", () => {
    expect(speakers("The liberal Center for Civic Progress said rates were high. The Office for Harbour Statistics said prices rose.")).toEqual([
      "rates were high -> Center for Civic Progress via Center for Civic Progress",
      "prices rose -> Office for Harbour Statistics via Office for Harbour Statistics",
    ]);
    expect(speakers("A report released in May by the nonpartisan Western Risk Institute found that premiums had doubled.")).toEqual([
      "premiums had doubled -> Western Risk Institute via A report",
    ]);
  });

  it("is what 'which' after an apposition stands for: 'the Centre for Retirement Policy, a think tank, which said'", () => {
    expect(speakers("The claim cited a report by the Centre for Retirement Policy, a think tank, which said the age might rise to 70.")).toEqual([
      "a report by the Centre for Retirement Policy, a think tank -> claim via The claim",
      "the age might rise to 70 -> Centre for Retirement Policy via which",
    ]);
  });
});

describe("words that make a company's name", () => {
  it("make it an organisation, which 'he' does not refer to", () => {
    expect(speakers("Starwave Entertainment said the singer would rest. \"I need time,\" he said.")).toEqual([
      "the singer would rest -> Starwave Entertainment via Starwave Entertainment",
      "I need time -> he via he",
    ]);
  });
});

describe("a business named by its words or its title", () => {
  it("is what 'the company' refers to", () => {
    expect(speakers("Brightwater Foods will close its plant in May. The company said demand had fallen.")).toEqual([
      "demand had fallen -> Brightwater Foods via The company",
    ]);
    expect(speakers("Cloud provider Nimbusreach apologised on Monday. The company said the outage lasted four hours.")).toEqual([
      "the outage lasted four hours -> Nimbusreach via The company",
    ]);
  });
});

describe("a role noun the tagger reads as an adjective", () => {
  it("heads its phrase where it ends it: 'the village chief, Kofi Adou,' ... 'The chief said'", () => {
    expect(speakers("Farmers met the village chief, Kofi Adou, on Monday. The chief said the premium was too low.")).toEqual([
      "the premium was too low -> Kofi Adou via The chief",
    ]);
  });
});

describe("a name of a time", () => {
  it("is no one a pronoun refers to: 'New Year', 'Election Day'", () => {
    expect(speakers("Workers were sent home before the New Year holiday. She said the wages had been paid late.")).toEqual([
      "the wages had been paid late -> She via She",
    ]);
    expect(speakers("Polls open early on Election Day. He said the lines would be long.")).toEqual([
      "the lines would be long -> He via He",
    ]);
  });
});

describe("a name opened by a saint's abbreviation", () => {
  it("is a place, not a person: 'St Kilda', 'St. Ouen'; after an honorific it is a person", () => {
    const categoryOf = (text: string, name: string) => detectMentions(buildDocument(text), []).find((m) => m.text === name)?.category;
    expect(categoryOf("The ferry from St Kilda sailed late.", "St Kilda")).toBe("place");
    expect(categoryOf("Sandbags were filled in St. Ouen on Monday.", "St. Ouen")).toBe("place");
    expect(categoryOf("Ms St John said the ferry sailed late.", "St John")).toBe("person");
  });
});

describe("a body's name joined by 'and'", () => {
  it("is one name after an institution's 'of' ('the Department of Wellness and Human Care') or as 'X and Y Commission'", () => {
    const text =
      "Premiums will rise, the Department of Wellness and Human Care said on Monday. The Bureau of Ports and Harbours said the pier was shut. The Fish and Game Commission said the lake was closed.";
    expect(speakers(text)).toEqual([
      "Premiums will rise -> Department of Wellness and Human Care via Department of Wellness and Human Care",
      "the pier was shut -> Bureau of Ports and Harbours via Bureau of Ports and Harbours",
      "the lake was closed -> Fish and Game Commission via Fish and Game Commission",
    ]);
  });

  it("not over an acronym, a title or a first name, nor between two bodies", () => {
    expect(speakers("The Office of Mines and FBI Director Ann Lee said the case was closed.")).toEqual(["the case was closed -> Ann Lee via Ann Lee"]);
    expect(speakers("The House and Senate passed the bill, and the Senate said it would sign.")).toEqual(["the bill -> Senate via Senate", "it would sign -> Senate via Senate"]);
  });
});
