import { describe, expect, it } from "vitest";
import { lastWord } from "../../src/mentions/coref/name-index";

// lastWord reads back from the name's end instead of splitting it: it must give what the last
// part of `name.toLowerCase().split(/\s+/)` gives, for every kind of white space.
const bySplit = (name: string) => name.toLowerCase().split(/\s+/).at(-1);

describe("lastWord", () => {
  it.each(["Ann Lee", "Pádraig Ó Cuív", "Van Hollen", "Lee", "", "Ann  Lee", "Ann\u00a0Lee", "Ann\tLee", "Ann Lee ", " Lee", "Ann\u2009LEE", "ÉLODIE DURAND"])(
    "of %j is the split's last part",
    (name) => {
      expect(lastWord(name)).toBe(bySplit(name));
    },
  );
});
