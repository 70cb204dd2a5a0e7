import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** Each quote as `text -> speaker name`. */
function speakers(input: string): string[] {
  return extractor.extract(input).quotes.map((q) => `${q.text} -> ${q.speaker?.name ?? "none"}`);
}

describe("two given names sharing one surname: two people, told apart by their honorifics", () => {
  it("`Zorvan and Imelka Tesh`, neither name in the first-name lists: Mr. is the first named, Ms. the second, and Mr. stays him past a son named later", () => {
    const text =
      "The parents, Zorvan and Imelka Tesh, criticised the mayor on Monday. Mr. Tesh said the council had ignored them. " +
      "Ms. Tesh said she had stayed silent because of her son, Ardo Tesh. Since Thursday, Mr. Tesh has toured the city. " +
      "He said the mayor should resign.";
    expect(speakers(text)).toEqual([
      "the council had ignored them -> Zorvan Tesh",
      "she had stayed silent because of her son, Ardo Tesh -> Imelka Tesh",
      "the mayor should resign -> Zorvan Tesh",
    ]);
  });

  it("`Omar and Leila Haddad`: the first-name list's woman makes the other the man", () => {
    const text = "The parents, Omar and Leila Haddad, spoke on Monday. Mr. Haddad said the council had ignored them. " +
      "Ms. Haddad said she was angry. \"We want answers,\" Mr. Haddad said.";
    expect(speakers(text)).toEqual([
      "the council had ignored them -> Omar Haddad",
      "she was angry -> Leila Haddad",
      "We want answers -> Omar Haddad",
    ]);
  });

  it("not a surname said alone elsewhere, nor a titled name", () => {
    const text = "Hillary Clinton spoke first. Clinton and Bernie Sanders then debated. Mr. Sanders said the banks were too big.";
    expect(speakers(text)).toEqual(["the banks were too big -> Bernie Sanders"]);
    expect(extractor.extract("Ann Lee and Sen. Ted Cruz met. Cruz said the plan was dead.").speakers.map((s) => s.name)).toEqual(["Ted Cruz"]);
  });
});

describe("the younger and the elder of two people sharing a surname", () => {
  it("by the ages set off after their names", () => {
    const text =
      "Tomas Velde Orun, 62, has fished from the beach for forty years. Pell Orun, 31, lost two friends at sea. " +
      '"Their mothers still call me," the younger Orun said. "We have nothing left," the older Orun said.';
    expect(speakers(text)).toEqual(["Their mothers still call me -> Pell Orun", "We have nothing left -> Tomas Velde Orun"]);
  });

  it("of three sharing it, by the ages set off after all their names: the youngest or the oldest", () => {
    const text =
      "Tomas Orun, 71, has fished from the beach for forty years with his son, Pell Orun, 38. His wife, Ana Orun, 68, mends the nets. " +
      '"We will sell," the younger Orun said. "We will not," the elder Orun said.';
    expect(speakers(text)).toEqual(["We will sell -> Pell Orun", "We will not -> Tomas Orun"]);
  });

  it("by a kin noun before one of them, also for a surname of two words", () => {
    const text =
      "Vasile Brannoc keeps sheep above the village with his son, Andrei Brannoc. " +
      '"We will sell before the last sheep," the younger Brannoc said. The elder Brannoc said there would be no sale. ' +
      "Mohand Ait Varo has farmed here for decades. His nephew, Arezki Ait Varo, drives the truck. " +
      '"It can dig its own well," the younger Ait Varo said.';
    expect(speakers(text)).toEqual([
      "We will sell before the last sheep -> Andrei Brannoc",
      "there would be no sale -> Vasile Brannoc",
      "It can dig its own well -> Arezki Ait Varo",
    ]);
  });
});
