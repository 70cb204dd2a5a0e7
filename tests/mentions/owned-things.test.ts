import { describe, expect, it } from "vitest";
import { entityNameOf } from "./speaker-lines";

describe("'its' after a thing the sentence names is that thing's", () => {
  it("gives a petition's organisers, not an organisation named before", () => {
    const text =
      "The Marlow Arts Council said the theatre grant would end in June. " +
      "More than 5,000 people have signed a petition calling for the grant to be restored, its organisers said.";
    expect(entityNameOf(text, "its organisers")).toBe("petition organisers");
  });

  it("keeps the organisation's spokesman, whatever thing comes between", () => {
    const text = "Acme Corp. shut the plant after a study of the site, its spokesman said.";
    expect(entityNameOf(text, "its spokesman")).toBe("Acme Corp. spokesman");
  });
});
