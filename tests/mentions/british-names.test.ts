import { describe, expect, it } from "vitest";
import { speakerLines as speakers } from "./speaker-lines";

describe("names in British, Irish and Australian styles", () => {
  it("after an honorific without a full stop, a capitalised common word is a surname", () => {
    expect(speakers("Finance minister Jo Prior spoke at noon. \u2018We will not cut the grant,\u2019 Ms Prior says.")).toEqual([
      "We will not cut the grant -> Jo Prior via Prior",
    ]);
  });

  it("titles without a full stop (Dr, Cllr) are not part of the name", () => {
    expect(speakers("Dr Anna Moss disagreed. \u201cNot so,\u201d Dr Moss said. Cllr Dave Hughes said the hall would close.")).toEqual([
      "Not so -> Anna Moss via Moss",
      "the hall would close -> Dave Hughes via Dave Hughes",
    ]);
  });

  it("a minister's portfolio is part of the title, not of the name", () => {
    expect(speakers("\u2018It is a disgrace,\u2019 said Minister for Health \u00c1ine N\u00ed Bhriain.")).toEqual([
      "It is a disgrace -> \u00c1ine N\u00ed Bhriain via \u00c1ine N\u00ed Bhriain",
    ]);
    expect(speakers("Minister for Foreign Affairs and Trade Penny Wong said the talks would resume.")).toEqual([
      "the talks would resume -> Penny Wong via Penny Wong",
    ]);
    expect(speakers("Deputy Minister of Environment and Urbanisation Nuri Aslan visited the camp. \u201cThey are safe,\u201d the deputy minister said.")).toEqual([
      "They are safe -> Nuri Aslan via the deputy minister",
    ]);
  });

  it("office words alone name nobody: the minister is the speaker", () => {
    expect(speakers("The Minister of State for Mental Health said the wards were full.")).toEqual([
      "the wards were full -> Minister via The Minister",
    ]);
  });

  it("letters after a name (TD, MP, QC) are not part of it", () => {
    expect(speakers("Sean Kelly TD said the ward was full. Ann Ward MP said it was not.")).toEqual([
      "the ward was full -> Sean Kelly via Sean Kelly",
      "it was not -> Ann Ward via Ann Ward",
    ]);
  });

  it("a name of two words that ends an earlier full name is that person", () => {
    expect(speakers("P\u00e1draig \u00d3 Cu\u00edv TD opened the debate. \u2018The wards are full,\u2019 Mr \u00d3 Cu\u00edv said.")).toEqual([
      "The wards are full -> P\u00e1draig \u00d3 Cu\u00edv via \u00d3 Cu\u00edv",
    ]);
  });

  it("in a family of one surname, the honorific picks the person", () => {
    const text = "Otto Mendel, a clockmaker, died on Monday. His daughter Ruth Mendel said he worked until the end. " +
      "\u201cHe loved the shop,\u201d Ms Mendel said. \u201cIt was his life,\u201d Mr Mendel once said.";
    expect(speakers(text)).toEqual([
      "he worked until the end -> Ruth Mendel via Ruth Mendel",
      "He loved the shop -> Ruth Mendel via Mendel",
      "It was his life -> Otto Mendel via Mendel",
    ]);
  });
});

describe("first names given to men and women alike", () => {
  it("do not stop a pronoun of either gender from naming the person", () => {
    expect(speakers("Sen. Lindsey Graham spoke on Monday. He said the deal was weak.")).toEqual(["the deal was weak -> Lindsey Graham via He"]);
    expect(speakers("Kim Jong Un inspected the site. He said the test was a success.")).toEqual(["the test was a success -> Kim Jong Un via He"]);
  });
});

describe("tabloid epithets of a parent's children", () => {
  it("'the gran-of-five' and 'the dad-of-two' are epithets of the person just named, as 'the 71-year-old' is", () => {
    const text =
      "Agnes Rennie, 71, told the Record she watched the road collapse. \u201cIt was like a bomb,\u201d said the gran-of-five. Her neighbour Tam Bell said the pipe had burst in June. \u201cWe telt them,\u201d fumed the dad-of-two.";
    expect(speakers(text)).toEqual([
      "the Record she watched the road collapse -> Agnes Rennie via Agnes Rennie",
      "It was like a bomb -> Agnes Rennie via the gran-of-five",
      "the pipe had burst in June -> Tam Bell via Tam Bell",
      "We telt them -> Tam Bell via the dad-of-two",
    ]);
  });
});
