import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { speakerNames as speakers } from "./speaker-lines";

describe("marks inside a name's phrase", () => {
  it("keeps a domain name whole: an outlet named 'Sportsbeat.com' is not 'com'", () => {
    expect(speakers("Sportsbeat.com reported that the league has changed.")).toEqual([["the league has changed", "Sportsbeat.com"]]);
    expect(speakers("But a screen image captured by Sportsbeat.com showed that Lee had shared it.")).toEqual([["Lee had shared it", "Sportsbeat.com"]]);
  });

  it("never names a party-and-state label, and a full stop inside it ends no sentence", () => {
    const text = "The margin was six points. Rep. Dana Fisk, R-N.Y., noted in a column on Saturday that anger is fueling the rise.";
    expect(buildDocument(text).sentences).toHaveLength(2);
    expect(speakers(text)).toEqual([["anger is fueling the rise", "Dana Fisk"]]);
    expect(speakers("Sen. Dana Fisk (D-Calif.) said the bill will fail.")).toEqual([["the bill will fail", "Dana Fisk"]]);
  });
});
