import { describe, expect, it } from "vitest";
import { NameLayerError, findNameRow, goldNameChoices, nameMatches, nameTokens, parseNameLayer } from "../../src/eval";
import { abbreviationsOf } from "../../src/eval/names";

describe("nameMatches", () => {
  it.each<[string, string]>([
    ["Hillary Clinton", "Hillary Clinton"],
    ["Clinton", "Hillary Clinton"],
    ["Hillary", "Hillary Clinton"],
    ["Sen. Elizabeth Warren", "Elizabeth Warren"],
    ["President Obama", "Barack Obama"],
    ["Vice President Mike Pence", "Mike Pence"],
    ["Mr. Trump", "Donald Trump"],
    ["the New York Post", "New York Post"],
    ["The Daily Courier", "Daily Courier"],
    ["Trump's", "Donald Trump"],
    ["Clinton\u2019s", "Hillary Clinton"],
    ["José Álvarez", "Jose Alvarez"],
    ["JOSE ALVAREZ", "José Álvarez"],
    ["Ines Ortega", "Inés Ortega"],
    ["O'Neil", "Tara O'Neil"],
    ["Dr. Maya Lindqvist, Ph.D.", "Maya Lindqvist PhD"],
    ["Kaine", "Donald Trump & Tim Kaine"],
    ["Priya Raman", "Raman campaign | Priya Raman"],
    ["Raman", "Raman campaign | Priya Raman"],
    ["White House", "White House spokesman"],
    ["a source", "source"],
    ["another source", "source"],
    ["Several cast members", "cast members"],
    ["Rival Mara Quist", "Mara Quist"],
  ])("%j names %j", (predicted, gold) => {
    expect(nameMatches(predicted, gold)).toBe(true);
  });

  it("a predicted group (members joined with \" & \") is right when every member names a referent of one gold alternative", () => {
    expect(nameMatches("Ann Lee & Tom Reyes", "Tom Reyes & Ann Lee", "group")).toBe(true);
    expect(nameMatches("Ann Lee & Tom Reyes", "Ann Lee & Tom Reyes & Mara Quist", "group")).toBe(true);
    expect(nameMatches("Lee & Reyes", "Ann Lee & Tom Reyes", "group")).toBe(true);
    expect(nameMatches("Ann Lee & Tom Reyes", "Ann Lee", "person")).toBe(false);
    expect(nameMatches("Ann Lee & Tom Reyes", "Ann Lee | Tom Reyes", "person")).toBe(false);
    expect(nameMatches("Ann Lee & Tom Reyes", "voters", "group")).toBe(false);
    expect(nameMatches("Ann Lee & Tom Reyes", "-", "group")).toBe(false);
  });

  it("a name of words that are all dropped (a quantifier as the source) names only the same words", () => {
    expect(nameMatches("Many", "many", "group")).toBe(true);
    expect(nameMatches("some", "Some | critics", "group")).toBe(true);
    expect(nameMatches("Many", "some", "group")).toBe(false);
    expect(nameMatches("The", "voters", "group")).toBe(false);
    expect(nameMatches("many", "-", "group")).toBe(false);
  });

  it("ignores party and office descriptors before a person's name only", () => {
    expect(nameMatches("Republican Donald Trump", "Donald Trump", "person")).toBe(true);
    expect(nameMatches("Libertarian presidential candidate Gary Johnson", "Gary Johnson", "person")).toBe(true);
    expect(nameMatches("Democrat Hillary Clinton", "Hillary Clinton", "person")).toBe(true);
    expect(nameMatches("Republican Donald Trump", "Donald Trump")).toBe(false);
    expect(nameMatches("Republican", "Donald Trump", "person")).toBe(false);
    expect(nameMatches("GOP nominee", "Donald Trump", "person")).toBe(false);
    expect(nameMatches("Democratic National Committee", "Republican National Committee", "organisation")).toBe(false);
    expect(nameMatches("Republicans", "Republicans", "group")).toBe(true);
  });

  it("ignores a person's middle initials, which the guidelines leave out of the gold name", () => {
    expect(nameMatches("Donald J. Trump", "Donald Trump", "person")).toBe(true);
    expect(nameMatches("Sen. Benjamin L. Cardin", "Benjamin Cardin", "person")).toBe(true);
    expect(nameMatches("Mara Q. Quist", "Mara Quist | Quist campaign", "person")).toBe(true);
    // Only between the first and the last word, only for a person, and a different name stays wrong.
    expect(nameMatches("J. Quist", "Mara Quist", "person")).toBe(false);
    expect(nameMatches("Donald J. Trump", "Donald Trump", "organisation")).toBe(false);
    expect(nameMatches("Donald J. Trump Jr.", "Donald Trump", "person")).toBe(false);
    expect(nameTokens("John F. Kerry", "person")).toEqual(["john", "kerry"]);
  });

  it("an abbreviation names the organisation whose capitalised words' initials spell it, either way round", () => {
    expect(nameMatches("IMF", "International Monetary Fund", "organisation")).toBe(true);
    expect(nameMatches("the U.N.", "United Nations", "organisation")).toBe(true);
    expect(nameMatches("Democratic National Committee", "DNC", "organisation")).toBe(true);
    expect(nameMatches("BoE", "Bank of England", "organisation")).toBe(true);
    expect(nameMatches("FBI", "Federal Bureau of Investigation", "organisation")).toBe(true);
    expect(nameMatches("Bob", "Bank of Bermuda", "organisation")).toBe(false);
    expect(nameMatches("DNC", "Clinton campaign & Democratic National Committee", "group")).toBe(true);
    expect(nameMatches("IMF", "International Finance Corporation", "organisation")).toBe(false);
    expect(nameMatches("TE", "tax experts", "group")).toBe(false);
    expect(abbreviationsOf("the Food and Drug Administration")).toEqual(["fda", "fada"]);
    expect(abbreviationsOf("Reuters")).toEqual([]);
    expect(abbreviationsOf("tax experts")).toEqual([]);
  });

  it("ignores a company's legal form at the end of a name that is not a person's", () => {
    expect(nameMatches("Voltara Energy Inc.", "Voltara Energy", "organisation")).toBe(true);
    expect(nameMatches("Tessaline Networks", "Tessaline Networks Inc", "organisation")).toBe(true);
    expect(nameMatches("Acme Co.", "Zenith Co.", "organisation")).toBe(false);
    expect(nameTokens("Acme Holdings Pty Ltd", "organisation")).toEqual(["acme", "holdings"]);
    expect(nameTokens("Co.", "organisation")).toEqual(["co"]);
    expect(nameTokens("Jun Co", "person")).toEqual(["jun", "co"]);
  });

  it("reads a group's members as people: their middle initials are dropped, their descriptors kept", () => {
    expect(nameMatches("Charles E. Grassley & Patrick J. Leahy", "Charles Grassley & Patrick Leahy", "group")).toBe(true);
    expect(nameMatches("Charles E. Grassley & Patrick J. Leahy", "Charles Grassley & Patrick Leahy")).toBe(false);
    expect(nameMatches("Republican insiders", "Democratic insiders", "group")).toBe(false);
  });

  it.each<[string, string]>([
    ["Donald Trump Jr.", "Donald Trump"],
    ["Bill Clinton", "Hillary Clinton"],
    ["Hillary Clinton", "Clinton"],
    ["he", "Donald Trump"],
    ["Ohio", "Donald Trump"],
    ["President", "Barack Obama"],
    ["the", "The Daily Courier"],
    ["", "Hillary Clinton"],
    ["Trump Kaine", "Donald Trump & Tim Kaine"],
    ["Hillary Clinton", "-"],
    ["Clintons", "Hillary Clinton"],
  ])("%j does not name %j", (predicted, gold) => {
    expect(nameMatches(predicted, gold)).toBe(false);
  });

  it("normalises diacritics, case, punctuation, a leading the, possessives and titles", () => {
    expect(nameTokens("The Gov. Renée O\u2019Hara-Lutz's")).toEqual(["renee", "oharalutz"]);
    expect(nameTokens("Sen. Alma Reyes, Jr.")).toEqual(["alma", "reyes", "jr"]);
    expect(nameTokens("Mr. President")).toEqual([]);
    expect(nameTokens("another unnamed source")).toEqual(["unnamed", "source"]);
    expect(nameTokens("Democratic vice-presidential nominee Tim Kaine", "person")).toEqual(["tim", "kaine"]);
    expect(nameTokens("Democratic vice-presidential nominee Tim Kaine")).toEqual(["democratic", "vicepresidential", "tim", "kaine"]);
  });

  it("splits referents and alternatives; an excluded name has none", () => {
    expect(goldNameChoices("Ana Ruiz & Bo Lind | voters")).toEqual(["Ana Ruiz", "Bo Lind", "voters"]);
    expect(goldNameChoices("-")).toEqual([]);
  });
});

const HEADER = "article\tstart\tend\tname\tkind";

describe("parseNameLayer", () => {
  it("reads rows and finds them by article and span", () => {
    const layer = parseNameLayer(`\uFEFF${HEADER}\r\npaper_a\t0\t5\tAna Ruiz\tperson\r\n\r\npaper_a\t40\t52\t-\tother\npaper_b\t3\t9\tRuiz campaign\torganisation\n`);
    expect(layer.rows).toEqual([
      { article: "paper_a", start: 0, end: 5, name: "Ana Ruiz", kind: "person", line: 2 },
      { article: "paper_a", start: 40, end: 52, name: "-", kind: "other", line: 4 },
      { article: "paper_b", start: 3, end: 9, name: "Ruiz campaign", kind: "organisation", line: 5 },
    ]);
    expect(findNameRow(layer, "paper_b", 3, 9)?.name).toBe("Ruiz campaign");
    expect(findNameRow(layer, "paper_b", 3, 8)).toBeUndefined();
    expect(findNameRow(layer, "paper_c", 3, 9)).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ["a wrong header", "article\tstart\tend\tname\n", 'name layer line 1: the header must be "article\\tstart\\tend\\tname\\tkind", got "article\\tstart\\tend\\tname"'],
    ["a missing column", `${HEADER}\np\t0\t5\tAna Ruiz\n`, "name layer line 2: expected 5 tab-separated columns, got 4"],
    ["article text left in", `${HEADER}\np\t0\t5\tAna\tperson\tS1: Ana\n`, "name layer line 2: expected 5 tab-separated columns, got 6"],
    ["a bad offset", `${HEADER}\np\t0\t5\tAna\tperson\np\tx\t5\tAna\tperson\n`, 'name layer line 3: start and end must be whole numbers, got "x" and "5"'],
    ["an empty span", `${HEADER}\np\t5\t5\tAna\tperson\n`, "name layer line 2: start 5 must be below end 5"],
    ["an empty name", `${HEADER}\np\t0\t5\t \tperson\n`, "name layer line 2: the name is empty (use - to exclude a Source)"],
    ["an unknown kind", `${HEADER}\np\t0\t5\tAna\tpeople\n`, 'name layer line 2: unknown kind "people" (one of person, organisation, group, place, document, other)'],
    ["an empty article", `${HEADER}\n\t0\t5\tAna\tperson\n`, "name layer line 2: the article is empty"],
    ["a repeated span", `${HEADER}\np\t0\t5\tAna\tperson\nq\t0\t5\tBo\tperson\np\t0\t5\tBo\tperson\n`, "name layer line 4: p 0:5 already has a row (line 2)"],
  ])("rejects %s with the line number", (_case, tsv, message) => {
    let thrown: unknown;
    try {
      parseNameLayer(tsv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(NameLayerError);
    expect((thrown as Error).message).toBe(message);
  });

  it("accepts a layer with no rows", () => {
    expect(parseNameLayer(`${HEADER}\n`).rows).toEqual([]);
  });
});
