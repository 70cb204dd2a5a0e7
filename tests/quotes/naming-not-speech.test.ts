import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";

/** The reported clauses of `text` with their cue, as the default extractor finds them. */
const reported = (text: string) =>
  extractQuotes(text).quotes.filter((q) => q.type === "indirect").map((q) => [q.text, q.cue?.text ?? null]);

describe("names are not speech (named-thing)", () => {
  it("a naming verb that gives only someone's usual name reports nothing", () => {
    expect(reported("Alcide Guidry, 84, whom half the parish calls Nonc Alcide, said he had not seen a freeze like it.")).toEqual([
      ["he had not seen a freeze like it", "said"],
    ]);
    expect(reported("The builder, whom the quay calls mastru Ninu, said he had three hulls.")).toEqual([["he had three hulls", "said"]]);
  });

  it("what everyone around calls a person is a usual name, whatever follows it", () => {
    expect(reported("The oldest, Ramiz Memedov, has sold pots since 1971, and everyone calls him Kako Ramiz, uncle Ramiz.")).toEqual([]);
    expect(reported("The elder, whom the village still calls Ataatatsiaq, grandfather, spoke through an interpreter.")).toEqual([]);
    expect(reported("He was given the title in 1998 and the town calls him by it.")).toEqual([]);
    // "the whole" or "the entire" before any word for a place's people: "para" is a Kolkata neighbourhood.
    expect(reported("Eusebia Ayala, 68, as the whole town calls her, said she had learnt to weave at seven.")).toEqual([
      ["she had learnt to weave at seven", "said"],
    ]);
    expect(reported("Subrata Ghosh, whom the entire para calls Montu-da, said the roof leaked.")).toEqual([["the roof leaked", "said"]]);
    // Critics and named speakers who call someone something say something about them.
    expect(reported("Critics call it a loophole.")).toEqual([["it a loophole", "call"]]);
  });

  it("'named' right after a noun gives that noun's name, and reports nothing", () => {
    expect(reported("She waited for a notary from Tarija named Rubén Ortega Salas.")).toEqual([]);
    expect(reported("A notary named Rubén Ortega Salas arrived at noon.")).toEqual([]);
    expect(reported("The ranch drew a young builder named Ola Brandt, who said the barn would fall.")).toEqual([["the barn would fall", "said"]]);
  });

  it("writing one's name reports nothing", () => {
    expect(reported("The deputy, who signed his name Firuz Saidov until 2016, said the canal was dry.")).toEqual([["the canal was dry", "said"]]);
    expect(reported("He still writes his name in the old spelling.")).toEqual([]);
  });

  it("words said about someone are reported: a pronoun before a nickname, an apposition after the name, a title-case headline", () => {
    expect(reported("Ruiz called her Crooked Hillary.")).toEqual([["her Crooked Hillary", "called"]]);
    expect(reported("Lee called Mr. Yanukovych, a former coal director, an outstanding leader.")).toEqual([
      ["Mr. Yanukovych, a former coal director, an outstanding leader", "called"],
    ]);
  });
});
