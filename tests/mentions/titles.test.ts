/**
 * Titles in any newsroom's style, split from the name they stand before (the second multi-style
 * set's shapes). Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { detectMentions } from "../../src/mentions/detect";
import { extractQuotes } from "../../src/index";
import { speakerLines as speakers } from "./speaker-lines";

describe("acronym titles", () => {
  it("an acronym written as a person's title before the name is that person after \u201cthe\u201d", () => {
    expect(speakers("Kibera MCA John Otieno said he would oppose the bill. \u201cIt is wrong,\u201d said the MCA.")).toEqual([
      "he would oppose the bill -> John Otieno via John Otieno",
      "It is wrong -> John Otieno via the MCA",
    ]);
  });

  it("capitals before the surname of someone named in full are their title (\u201cCS Warsame\u201d); not a broadcaster's name or a label in capitals", () => {
    expect(speakers("Cabinet Secretary Peter Kamau Mwangi said funds were sent. \u201cCounties must account for it,\u201d CS Mwangi told journalists.")).toEqual([
      "funds were sent -> Peter Kamau Mwangi via Peter Kamau Mwangi",
      "Counties must account for it -> Peter Kamau Mwangi via Mwangi",
    ]);
    expect(speakers('Teresa Ochoa runs the farm. "The river rose," said JUAN OCHOA.')).toEqual(["The river rose -> JUAN OCHOA via JUAN OCHOA"]);
  });

  it("an acronym in apposition to a name (\u201cX, the MCA for Y,\u201d) is a title too", () => {
    expect(speakers("Peter Mwangi, the MCA for Kibera, was angry. \u201cThey were never asked,\u201d the MCA said.")).toEqual([
      "They were never asked -> Peter Mwangi via the MCA",
    ]);
  });

  it("an organisation's acronym before a title (\u201cDNC Chairwoman\u201d) stays an organisation", () => {
    expect(speakers("DNC Chairwoman Rita Vale praised the plan. The DNC said it would pay for the ads.")).toEqual([
      "the plan -> Rita Vale via Rita Vale",
      "it would pay for the ads -> DNC via DNC",
    ]);
  });
});

describe("a capitalised role no list knows, written alone after \u201cthe\u201d elsewhere", () => {
  it("is a title before the name (\u201cTaoiseach X ... the Taoiseach replied\u201d), not part of it, and the description is that person", () => {
    expect(speakers("Taoiseach Ciar\u00e1n \u00d3 Briain told the chamber that the target would be met. \u2018It will be met,\u2019 the Taoiseach replied.")).toEqual([
      "the target would be met -> Ciar\u00e1n \u00d3 Briain via Ciar\u00e1n \u00d3 Briain",
      "It will be met -> Ciar\u00e1n \u00d3 Briain via the Taoiseach",
    ]);
  });

  it("is a title after its portfolio too (\u201cEducation Kalon X ... the Kalon told\u201d), but not inside a body's name (\u201cthe Board ruled\u201d)", () => {
    expect(
      speakers(
        "Education Kalon Dhondup Wangmo said the boarders would move to the larger school. A parent, Tenzin Norbu, said families were worried. " +
          "\u201cOur families are scattered,\u201d the Kalon told the paper.",
      ),
    ).toEqual([
      "the boarders would move to the larger school -> Dhondup Wangmo via Dhondup Wangmo",
      "families were worried -> Tenzin Norbu via Tenzin Norbu",
      "Our families are scattered -> Dhondup Wangmo via the Kalon",
    ]);
    // The body's name stays whole: no name "of Elections" is read after a role "Board".
    expect(speakers("The Illinois Board of Elections met on Monday. The Board ruled that the name could stay. The Illinois Board of Elections said so.").join(" ")).not.toContain("-> of Elections");
  });
});

describe("a capitalised title the article writes before a person's name, taken up alone after \u201cthe\u201d and set off", () => {
  it("\u201cIgwe Benedict Obi ... The Igwe, speaking at his palace, said\u201d: a title, not a name's word, and the description is that person", () => {
    expect(
      speakers(
        "The festival will hold on August 20, the traditional ruler of the town, Igwe Benedict Obi, said on Tuesday. " +
          "The Igwe, speaking at his palace, said the date had been fixed by the priest.",
      ),
    ).toEqual([
      "The festival will hold on August 20 -> Benedict Obi via the traditional ruler",
      "the date had been fixed by the priest -> Benedict Obi via The Igwe",
    ]);
  });
});

describe("a capitalised role after \u201cthe\u201d set off before a name", () => {
  it("is that name's title (\u201cthe Tánaiste, X, said\u201d), also after an opening phrase naming a station with \u201cna\u201d; not a preposition's object", () => {
    expect(speakers("Speaking on Raidi\u00f3 na Gaeltachta, the T\u00e1naiste, Siobh\u00e1n Ní Bhriain, said the figures would be published.")).toEqual([
      "the figures would be published -> Siobh\u00e1n N\u00ed Bhriain via Siobh\u00e1n N\u00ed Bhriain",
    ]);
    expect(speakers("Councillor for the Hill Cross Division, Everton Blake, said no truck had come.")).toEqual([
      "no truck had come -> Everton Blake via Everton Blake",
    ]);
  });

  it("also after an owner (\u201cthe church's General Overseer, Pastor X,\u201d), where a title word of the name's own stays its title", () => {
    expect(speakers("The church's General Overseer, Pastor Emeka Obi, said the vigil would go on.")).toEqual([
      "the vigil would go on -> Emeka Obi via Emeka Obi",
    ]);
    expect(speakers("The Ferry Workers Union gave the board a week. Its President, Comrade Aisha Sule, said the strike would go on.")).toEqual([
      "the strike would go on -> Aisha Sule via Its President",
    ]);
  });

  it("a past form after a quotation's comma is the cue, not part of the title (\u201cfumed owner X\u201d)", () => {
    const [quote] = extractQuotes('"He never leaves," fumed owner Nasser Obeid, 58.').quotes;
    expect([quote?.speaker?.name, quote?.speaker?.title]).toEqual(["Nasser Obeid", "owner"]);
  });
});

describe("offices in words no list knows", () => {
  it("\u201cMember for Mobility Wanjiru Kamau\u201d: the unknown portfolio is part of the title, not the name", () => {
    expect(speakers("County Executive Member for Mobility Achieng Wairimu defended the ban. \u201cNobody is being thrown out,\u201d Ms Wairimu said.")).toEqual([
      "the ban -> Achieng Wairimu via Achieng Wairimu",
      "Nobody is being thrown out -> Achieng Wairimu via Wairimu",
    ]);
  });

  it("\u201cthe Member for Christ Church East\u201d holds a seat: the run after it is the seat's name, no person's", () => {
    expect(speakers("The Member for St Andrew North, Ms Carla Griffith, said the rise was unfair.")).toEqual([
      "the rise was unfair -> Carla Griffith via The Member",
    ]);
    expect(speakers("Fares will rise, the Member for Christ Church West told the House.")).toEqual([
      "Fares will rise -> Member via the Member",
    ]);
  });

  it("a known portfolio before a three-word name keeps the whole name", () => {
    expect(speakers("Minister for Health Áine Ní Bhriain said the plan was sound.")).toEqual([
      "the plan was sound -> Áine Ní Bhriain via Áine Ní Bhriain",
    ]);
  });

  it("a title inside the run after \u201cof\u201d is no office (\u201ca critic of President Obama\u201d)", () => {
    const input = "A critic of President Obama said the deal was weak.";
    const obama = detectMentions(buildDocument(input)).find((m) => m.text === "Obama");
    expect([obama?.title, input.slice(obama?.extentStart, obama?.extentEnd)]).toEqual(["President", "President Obama"]);
  });
});

describe("a description before a title written into the name", () => {
  it("\u201cretired Army Lt. Gen. Tom Baxter\u201d: the description's head opens the name's title", () => {
    expect(speakers("\u201cThe plan failed,\u201d said retired Army Lt. Gen. Tom Baxter, who led the unit.")).toEqual([
      "The plan failed -> Tom Baxter via Tom Baxter",
    ]);
  });

  it("\u201cAir Force 1st Lt. Tom Baxter\u201d: an ordinal before the rank goes on with the title", () => {
    const input = "\u201cI was hoping for more,\u201d said Air Force 1st Lt. Tom Baxter. Navy 2nd Lt. Ray Dukes agreed.";
    const mentions = detectMentions(buildDocument(input));
    expect(mentions.filter((m) => m.kind === "name").map((m) => [m.text, m.title])).toEqual([
      ["Tom Baxter", "Air Force 1st Lt."],
      ["Ray Dukes", "Navy 2nd Lt."],
    ]);
    expect(speakers(input)).toEqual(["I was hoping for more -> Tom Baxter via Tom Baxter"]);
  });

  it("\u201cOversight ranking Democrat Tom Baxter\u201d: a committee's ranking member goes on with the title, the committee is no person", () => {
    const input = "\u201cThey have run out of ideas,\u201d said Oversight ranking Democrat Tom Baxter (D-Ore.). Judiciary ranking Republican Ray Dukes agreed.";
    const mentions = detectMentions(buildDocument(input));
    expect(mentions.filter((m) => m.kind === "name").map((m) => [m.text, m.title])).toEqual([
      ["Tom Baxter", "Oversight ranking Democrat"],
      ["Ray Dukes", "Judiciary ranking Republican"],
    ]);
    expect(speakers(input)).toEqual(["They have run out of ideas -> Tom Baxter via Tom Baxter"]);
  });

  it("\u201cNavy spokesman Navy Capt. Jim Dole\u201d: the description and the title are one title", () => {
    const input = "\u201cWe are fine,\u201d Navy spokesman Navy Capt. Jim Dole said.";
    const dole = detectMentions(buildDocument(input)).find((m) => m.text === "Jim Dole");
    expect(dole?.title).toBe("Navy spokesman Navy Capt.");
    expect(speakers(input)).toEqual(["We are fine -> Jim Dole via Jim Dole"]);
  });
});

describe("titles of respect and everyday roles at a sentence's start", () => {
  it("honorifics of other newsrooms are titles, not first names (\u201cAlhaji\u201d, \u201cGogo\u201d, \u201cKaumātua\u201d)", () => {
    expect(speakers("Alhaji Sani Garba, 64, said the price had doubled. Gogo Lindiwe Zulu, 81, said she queued all night. Kaumātua Hone Rata, 79, told reporters the spring was sacred.")).toEqual([
      "the price had doubled -> Sani Garba via Sani Garba",
      "she queued all night -> Lindiwe Zulu via Lindiwe Zulu",
      "the spring was sacred -> Hone Rata via Hone Rata",
    ]);
  });

  it("a vox-pop role word before a name at a sentence's start is a title (\u201cRetiree Ravi ...\u201d)", () => {
    expect(speakers("Retiree Anand Pillai, 70, who eats there daily, said: \u201cThe place is too cold now.\u201d")).toEqual([
      "The place is too cold now. -> Anand Pillai via Anand Pillai",
    ]);
  });
});

describe("numbers inside place names", () => {
  it("\u201cGate 5 Market\u201d is one place, so the apposition's name speaks, not \u201cMarket\u201d", () => {
    expect(speakers("A vegetable seller at Gate 5 Market, Mrs Bisi Adebayo, said the levy was madness.")).toEqual([
      "the levy was madness -> Bisi Adebayo via Bisi Adebayo",
    ]);
  });

  it("a score between two teams joins no names (\u201cRovers 2 Ashfield City 2\u201d)", () => {
    const names = detectMentions(buildDocument("Castlebridge Rovers 2 Ashfield City 2 was the score on Sunday.")).filter((m) => m.kind === "name");
    expect(names.map((m) => m.text)).toEqual(["Castlebridge Rovers", "Ashfield City"]);
  });
});

describe("names joined by a slash", () => {
  it("two organisations joined by a slash are one issuer (\u201cCNN/ORC\u201d), two people stay apart", () => {
    expect(speakers("A CNN/ORC poll of Ohio released on Tuesday showed Ms. Vale with a 16-point lead.")).toEqual([
      "Ms. Vale with a 16-point lead -> CNN/ORC via CNN/ORC",
    ]);
    const names = detectMentions(buildDocument("The Lund/Vale ticket was announced on Friday.")).filter((m) => m.kind === "name");
    expect(names.map((m) => m.text)).toEqual(["Lund", "Vale"]);
  });
});

describe("a nationality epithet after a paragraph's quotation", () => {
  it("a closing straight mark three sentences back does not put the next paragraph's name inside a quotation", () => {
    const input = [
      "United boss Rui Costa was angry. \"I asked him and he said to me, 'I did not see it.' How can you not see it? Everybody saw it,\" the Portuguese said.",
      "He was kinder about his players.",
      "Town's striker Goran Ilic scored twice. \"My wife told me, 'Score one for him.' So I scored two,\" the Serbian said.",
    ].join("\n\n");
    expect(speakers(input).filter((line) => line.includes("the Serbian"))).toEqual([
      "My wife told me, 'Score one for him.' So I scored two -> Goran Ilic via the Serbian",
    ]);
  });
});

describe("everyday roles and measures", () => {
  it("an everyday role noun heads a description that speaks (\u201cA paramedic, who ...\u201d)", () => {
    expect(speakers("A paramedic, who asked not to be named, told the radio station: \u201cSome nights we do one job.\u201d")).toEqual([
      "Some nights we do one job. -> paramedic via A paramedic",
    ]);
  });

  it("a noun owned by a unit of time is an amount, not an organisation (\u201c20 years\u2019 service\u201d)", () => {
    const mentions = detectMentions(buildDocument("A nurse with 20 years\u2019 service and a day's leave left."));
    expect(mentions.filter((m) => m.kind === "description").map((m) => m.text)).toEqual(["A nurse"]);
  });
});

describe("a title written before an honorific (names30)", () => {
  it("is the name's title: \u201cPublic Works Minister Shri Arun Dasgupta\u201d, \u201cHealth Minister Mr Tom Lee\u201d", () => {
    const titleOf = (text: string) => extractQuotes(text).quotes[0]?.speaker?.title;
    expect(titleOf("Public Works Minister Shri Arun Dasgupta said the bridge would open in 2027.")).toBe("Public Works Minister");
    expect(titleOf("Health Minister Mr Tom Lee said the plan would work.")).toBe("Health Minister");
    // A sentence's capitalised article is no part of it; an honorific alone gives no title.
    expect(titleOf("The Minister Mr Tom Lee said the plan would work.")).toBe("Minister");
    expect(titleOf("Yesterday Mr Tom Lee said the plan would work.")).toBeUndefined();
  });

  it("so a headline's bare \u201cMinister\u201d is the minister the lede names", () => {
    const text = 'Bridge will "change the face" of the valley, says Minister\n\nRIVERTON: Public Works Minister Shri Arun Dasgupta on Monday said the bridge would open in 2027.';
    expect(speakers(text)).toEqual([
      "change the face -> Arun Dasgupta via Minister",
      "the bridge would open in 2027 -> Arun Dasgupta via Arun Dasgupta",
    ]);
  });
});

describe("local offices as titles", () => {
  it("a school board's trustee, a councilman, an alderman or an assemblywoman before the name is a title, also before a first name that is a common word ('Bill')", () => {
    expect(speakers("Trustee Bill Hask argued that waiting would cost more. \u201cEvery month counts,\u201d Hask said.")).toEqual([
      "waiting would cost more -> Bill Hask via Bill Hask",
      "Every month counts -> Bill Hask via Hask",
    ]);
    expect(speakers("Alderman Rose Kettering said the ward would vote against it.")).toEqual(["the ward would vote against it -> Rose Kettering via Rose Kettering"]);
  });
});

describe("a title before a surname two people share", () => {
  it("'Mayor Hoffmann' is the Hoffmann the article titled mayor, in an apposition after 'of' and a place, not the last Hoffmann named", () => {
    const text =
      "The mayor of Brillange, Marie Hoffmann, said cars crossed the town. The director, Jean Hoffmann, said buses were late. " +
      "\u201cWe wait,\u201d Hoffmann said. Mayor Hoffmann said she would write to the minister.";
    expect(speakers(text)).toEqual([
      "cars crossed the town -> Marie Hoffmann via Marie Hoffmann",
      "buses were late -> Jean Hoffmann via Jean Hoffmann",
      "We wait -> Jean Hoffmann via Hoffmann",
      "she would write to the minister -> Marie Hoffmann via Hoffmann",
    ]);
  });

  it("a role the article writes in lower case after 'the' before an apposition is a title when capitalised before the surname ('the bourgmestre of Brillange, X,' ... 'Bourgmestre Hoffmann')", () => {
    const text =
      "The bourgmestre of Brillange, Marie Hoffmann, said cars crossed the town. The director, Jean Hoffmann, said buses were late. " +
      "Bourgmestre Hoffmann said she would write to the minister.";
    expect(speakers(text)).toEqual([
      "cars crossed the town -> Marie Hoffmann via Marie Hoffmann",
      "buses were late -> Jean Hoffmann via Jean Hoffmann",
      "she would write to the minister -> Marie Hoffmann via Hoffmann",
    ]);
  });
});

describe("an office held, given by a relative clause's verb", () => {
  it("'X, who chairs the association,' is the association's chairman, also after a title of respect", () => {
    const text =
      "Ntate Lebo Mokoena, who chairs the growers' association, said the wool was wet. \u201cWe lost money,\u201d Ntate Mokoena said. " +
      "Thabo Letsie, a district officer, said the state would pay. The association's chairman said members would work two days.";
    expect(speakers(text)).toEqual([
      "the wool was wet -> Lebo Mokoena via Lebo Mokoena",
      "We lost money -> Lebo Mokoena via Mokoena",
      "the state would pay -> Thabo Letsie via Thabo Letsie",
      "members would work two days -> Lebo Mokoena via The association's chairman",
    ]);
  });
});
