import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { linkEntities } from "../../src/mentions/coref";
import { detectMentions } from "../../src/mentions/detect";
import { extractQuotes } from "../../src";

const analyse = (text: string) => {
  const mentions = detectMentions(buildDocument(text), []);
  const entities = linkEntities(mentions, []);
  return { mentions, entities };
};
const kindOf = (text: string, name: string) => analyse(text).mentions.find((m) => m.text === name)?.category;
/** Each quote's text with its speaker's name and title. */
const speakers = (text: string) => extractQuotes(text).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.title ?? null]);

describe("mention kinds", () => {
  it("reads places from the lexicon, from place words and from their context", () => {
    expect(kindOf("Mara Lee drove to Toronto.", "Toronto")).toBe("place");
    expect(kindOf("Mara Lee walked along the Quenby Mall.", "Quenby Mall")).toBe("place");
    expect(kindOf("Mara Lee lives in Vardo now.", "Vardo")).toBe("place");
    expect(kindOf("She moved to Kenora, Ont., last year.", "Kenora")).toBe("place");
    expect(kindOf("She moved to Kenora, Ont., last year.", "Ont")).toBe("place");
    expect(kindOf("He sailed from Pellham, N.S., on Monday.", "Pellham")).toBe("place");
    expect(kindOf("He sailed from Pellham, N.S., on Monday.", "N.S.")).toBe("place");
    expect(kindOf("The firm opened near Corvale, Calif., in May.", "Calif.")).toBe("place");
  });

  it("tells people, organisations, groups and documents apart", () => {
    const { mentions } = analyse("Mara Lee met officials of the Quill Institution. The statement came later.");
    const kinds = new Map(mentions.map((m) => [m.text, m.category]));
    expect(kinds.get("Mara Lee")).toBe("person");
    expect(kinds.get("Quill Institution")).toBe("organisation");
    expect(kinds.get("officials")).toBe("group");
    expect(kinds.get("The statement")).toBe("document");
  });

  it("exposes the kind on the public speaker", () => {
    const result = extractQuotes('"We will rebuild," said Mara Lee.');
    expect(result.speakers.map((s) => [s.name, s.kind])).toEqual([["Mara Lee", "person"]]);
  });
});

describe("he and she resolve only to people", () => {
  it("never to a place, a province abbreviation or an organisation named in between", () => {
    const text = 'Tessa Moran spoke on Monday. The Quill Institution met in Kenora, Ont., on Tuesday. "We are ready," she said.';
    expect(speakers(text)).toEqual([["We are ready", "Tessa Moran", null]]);
  });

  it("never to a boilerplate line or a kicker label", () => {
    const text = [
      "Tessa Moran opened the fair on Monday.",
      "Story continues below advertisement",
      '"It went well," she said.',
      "HARBOUR VIEW: Ferries ran late.",
      '"We waited," she added.',
    ].join("\n");
    // (The line after the kicker is a transcript label's to the attribution rules; the quotes in marks are checked.)
    const marked = speakers(text).filter(([quote]) => quote === "It went well" || quote === "We waited");
    expect(marked.map(([, name]) => name)).toEqual(["Tessa Moran", "Tessa Moran"]);
  });

  it("to the name given in running text, not a headline's words", () => {
    const text = ["Moran Says Bridge Will Reopen Soon", "", "Tessa Moran spoke on Monday.", '"The bridge will reopen," she said.'].join("\n");
    const { entities } = analyse(text);
    expect(entities.map((e) => e.name)).toContain("Tessa Moran");
    expect(entities.map((e) => e.name)).not.toContain("Moran Says Bridge Will Reopen Soon");
    expect(speakers(text).at(-1)).toEqual(["The bridge will reopen", "Tessa Moran", null]);
  });

  it("a relative who refers to the person before it, past an affiliation", () => {
    const text = "Senator Ana Ortiz of Toronto, who chairs the panel, said the vote would pass.";
    expect(speakers(text)).toEqual([["the vote would pass", "Ana Ortiz", "Senator"]]);
  });
});

describe("speaker names", () => {
  it("splits the speaker phrase into name and title", () => {
    expect(speakers('"Rain helps," said grain farmer Tomas Ribeiro.')).toEqual([["Rain helps", "Tomas Ribeiro", "grain farmer"]]);
    expect(speakers('"It works," said Hana Kovac of BrightPath.')).toEqual([["It works", "Hana Kovac", null]]);
    // A past form the tagger reads as a noun is the cue before the name, not its title.
    expect(speakers('"Who pays," fretted Dana Ortiz.')).toEqual([["Who pays", "Dana Ortiz", null]]);
    expect(speakers("Ribeiro's sister, Ana Ribeiro, said the farm would survive.")).toEqual([
      ["the farm would survive", "Ana Ribeiro", "Ribeiro's sister"],
    ]);
  });

  it("reads AG (attorney general) as a title, so that a headline's 'Former AG Lund' is the Lund named in full", () => {
    const { mentions, entities } = analyse("Former AG Lund at forum: the scandal disqualifies her.\nDENVER \u2014 Former Attorney General Miriam Lund said Tuesday that the mayor should resign.");
    const first = mentions.find((m) => m.kind === "name" && m.start < 20)!;
    expect(first.text).toBe("Lund");
    expect(entities.find((e) => e.id === first.entity)?.name).toBe("Miriam Lund");
  });

  it("keeps an affiliation with 'the' and its own 'of' place in the person's phrase, and Archbishop as a title", () => {
    const text = "However, as Archbishop Aris Tanian of the Armenian Patriarchate of Corvale told the Associated Press, \u201cWe have suffered the same fate.\u201d";
    expect(speakers(text)).toEqual([["We have suffered the same fate.", "Aris Tanian", "Archbishop"]]);
  });

  it("keeps names made of common words", () => {
    expect(speakers('"Maybe," said Will Young.')).toEqual([["Maybe", "Will Young", null]]);
    expect(speakers('"Too cold," said skier Ann Oh.')).toEqual([["Too cold", "Ann Oh", "skier"]]);
    expect(speakers("Rose Field, a teacher, said the school would open.")).toEqual([["the school would open", "Rose Field", "teacher"]]);
  });

  it("names the speaker by the fullest name the article gives, and a pronoun by its referent", () => {
    const text = 'Barack Obama visited the plant. "It is a fine plant," Obama said. "Jobs matter," he added.';
    expect(speakers(text).map(([, name]) => name)).toEqual(["Barack Obama", "Barack Obama"]);
  });

  it("does not take a surname for the first word of an unrelated name", () => {
    const { entities } = analyse("Voters rode the Moran Express to the rally. Moran said the plan would work.");
    expect(entities.find((e) => e.mentions.some((m) => m.text === "Moran"))?.name).toBe("Moran");
  });

  it("links a surname only to a full name of the same gender", () => {
    const { entities } = analyse("Tom Keller spoke first. Mrs. Keller said the plan would fail.");
    const keller = entities.find((e) => e.mentions.some((m) => m.text === "Keller"))!;
    expect(keller.name).toBe("Keller");
  });

  it("names a document after its author, and an owned description after its owner", () => {
    const text = 'Tessa Moran stayed home. "We will appeal," her statement said. His critics said Tom Keller was wrong.';
    expect(speakers(text)).toEqual([
      ["We will appeal", "Tessa Moran", null],
      ["Tom Keller was wrong", "critics", null],
    ]);
    const owned = analyse("Tom Keller spoke. His critics said he was wrong. All analysts agreed.").entities.map((e) => e.name);
    expect(owned).toContain("Keller critics");
    expect(owned).toContain("analysts");
  });

  it("keeps a spokesman as the speaker, named after the person he speaks for and titled", () => {
    const { entities } = analyse("Senator Ana Ortiz was absent. The senator's spokesman said the vote would pass.");
    const spokesman = entities.find((e) => e.mentions.some((m) => m.text === "The senator's spokesman"))!;
    expect([spokesman.name, spokesman.title, spokesman.kind]).toEqual(["Ortiz spokesman", "spokesman", "person"]);
  });

  it("links an epithet to the one person it describes, and only when that is clear", () => {
    const text = 'Tessa Moran opened the bakery in 1990. "Bread is life," said the 71-year-old. The soft-spoken owner said the shop would stay.';
    expect(speakers(text)).toEqual([
      ["Bread is life", "Tessa Moran", null],
      ["the shop would stay", "Tessa Moran", null],
    ]);
    expect(speakers('Sen. Ana Ortiz spoke. "No," the senator said.')).toEqual([["No", "Ana Ortiz", "Sen."]]);
    // Two people named just before: not clear, so the epithet stays its own speaker.
    const two = 'Tessa Moran and Tom Keller opened the bakery. "Bread is life," said the 71-year-old.';
    expect(speakers(two)).toEqual([["Bread is life", "71-year-old", null]]);
  });

  it("links an epithet to the person the article names most when several are named just before", () => {
    const text =
      "Dana Whitlock toured the plant on Monday. Whitlock met the workers. " +
      "Whitlock and Omar Reyes then met the mayor. The candidate said the plant would grow.";
    expect(speakers(text)).toEqual([["the plant would grow", "Dana Whitlock", null]]);
    // Counted over the whole article: the main figure may be named mostly after the epithet.
    const later = "Dana Whitlock and Omar Reyes toured the plant. The candidate said the plant would grow. Whitlock met the workers.";
    expect(speakers(later)).toEqual([["the plant would grow", "Dana Whitlock", null]]);
    // Named as often as each other: still not clear.
    const even = "Dana Whitlock and Omar Reyes toured the plant. The candidate said the plant would grow.";
    expect(speakers(even)).toEqual([["the plant would grow", "candidate", null]]);
  });
});
