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
