import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src";
import { compatible } from "../../src/attribution/resolve";
import type { Entity } from "../../src/mentions/types";

/** Each quote's text with its speaker's name. */
const speakers = (text: string) => extractQuotes(text).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe("names behind pronouns and descriptions", () => {
  it("reads a lone surname that the first-name list calls male as the surname of a woman named in full", () => {
    const text = 'Nora Sherman runs the harbour office. "We are busy," Sherman said. "The ferries come early," she said.';
    expect(speakers(text)).toEqual([
      ["We are busy", "Nora Sherman"],
      ["The ferries come early", "Nora Sherman"],
    ]);
  });

  it("links a lone surname to a full name written only inside another phrase before it, not to one named in full later", () => {
    const text =
      'Voters in Dayton weighed a Greta Lund administration on Monday. "We will win Ohio," Lund said. "The numbers are on our side," she added. Her husband, Paul Lund, said he was proud of her.';
    expect(speakers(text)).toEqual([
      ["We will win Ohio", "Greta Lund"],
      ["The numbers are on our side", "Greta Lund"],
      ["he was proud of her", "Paul Lund"],
    ]);
  });

  it("does not take a full name inside another phrase for a person when the article names them in full", () => {
    const text = 'Greta Lund spoke in Dayton. The Greta Lund campaign bought ads. "We will win Ohio," Lund said.';
    expect(speakers(text)).toEqual([["We will win Ohio", "Greta Lund"]]);
  });

  it("resolves he or she to the subject or speaker before it, not to a name after a preposition", () => {
    const text = 'Mara Voss and Ellen Park held a joint rally. "This will be a test" for Park, said Voss. "She has never faced a crowd this large," she said.';
    expect(speakers(text)).toEqual([
      ["This will be a test", "Mara Voss"],
      ["She has never faced a crowd this large", "Mara Voss"],
    ]);
  });

  it("does not resolve he to the object of a verb, even one followed by a verb", () => {
    const text = 'Jim Hale, 57, told a neighbour passing by that the vote mattered. "We are like brothers," he explained.';
    expect(speakers(text)[1]).toEqual(["We are like brothers", "Jim Hale"]);
  });

  it("prefers the subject to a capitalised phrase of unknown kind inside an apposition", () => {
    const text = 'Florida delegate Sam Ortiz, wearing a Lopez T-Shirt covered in buttons, said he is proud of the campaign. "It is working," he said.';
    expect(speakers(text)[1]).toEqual(["It is working", "Sam Ortiz"]);
  });

  it("lets an I outside quotation marks go on in the voice of the latest I", () => {
    const text = "Vice President Lena Ortiz spoke with reporters on Monday. I said last month that wages were too low. Karl Brandt disagrees with that. I believe the middle class will recover.";
    expect(speakers(text)).toEqual([
      ["wages were too low", "Lena Ortiz"],
      ["the middle class will recover", "Lena Ortiz"],
    ]);
  });

  it("never takes a capitalised pronoun or an interview label for a referent", () => {
    const entity = (name: string): Entity => ({ id: "e1", name, kind: "unknown", mentions: [] });
    expect(compatible("i", entity("You"))).toBe(false);
    expect(compatible("he", entity("Q"))).toBe(false);
    expect(compatible("he", entity("Moran"))).toBe(true);
  });

  it("links a description set off after a name (and one joined to it by and) to that person", () => {
    const text = 'Dale Horn, the former mayor and a Senate candidate, spoke on Monday. "We need roads," the candidate said.';
    expect(speakers(text)).toEqual([["We need roads", "Dale Horn"]]);
  });

  it("links the newspaper to the organisation whose name says it is one", () => {
    const text = 'The Harbor Times published a long editorial on Sunday. Mayor Dale Horn did not reply. "The port is failing," the newspaper wrote.';
    expect(speakers(text)).toEqual([["The port is failing", "Harbor Times"]]);
  });

  it("links the group or the organization to a body of members named before it, not a group of people", () => {
    const text = "Rowing clubs lost a third of their members, according to the Pacific Rowing Association. Almost 60 clubs have closed since 2010, the group says.";
    expect(speakers(text)).toEqual([
      ["Rowing clubs lost a third of their members", "Pacific Rowing Association"],
      ["Almost 60 clubs have closed since 2010", "Pacific Rowing Association"],
    ]);
    expect(speakers("The Harbor Foundation notes that fees are low. The organization also points out that fees rose.")).toEqual([
      ["fees are low", "Harbor Foundation"],
      ["fees rose", "Harbor Foundation"],
    ]);
    expect(speakers("A group of rabbis met the Harbor Foundation on Monday. The group said it would boycott the speech.")).toEqual([
      ["it would boycott the speech", "group"],
    ]);
  });

  it("links the aide to an unnamed official who was the subject just before, not to the main figure or a reporter", () => {
    const text = "Ann Lee toured the port on Monday. A city hall official who spoke anonymously said Wednesday that talks were under way. The aide declined to describe the talks.";
    expect(speakers(text)).toEqual([
      ["talks were under way", "city hall official"],
      ["to describe the talks", "city hall official"],
    ]);
    expect(speakers("Tom Ray toured the port on Monday. A reporter asked him about the talks. The businessman said that they were going well.")).toEqual([
      ["him about the talks", "reporter"],
      ["they were going well", "Tom Ray"],
    ]);
  });

  it("links an epithet to the subject of the sentence before when the people named near it are named as often", () => {
    const text = 'Ann Lee met Dale Horn at the port on Monday. Lee left early. Horn toured the docks. "The water will go down," the Ohio senator said.';
    expect(speakers(text)).toEqual([["The water will go down", "Dale Horn"]]);
  });

  it("links the agency to a department named as a description before it", () => {
    const text = 'The State Department released the cables on Friday. Critics said little. "The review is complete," the agency said.';
    expect(speakers(text)).toEqual([["The review is complete", "State Department"]]);
  });

  it("gives his the gender its owner's first name gives, while entities are still being linked", () => {
    const text = 'Sam Ortiz leads the Ortiz campaign. Hillary Mane leads the Mane campaign. Ortiz said the race was close. Mane left the stage early. His campaign said it would "win the north."';
    expect(speakers(text)).toEqual([
      ["the race was close", "Sam Ortiz"],
      ["win the north.", "Ortiz campaign"],
    ]);
  });

  it("names a document after the subject that sent or issued it, but not a poll after whom it measures", () => {
    expect(speakers('Dana Cole sent a long letter to the board on Monday. "The vote was unfair," the letter said.')).toEqual([
      ["The vote was unfair", "Dana Cole"],
    ]);
    expect(speakers('Dana Cole leads in a new poll. "The race is tight," the poll said.')).toEqual([["The race is tight", "poll"]]);
  });

  it("reads a first name one letter off as a misspelling of the same person, named as the article usually spells it", () => {
    const text = 'Hillary Stone met workers at the dock. Hillary Stone left early. Hilary Stone visited the port on Friday. "It went well," Stone said.';
    expect(speakers(text)).toEqual([["It went well", "Hillary Stone"]]);
  });

  it("does not take a bare role noun (run for president) for the antecedent of the president", () => {
    const text = 'President Dana Ruiz spoke at the port. Few expected Lee to run for president. "We will rebuild," the president said.';
    expect(speakers(text)).toEqual([["We will rebuild", "Dana Ruiz"]]);
  });
});

describe("initials for given names", () => {
  it("links an initial and a surname to the full name whose given name starts with it, telling apart two who share the surname", () => {
    const text =
      "Cllr Edith Marlow and Cllr Victor Marlow joined the meeting late. Cllr E. Marlow said the bridge was unsafe. Cllr V. Marlow said the county should pay.";
    expect(speakers(text)).toEqual([
      ["the bridge was unsafe", "Edith Marlow"],
      ["the county should pay", "Victor Marlow"],
    ]);
  });

  it("links initials for two given names, and leaves an initial no earlier given name starts with alone", () => {
    const text = "Mary Jane Thomas opened the fair. M.J. Thomas said the boats were ready. R. Thomas said the river was high.";
    expect(speakers(text)).toEqual([
      ["the boats were ready", "Mary Jane Thomas"],
      ["the river was high", "R. Thomas"],
    ]);
  });
});

describe("a list of names that opens a paragraph", () => {
  it("reads the names of 'Present: ...' to its full stop as names, not as a headline in title case", () => {
    const text =
      "Upper Brinton Parish Council\n\nPresent: Cllr Edith Marlow (Chair), Cllr Osei Brandt and Cllr Victor Marlow.\n\nCllr Brandt said the hedges needed cutting. Cllr V. Marlow said the verge was the county's.";
    expect(speakers(text)).toEqual([
      ["the hedges needed cutting", "Osei Brandt"],
      ["the verge was the county's", "Victor Marlow"],
    ]);
  });
});

describe("an office named with an -ing word", () => {
  it("takes up 'the managing director' for the person an apposition gave that office, though the tagger reads 'managing' as a verb", () => {
    const text =
      'The mill\'s managing director, Ravi Kulkarni, spoke first. "Every rupee will reach the grower," the managing director said.';
    expect(speakers(text)).toEqual([
      ["Every rupee will reach the grower", "Ravi Kulkarni"],
    ]);
  });
});

describe("a role noun the tagger reads as an adjective before a name", () => {
  it("titles the name with 'village chief', and the role description takes it up", () => {
    const text = "Rain closed the road on Monday, said village chief Ama Boateng. According to the village chief, the bridge is next.";
    expect(extractQuotes(text).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.title ?? null])).toEqual([
      ["Rain closed the road on Monday", "Ama Boateng", "village chief"],
      ["the bridge is next", "Ama Boateng", "village chief"],
    ]);
  });
});

describe("an epithet for the person the sentence before names", () => {
  it("passes over a name that modifies a noun there ('the Kot Nihal canal')", () => {
    const text =
      'The dam\'s chief engineer, Tariq Malik, said the gates would stay shut for a month. "If we do not dredge it now, the lower villages will get nothing in May," Malik said. He said crews would dredge at night.\n\n' +
      "Ghulam Nabi, 70, who grows rice on six acres at the end of the Kot Nihal canal, said the end had seen water for only ten days in March and that richer growers upstream had cut new channels. The elderly farmer alleged that the board's clerks were paid to look away.";
    expect(speakers(text).filter(([q]) => q!.startsWith("the board"))).toEqual([["the board's clerks were paid to look away", "Ghulam Nabi"]]);
  });
});
