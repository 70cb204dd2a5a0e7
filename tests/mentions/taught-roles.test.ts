import { describe, expect, it } from "vitest";
import { speakerNames } from "./speaker-lines";

/** names51: a role the article gives one named person, taken up later by the role alone (invented sentences). */
describe("roles given a named person, used alone later", () => {
  it("a role in parentheses after a name is that person's (\"Cllr X (Chair)\" ... \"the Chair said\")", () => {
    const text = `Present: Cllr Anwen Pryce, Cllr Tobias Hale (Chair) and Cllr Miriam Pryce.\n\n"The lane must be resurfaced before winter," the Chair said.\n\n"We will write to the county," the chair added.`;
    expect(speakerNames(text).filter(([q]) => !q.startsWith("Cllr"))).toEqual([
      ["The lane must be resurfaced before winter", "Tobias Hale"],
      ["We will write to the county", "Tobias Hale"],
    ]);
  });

  it("a capitalised role set off before a name makes \"the Clerk\" a description, not a name", () => {
    const text = `In attendance: the Clerk, Mrs Ingrid Obuya.\n\n"Three tenders were received," the Clerk reported.`;
    expect(speakerNames(text)).toEqual([["Three tenders were received", "Ingrid Obuya"]]);
  });

  it("a lower-case role set off before a name at a list's end after a colon", () => {
    const text = `In attendance: the clerk, Mrs Ingrid Obuya.\n\n"Three tenders were received," the clerk reported.`;
    expect(speakerNames(text)).toEqual([["Three tenders were received", "Ingrid Obuya"]]);
  });

  it("a minutes' credit line (\"Chair: Cllr X.\") is running text, so its person holds the role", () => {
    const text = `Chair: Cllr Nuala Brenning.\n\n"The footpath will reopen in June," the Chair said.`;
    expect(speakerNames(text).at(-1)).toEqual(["The footpath will reopen in June", "Nuala Brenning"]);
  });

  it("a given name written as a title before a given name and a surname (\"Skip Lena Voss\" ... \"the skip said\")", () => {
    const lower = `Skip Lena Voss and her vice, Cara Benn, won the final on Sunday.\n\n"We misread the ice," the skip said.`;
    expect(speakerNames(lower)).toEqual([["We misread the ice", "Lena Voss"]]);
    const capital = lower.replace("the skip", "the Skip");
    expect(speakerNames(capital)).toEqual([["We misread the ice", "Lena Voss"]]);
  });

  it("keeps a given name before a surname alone a name (\"Skip Tremayne\" after \"the skip said\")", () => {
    const text = `"We won," the skip said. Skip Tremayne, the club president, said: "It was a long night."`;
    expect(speakerNames(text)[1]).toEqual(["It was a long night.", "Skip Tremayne"]);
  });

  it("keeps a body's word after \"the\" and a comma a body's (\"for the Senate, Ada Roe was\")", () => {
    const text = `"I was running for the Senate, Ada Roe was at the top of the ticket," Tom Hale said. "The Senate decides," Hale said.`;
    expect(speakerNames(text).map(([, name]) => name)).toEqual(["Tom Hale", "Tom Hale"]);
  });
});
