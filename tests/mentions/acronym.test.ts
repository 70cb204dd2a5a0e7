import { describe, expect, it } from "vitest";
import { entityNameOf as entityNameOfFirst } from "./speaker-lines";

/** The name of the entity of the last mention written `mention`. */
const entityNameOf = (text: string, mention: string) => entityNameOfFirst(text, mention, "last");
import { acronymLetters, initialsOf } from "../../src/mentions/acronym";


describe("acronyms", () => {
  it("reads an acronym's letters and a name's initials", () => {
    expect(acronymLetters("NRC")).toBe("NRC");
    expect(acronymLetters("N.R.C.")).toBe("NRC");
    expect(acronymLetters("Nora")).toBeUndefined();
    expect(initialsOf("National Rivers Council")).toBe("NRC");
    expect(initialsOf("Council on Coastal Fisheries")).toBe("CCF");
  });

  it("joins an acronym to the organisation whose initials it spells", () => {
    const text = "The National Rivers Council met on Monday. Later the NRC said the dam would stay shut.";
    expect(entityNameOf(text, "NRC")).toBe("National Rivers Council");
  });

  it("leaves an acronym alone when two organisations share its initials", () => {
    const text = "The National Rivers Council met the Northern Rail Company on Monday. Later the NRC said the dam would stay shut.";
    expect(entityNameOf(text, "NRC")).toBe("NRC");
  });
});
