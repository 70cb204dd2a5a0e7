import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";
import { entityNameOf, speakerLines } from "./speaker-lines";
import { buildDocument } from "../../src/document";
import { beforeGloss, pastGloss } from "../../src/mentions/role-gloss";

describe("a definite role description to the person the text is about", () => {
  it("takes the senator the nearest sentences are about, not the one titled senator last", () => {
    const text =
      'Sen. Ann Lee spoke first. Sen. Ruth Vale of Ohio backs the plan, and Lee and Vale met on Monday. Vale said the bill would pass. The vote is set for May.\n\nLee defends her record in an ad running on local TV: "I fought for every family in this state," the senator says.';
    expect(entityNameOf(text, "the senator")).toBe("Ann Lee");
    expect(speakerLines(text)).toEqual([
      // "backs" (tagged a noun) is a verb after a name: Vale's stance, its noun phrase running on past
      // ", and" as it does after a verb-tagged "endorsed".
      "the plan, and Lee and Vale met on Monday -> Ruth Vale via Ruth Vale",
      "the bill would pass -> Ruth Vale via Vale",
      // The clause before the colon: the quotation after it has its own attribution ("the senator says").
      "her record in an ad running on local TV -> Ann Lee via Lee",
      "I fought for every family in this state -> Ann Lee via the senator",
    ]);
  });

  it("is never the subject of the main clause it hangs on, but may be the subject of a clause before it", () => {
    const bound = "Tom Hale met donors in Ohio. Ann Lee spoke in Iowa. On Monday, Tom Hale took on Ann Lee after the billionaire had said that he was unfit.";
    expect(entityNameOf(bound, "the billionaire")).toBe("Ann Lee");
    const free = "Tom Hale met donors in Ohio. When the host said that Hale had not answered, the candidate said that families sue.";
    expect(entityNameOf(free, "the candidate")).toBe("Tom Hale");
  });

  it("takes the one person the sentence before names for the first time, over the article's main figure", () => {
    const text =
      "Tom Reyes lost the state on Tuesday. Reyes spoke in Ames. Reyes spoke in Boone. As the count went on, his supporters saw a culprit in Ann Lee. The secretary of state, a longtime ally of the mayor, went on TV to declare the mayor the winner.";
    expect(entityNameOf(text, "The secretary")).toBe("Ann Lee");
  });

  it("takes the person whose title shares the epithet's capitalised word over the one named most", () => {
    const text =
      'Republican contender Tom Hale met Russian President Ivan Orlov on Monday. Orlov thanked him. Orlov spoke for an hour. "We will talk again," Hale told reporters.\n\nThe Republican presidential nominee for the November election later said he was joking.';
    expect(entityNameOf(text, "The Republican presidential nominee")).toBe("Tom Hale");
    expect(speakerLines(text)).toEqual([
      "We will talk again -> Tom Hale via Hale",
      "he was joking -> Tom Hale via The Republican presidential nominee",
    ]);
  });
});

describe("roles of a courtroom", () => {
  it("takes \u201cthe witness\u201d for the person the court story is about", () => {
    const text = 'Thabo Nkosi, the supply chain manager, told the court that he had been offered a car. "He said he would help me," the witness said.';
    expect(speakerLines(text)).toEqual([
      "he had been offered a car -> Thabo Nkosi via Thabo Nkosi",
      "He said he would help me -> Thabo Nkosi via the witness",
    ]);
  });
});

describe("a role no list knows, given in apposition", () => {
  it("heads a description where \u201cthe\u201d takes it up: \u201cDean Hale, a former postman, ... the former postman said\u201d", () => {
    const text = 'The winner, Dean Hale, a former postman, was in a buoyant mood. Ann Lee came second. "We had no councillors a year ago," the former postman said.';
    expect(speakerLines(text)).toEqual(["We had no councillors a year ago -> Dean Hale via the former postman"]);
    expect(extractQuotes(text).quotes[0]!.speaker?.title).toBe("former postman");
  });

  it("or where the apposition says where the role is held: \u201ca volcanologist at the centre\u201d", () => {
    const text = 'Rita Sari, a volcanologist at the centre, said the dome was growing. Tom Hale, 60, farms below it. "It could collapse within weeks," the volcanologist said.';
    expect(speakerLines(text)).toEqual([
      "the dome was growing -> Rita Sari via Rita Sari",
      "It could collapse within weeks -> Rita Sari via the volcanologist",
    ]);
  });
});

describe("a role no list knows, given in a definite apposition or before a name set off by commas (names30)", () => {
  it("takes up \u201cthe akim\u201d after \u201cDana Orlova, the akim of the region,\u201d", () => {
    const text = 'Dana Orlova, the akim of the region, said 900 people had worked on the line. Tom Hale, 60, farms beside it. "We built it in three winters," the akim said.';
    expect(speakerLines(text)).toEqual([
      "900 people had worked on the line -> Dana Orlova via Dana Orlova",
      "We built it in three winters -> Dana Orlova via the akim",
    ]);
  });

  it("and \u201cthe mukhtar\u201d after \u201cThe village's mukhtar, Dr. Omer Tekin,\u201d, past an honorific", () => {
    const text = 'The village\'s mukhtar, Dr. Omer Tekin, said the gate would open in May. Tom Hale, 60, farms beside it. "We will sit at one table," the mukhtar said.';
    expect(speakerLines(text)).toEqual([
      "the gate would open in May -> Omer Tekin via The village's mukhtar",
      "We will sit at one table -> Omer Tekin via the mukhtar",
    ]);
  });

  it("and \u201cthe kj\u00f8pmann\u201d, a word in lower case the tagger calls a proper noun, after \u201cThe kj\u00f8pmann, Sigrid R\u00f8nning,\u201d", () => {
    const text = "The ferry stopped on Monday. The kj\u00f8pmann, Sigrid R\u00f8nning, says the court will sit in the school. The kj\u00f8pmann told the paper that she had asked for a new hall.";
    expect(speakerLines(text)).toEqual([
      "the court will sit in the school -> Sigrid R\u00f8nning via Sigrid R\u00f8nning",
      "she had asked for a new hall -> Sigrid R\u00f8nning via The kj\u00f8pmann",
    ]);
  });

  it("and \u201cthe griot\u201d after \u201cSory Kante, a griot whose family ...\u201d", () => {
    const text = 'Sory Kante, a griot whose family has sung at the market for decades, spoke to the traders. "A market is its people," the griot said.';
    expect(speakerLines(text)).toEqual(["A market is its people -> Sory Kante via the griot"]);
  });

  it("and \u201cthe akim\u201d after \u201cThe akim of the Kara region, Dana Orlova,\u201d", () => {
    const text = 'The akim of the Kara region, Dana Orlova, said 900 people had worked on the line. Tom Hale, 60, farms beside it. "We built it in three winters," the akim said.';
    expect(speakerLines(text).at(-1)).toBe("We built it in three winters -> Dana Orlova via the akim");
  });

  it("and \u201cthe mukhtar\u201d after \u201cOmer Tekin is the mukhtar of the village\u201d, not \u201cthe problem\u201d after \u201cLee is the problem.\u201d", () => {
    const text = 'Omer Tekin is the mukhtar of the village. Tom Hale, 60, farms beside it. "We will sit at one table," the mukhtar said.';
    expect(speakerLines(text)).toEqual(["We will sit at one table -> Omer Tekin via the mukhtar"]);
    const problem = 'Ann Lee is the problem. Tom Hale, 60, farms beside it. "We will sit at one table," the problem said.';
    expect(speakerLines(problem)).not.toContain("We will sit at one table -> Ann Lee via the problem");
  });

  it("learns no role from a pair's apposition or a prepositional phrase before a name", () => {
    const text = 'Ann Lee and Tom Hale, the founders of the firm, met in May. In the village, Rita Sari said the well was dry. "It is dry," the village said.';
    expect(entityNameOf(text, "the founders")).not.toBe("Tom Hale");
    expect(speakerLines(text).at(-1)).not.toContain("Rita Sari");
  });
});

describe("a role description after \u201cis\u201d or \u201cwas\u201d with a person's name as subject (names30)", () => {
  it("is that person: \u201cTom Ward is the mayor of the town ... the mayor said\u201d", () => {
    const text = 'Tom Ward is the mayor of the town. Ann Lee, 60, farms beside the river. "We built the bridge," the mayor said.';
    expect(speakerLines(text)).toEqual(["We built the bridge -> Tom Ward via the mayor"]);
  });

  it("also through \u201cwho\u201d: \u201cTom Ward, who was the mayor until May,\u201d", () => {
    const text = 'Tom Ward, who was the mayor until May, opened the fair. Ann Lee, 60, farms beside the river. "We built the bridge," the mayor said.';
    expect(speakerLines(text)).toEqual(["We built the bridge -> Tom Ward via the mayor"]);
  });

  it("not after \u201cis not\u201d", () => {
    const text = 'Tom Ward is not the mayor of the town. "We built the bridge," the mayor said.';
    expect(speakerLines(text)).toEqual(["We built the bridge -> mayor via the mayor"]);
  });
});

describe("a role no list knows, written before a name as its title", () => {
  it("heads a description where \u201cthe\u201d takes it up, past an honorific: \u201carea coroner Dr Rita Hale ... the coroner said\u201d", () => {
    const text = 'Area coroner Dr Rita Hale opened the inquest. Defence solicitor Tom Gill said his client was sorry. "He regrets it," the solicitor said. The coroner said the junction was dangerous.';
    expect(speakerLines(text)).toEqual([
      "his client was sorry -> Tom Gill via Tom Gill",
      "He regrets it -> Tom Gill via the solicitor",
      "the junction was dangerous -> Rita Hale via The coroner",
    ]);
  });
});

describe("a role description named right after it, past a parenthetical", () => {
  it("is the person named in apposition, with a party label after the name", () => {
    const text = "Cllr Ann Lee (Lib Dem, Eastgate) opposed the plan. The cabinet member for finance, Cllr Tom Hale (Con, Moorside), said the council faced a gap.";
    expect(speakerLines(text)).toEqual([
      "the plan -> Ann Lee via Ann Lee",
      "the council faced a gap -> Tom Hale via The cabinet member",
    ]);
    expect(entityNameOf("Our vice presidential nominee, Sen. Tom Hale (D-Va.), promised reform.", "Our vice presidential nominee")).toBe("Tom Hale");
  });
});

describe("a role description named in the next sentence", () => {
  it("is the person the next sentence names after the same head with \u201cthe\u201d", () => {
    const text = "A spokeswoman for the Ministry of Water said the plant met the limits. The spokeswoman, Reem al-Mansouri, added that a study was due.";
    expect(speakerLines(text)).toEqual([
      "the plant met the limits -> Reem al-Mansouri via A spokeswoman",
      "a study was due -> Reem al-Mansouri via Reem al-Mansouri",
    ]);
  });

  it("not when the next sentence names someone under another head, or names a person met before", () => {
    expect(entityNameOf("A spokeswoman for the ministry said the plant was safe. The engineer, Reem al-Mansouri, added that a study was due.", "A spokeswoman")).toBe("spokeswoman");
    expect(entityNameOf("Reem al-Mansouri runs the plant. A spokeswoman for the ministry said it was safe. The spokeswoman, Reem al-Mansouri, added that a study was due.", "A spokeswoman")).toBe("spokeswoman");
  });

  it("also after a quotation, for a definite description with a relative clause, a role word inside a longer phrase, and a title before the name", () => {
    const text = [
      'Farmers met on Monday. "The herd is sick," said a veterinary officer who attended the meeting. The officer, Dr. Lina Brandt, said a team would come.',
      '"The tank leaks," said the official who announced the repair. The official, municipal manager Oskar Pell, said work would start in May.',
      '"The slope moves," says a geologist who inspected the site. The geologist, Mira Sant of the county office, says the road stays shut.',
      '"Give it a roof," said a retired literature teacher leafing through a box of poems. The teacher, Ivo Darnel, 77, said he first came in 1961.',
    ].join("\n\n");
    const direct = extractQuotes(text).quotes.filter((q) => q.type === "direct").map((q) => q.speaker?.name);
    expect(direct).toEqual(["Lina Brandt", "Oskar Pell", "Mira Sant", "Ivo Darnel"]);
  });

  it("any role for 'the man', and 'He was X' opening the next sentence; not an owner ('He was Tom Vale's neighbour')", () => {
    const text = [
      '"It is dry," said the man who prepared the surface. The curator, Mahen Perera, told reporters that it had not rained.',
      '"I remember the flood," said a member of the public who sat in the gallery. He was Jurat Edwin Lemprier, 84, a retired judge.',
      '"The dog bit me," said a man who lives on the corner. He was Tom Vale\'s neighbour.',
    ].join("\n\n");
    const direct = extractQuotes(text).quotes.filter((q) => q.type === "direct").map((q) => q.speaker?.name);
    expect(direct).toEqual(["Mahen Perera", "Edwin Lemprier", "man who lives"]);
  });

  it("not when a verb follows the name: the name speaks of the role's holder", () => {
    const text = '"The tank leaks," said the official who announced the repair. The official, Oskar Pell said, had been warned.';
    expect(extractQuotes(text).quotes.find((q) => q.type === "direct")?.speaker?.name).toBe("official");
  });
});

describe("a surname after a title", () => {
  it("joins the full name although the first-name list gives the word the other gender; an honorific's gender still counts", () => {
    const text = 'Richard Alba teaches in Corvale. "It is complex," Professor Alba said. Mrs. Lee met Tom Lee.';
    expect(entityNameOf(text, "Alba")).toBe("Richard Alba");
    expect(entityNameOf(text, "Lee")).toBe("Lee");
  });
});

describe("they for people named together", () => {
  it("goes on with the pair while they or one of them stays the subject, past the two sentences it reached", () => {
    const text =
      'The city council met on Monday. Ann Lee and Tom Reyes, teachers at the Corvale school, just published a book on reading. They compare schools in two countries. In the end, they make no call on which is better.\n\n"There are many differences," Lee told me.\n\nStill, they say the council should fund more teachers.';
    expect(speakerLines(text)).toEqual([
      "There are many differences -> Ann Lee via Lee",
      "the council should fund more teachers -> Ann Lee & Tom Reyes via they",
    ]);
  });
});

describe("his and her", () => {
  it("belong to the subject of the sentence before, not to the latest man named", () => {
    const text = "Ted Marsh lost Ohio to Tom Hale and Iowa to the state's governor, Ron Lund.\n\nBut his campaign still hopes to win delegates in the west.";
    expect(entityNameOf(text, "his campaign")).toBe("Marsh campaign");
  });
});

describe("a definite description whose noun gives a gender", () => {
  it("is no person the article names as of the other gender", () => {
    expect(speakerLines("Ann Lee spoke in Ames on Monday. The New York businessman said the plan would fail.")).toEqual([
      "the plan would fail -> New York businessman via The New York businessman",
    ]);
    expect(speakerLines("Tom Hale spoke in Ames on Monday. The former first lady said the plan would pass.")).toEqual([
      "the plan would pass -> lady via The former first lady",
    ]);
  });

  it("still goes on with a person of its gender", () => {
    expect(speakerLines("Tom Hale spoke in Ames on Monday. The New York businessman said the plan would fail.")).toEqual([
      "the plan would fail -> Tom Hale via The New York businessman",
    ]);
  });
});

describe("an epithet of a man or a woman", () => {
  it("\u201cthe old man\u201d is the man the article introduced, not a name of unknown gender, nor a new person with a relative clause", () => {
    expect(speakerLines('Tom Reyes, 72, walked for two days from Lake Hill. "My legs are finished," the old man said.')).toEqual([
      "My legs are finished -> Tom Reyes via the old man",
    ]);
    expect(speakerLines('Delia Hart, 72, walked from Lake Hill. The young woman who met her asked where she lived.')).toEqual([
      "where she lived -> woman via The young woman",
    ]);
  });

  it("a document that is the subject of an attribution after a comma is not by the sentence's subject", () => {
    expect(speakerLines("Lena Bell told police she was tired, a police report indicates.")).toEqual([
      "Lena Bell told police she was tired -> police report via a police report",
    ]);
  });
});

describe("a capitalised role written before a name as its title", () => {
  it("heads a description where \u201cthe\u201d takes it up as written: \u201cDistrict Collector Dr. S. Lakshmi Priya ... The Collector said\u201d", () => {
    expect(speakerLines("District Collector Dr. S. Lakshmi Priya inspected the tank on Thursday. The Collector said the work would be finished by October.")).toEqual([
      "the work would be finished by October -> S. Lakshmi Priya via The Collector",
    ]);
  });

  it("also with an honorific between the role and the name: \u201cDistrict Collector Tmt. R. Kalaivani ... the Collector said\u201d", () => {
    expect(
      speakerLines(
        "The tank will be repaired before the monsoon, District Collector Tmt. R. Kalaivani said on Monday. A sum had been sanctioned for the work. " +
          "\u201cThe tank will be ready,\u201d the Collector said.",
      ),
    ).toEqual([
      "The tank will be repaired before the monsoon -> R. Kalaivani via R. Kalaivani",
      "The tank will be ready -> R. Kalaivani via the Collector",
    ]);
  });
});

describe("a title's initials after \u201cthe\u201d", () => {
  it("are that titled person: \u201cDeputy Public Prosecutor Nur Aisyah Rahmat ... the DPP said\u201d", () => {
    expect(
      speakerLines(
        "An agent cheated six buyers, Deputy Public Prosecutor Nur Aisyah Rahmat told the court on Monday. Lawyer Tom Hall said his client regretted it. " +
          "\u201cThe accused preyed on buyers,\u201d the DPP said.",
      ),
    ).toEqual([
      "An agent cheated six buyers -> Nur Aisyah Rahmat via Nur Aisyah Rahmat",
      "his client regretted it -> Tom Hall via Tom Hall",
      "The accused preyed on buyers -> Nur Aisyah Rahmat via the DPP",
    ]);
  });
});

describe("a role no list knows, as the subject of a verb of saying (`the retired schoolteacher told`)", () => {
  it("is the one person the sentence before names, and a -man compound says it is a man", () => {
    expect(speakerLines('Longtime customer Rosa Delgado, 74, signed the petition. "We are not losing him," the retired schoolteacher told reporters.')).toEqual([
      "We are not losing him -> Rosa Delgado via the retired schoolteacher",
    ]);
    expect(speakerLines('Ms Nowak said her husband, Jan Wolski, would stay. "I will be unemployed," the foreman said.')).toEqual([
      "her husband, Jan Wolski, would stay -> Nowak via Nowak",
      "I will be unemployed -> Jan Wolski via the foreman",
    ]);
  });

  it("is no one when the sentence before names several people, and a programme's voice is never the person named", () => {
    expect(speakerLines('Ann Lee met Tom Hale and Ruth Vale. "Nobody would come to your aid," the investor said.')).toEqual([
      "Nobody would come to your aid -> investor via the investor",
    ]);
    expect(speakerLines('Tom Hale was asked about the police. "How do you bridge the divide?" the moderator said.')).toEqual([
      "How do you bridge the divide? -> moderator via the moderator",
    ]);
  });
});

describe("a description written as a title", () => {
  it("'the Prime Minister' is the person titled Prime Minister, not the Transport Minister named since, and the other way round", () => {
    const text =
      "Prime Minister Ken Abe said Monday that the state would help. Transport Minister Jiro Sato said the ministry would require new buses. " +
      "Asked whether other lines would follow, the Prime Minister said each case would be decided locally.";
    expect(speakerLines(text).slice(-1)).toEqual(["each case would be decided locally -> Ken Abe via the Prime Minister"]);
    const transport = "Transport Minister Jiro Sato spoke first. Prime Minister Ken Abe said the state would help. The Transport Minister said the buses were ready.";
    expect(speakerLines(transport).slice(-1)).toEqual(["the buses were ready -> Jiro Sato via The Transport Minister"]);
  });
});

describe("a role glossed by \u201c, or\u201d and a common noun before the name (names43)", () => {
  it("takes up \u201cthe werken\u201d after \u201cThe community's werken, or spokesman, Rodrigo Pailahue,\u201d", () => {
    const text =
      'The community\'s werken, or spokesman, Rodrigo Pailahue Marin, said the springs had dried up. "Our wells are empty," the werken said.\n\nThe werken added that the road would be blocked.';
    expect(speakerLines(text)).toEqual([
      "the springs had dried up -> Rodrigo Pailahue Marin via The community's werken",
      "Our wells are empty -> Rodrigo Pailahue Marin via the werken",
      "the road would be blocked -> Rodrigo Pailahue Marin via The werken",
    ]);
  });

  it("and the gloss itself: \u201cthe muhtar\u201d after \u201cThe street's elected headman, or muhtar, Cemal Tuncer,\u201d", () => {
    const text = 'Residents met on Sunday. The street\'s elected headman, or muhtar, Cemal Tuncer, said the market would stay open. "Nobody will close it," the muhtar said.';
    expect(speakerLines(text).at(-1)).toBe("Nobody will close it -> Cemal Tuncer via the muhtar");
  });

  it("reads as a gloss only \u201c, or\u201d and up to three lower-case nouns set off by commas, not \u201cor the deputy mayor\u201d", () => {
    const tokensOf = (text: string) => buildDocument(text).tokens;
    const at = (tokens: readonly { text: string }[], word: string) => tokens.findIndex((t) => t.text === word);
    const glossed = tokensOf("The community's werken, or spokesman, Rodrigo Pailahue, said it.");
    expect(pastGloss(glossed, at(glossed, "or"))).toBe(at(glossed, "Rodrigo"));
    expect(beforeGloss(glossed, at(glossed, "spokesman"))).toBe(at(glossed, "werken"));
    const second = tokensOf("The mayor, or the deputy mayor, Ann Lee, will sign it.");
    expect(pastGloss(second, at(second, "or"))).toBe(at(second, "or"));
    expect(beforeGloss(second, at(second, "mayor") + 5)).toBe(at(second, "mayor") + 5);
  });
});

describe("a body's role opening a sentence: \u201cIts manager said\u201d (names43)", () => {
  it("is the person the article has just named in that role", () => {
    const text =
      "Vento Norte's area manager, Patricio Lemunao, said the firm planted the trees in 1995. The villagers disagree. Its manager said the firm would pay for a study.";
    expect(speakerLines(text)).toEqual([
      "the firm planted the trees in 1995 -> Patricio Lemunao via Patricio Lemunao",
      "the firm would pay for a study -> Patricio Lemunao via Its manager",
    ]);
  });

  it("not inside a phrase, nor a holder named many sentences before", () => {
    const inside = "Tom Vale, Norte's chief executive, spoke first. For Ann Lee, one of Sur's founders and its chief executive, the deal was good.";
    expect(entityNameOf(inside, "its chief executive")).not.toBe("Tom Vale");
    const far =
      "Vento Norte's area manager, Patricio Lemunao, spoke first. The villagers disagree. They met twice. They wrote a letter. They went home. Its manager said the firm would pay.";
    expect(speakerLines(far).at(-1)).not.toContain("Patricio Lemunao");
  });
});

describe("a definite description whose words rule out someone the role was given to", () => {
  it("passes over that person even where a later mention gives them the role bare ('the nominee')", () => {
    const text =
      "Tom Hale, the Republican presidential nominee, spoke in Ohio. The nominee said taxes would fall.\n\nAnn Reyes spoke in Toledo on Monday. The Democratic presidential nominee says every child deserves a chance.";
    expect(entityNameOf(text, "The Democratic presidential nominee")).toBe("Ann Reyes");
    expect(entityNameOf(text, "The nominee")).toBe("Tom Hale");
  });
});
