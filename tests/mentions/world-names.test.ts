/**
 * Names in house styles beyond the US and UK (the second multi-style set, gold/styles2): Welsh
 * post-nominals, Singaporean and Malaysian honorifics and surname-first names, a letter writer's
 * "my neighbour". Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { speakerLines as speakers } from "./speaker-lines";

describe("names in world English styles", () => {
  it("MS after a name (a Member of the Senedd) is a post-nominal, not the honorific Ms", () => {
    expect(speakers("Health spokesperson Iolo Vaughan MS said: \u201cThey cannot blame anyone else.\u201d")).toEqual([
      "They cannot blame anyone else. -> Iolo Vaughan via Iolo Vaughan",
    ]);
  });

  it("Madam and Mdm are honorifics, not part of the name", () => {
    expect(speakers("Madam Lim Siew Hoon, 67, said her rent had doubled. Mdm Goh Ai Ling said hers had not.")).toEqual([
      "her rent had doubled -> Lim Siew Hoon via Lim Siew Hoon",
      "hers had not -> Goh Ai Ling via Goh Ai Ling",
    ]);
  });

  it("an honorific before the first word of an earlier full name is that person (surname first, or a given name)", () => {
    expect(speakers("Mr Tan Wei Ming said the stalls mattered. \u201cIt is about people,\u201d Mr Tan said. Ms Nurul Huda Ahmad took over a stall. \u201cI am learning,\u201d Ms Nurul said.")).toEqual([
      "the stalls mattered -> Tan Wei Ming via Tan Wei Ming",
      "It is about people -> Tan Wei Ming via Tan",
      "I am learning -> Nurul Huda Ahmad via Nurul",
    ]);
  });

  it("a letter writer's \u201cmy neighbour\u201d is named without the possessive", () => {
    expect(speakers("My neighbour, who is 91, told me she has not been to church since the bus was cut.")).toEqual([
      "she has not been to church since the bus was cut -> neighbour via My neighbour",
    ]);
  });
});
