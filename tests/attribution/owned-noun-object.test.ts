import { describe, expect, it } from "vitest";
import { quoteMentions as speakers } from "./quote-mentions";

describe("a quotation after a named owner's noun of saying that a verb cue takes as object is the verb's", () => {
  it("the verb's predicate of the noun: `Ray called Lee's remarks about a judge \"racist\"`", () => {
    expect(speakers("Speaker Tom Ray, the party's top official, on Tuesday called Ann Lee's remarks about a judge \u201cracist,\u201d a rare rebuke.")).toEqual([
      ["racist", "Tom Ray"],
    ]);
  });

  it("the reported clause's predicate: `The lawmaker said Lee's remarks \"have ...\"`", () => {
    expect(speakers("The lawmaker, who represents a rural district, said Ann Lee's remarks \u201chave spread widely and shamed the whole province.\u201d")).toEqual([
      ["have spread widely and shamed the whole province.", "The lawmaker"],
    ]);
  });

  it("not a quote inside the noun's content", () => {
    expect(speakers("Tom Ray also repeated Ann Lee's claim that \u201cprofit-making\u201d drove the firms.")).toEqual([
      ["profit-making", "Ann Lee"],
    ]);
  });
});
