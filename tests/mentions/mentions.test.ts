import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { linkEntities } from "../../src/mentions/coref";
import { detectMentions } from "../../src/mentions/detect";

const analyse = (text: string) => {
  const mentions = detectMentions(buildDocument(text), []);
  const entities = linkEntities(mentions, []);
  return { mentions, entities };
};

describe("mentions stage", () => {
  it("keeps a title before a name as the name's title", () => {
    const { mentions } = analyse("Russian foreign minister Sergey Lavrov spoke.");
    const lavrov = mentions.find((m) => m.text === "Sergey Lavrov")!;
    expect(lavrov.title).toBe("Russian foreign minister");
    expect(lavrov.kind).toBe("name");
  });

  it("records a nickname in marks inside a name on the name's mention, as its words and their offsets", () => {
    const text = "Forward Tomasz \u201cHammer\u201d Wilkes scored twice. Coach Ines Varga said little.";
    const { mentions, entities } = analyse(text);
    const wilkes = mentions.find((m) => m.text === "Tomasz \u201cHammer\u201d Wilkes")!;
    expect(wilkes.nickname).toEqual({ text: "Hammer", start: text.indexOf("Hammer"), end: text.indexOf("Hammer") + 6 });
    expect(mentions.find((m) => m.text === "Ines Varga")!.nickname).toBeUndefined();
    expect(entities.map((e) => e.name)).toContain("Tomasz Wilkes");
  });

  it("reads an apposition as the title", () => {
    const { mentions } = analyse("Its defence minister, Sergei Shoigu, again claimed victory.");
    expect(mentions.find((m) => m.text === "Sergei Shoigu")!.title).toBe("defence minister");
  });

  it("links a surname to the full name and a definite description to its antecedent", () => {
    const { entities } = analyse("A White House spokesman spoke. Then Josep Borrell left. Borrell returned. The US spokesperson added more.");
    const names = entities.map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(names).toContainEqual(["Josep Borrell", ["Josep Borrell", "Borrell"]]);
    expect(names).toContainEqual(["White House spokesman", ["A White House spokesman", "The US spokesperson"]]);
  });

  it("classifies descriptions: plural heads are groups, institutions organisations", () => {
    const { mentions } = analyse("His supporters say so, and the ministry agrees.");
    expect(mentions.filter((m) => m.kind === "description").map((m) => [m.text, m.category])).toEqual([
      ["His supporters", "group"],
      ["the ministry", "organisation"],
    ]);
  });

  it("finds subject pronouns with their gender", () => {
    const { mentions } = analyse("She said it. He agreed.");
    expect(mentions.filter((m) => m.kind === "pronoun").map((m) => [m.text, m.gender ?? null])).toEqual([
      ["She", "female"],
      ["it", null],
      ["He", "male"],
    ]);
  });
});
