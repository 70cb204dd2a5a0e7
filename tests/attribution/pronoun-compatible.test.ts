import { describe, expect, it } from "vitest";
import { compatible } from "../../src/attribution/resolve";
import type { Entity } from "../../src/mentions/types";
import type { SpeakerKind } from "../../src/types";

const entity = (name: string, kind: SpeakerKind, gender?: "male" | "female"): Entity => ({ id: "e1", name, kind, mentions: [], ...(gender ? { gender } : {}) });

describe("which speakers a pronoun can refer to", () => {
  it("he and she: one person, never a place, an organisation, a document or several", () => {
    expect(compatible("she", entity("Tessa Moran", "person", "female"))).toBe(true);
    expect(compatible("she", entity("Moran", "unknown"))).toBe(true);
    expect(compatible("he", entity("Tessa Moran", "person", "female"))).toBe(false);
    expect(compatible("she", entity("Kenora", "place"))).toBe(false);
    expect(compatible("he", entity("Quill Institution", "organisation"))).toBe(false);
    expect(compatible("he", entity("statement", "document"))).toBe(false);
    expect(compatible("she", entity("those four skilled players", "unknown"))).toBe(false);
    expect(compatible("he", entity("local farmers", "unknown"))).toBe(false);
  });

  it("it: an organisation or a place; they: a group or an organisation, not a place", () => {
    expect(compatible("it", entity("Quill Institution", "organisation"))).toBe(true);
    expect(compatible("it", entity("Kenora", "place"))).toBe(true);
    expect(compatible("they", entity("officials", "group"))).toBe(true);
    expect(compatible("they", entity("Kenora", "place"))).toBe(false);
  });
});
