import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/index";

const extractor = createExtractor();

/** The speaker's name and kind of the quote whose text starts with `start`. */
function speakerOf(input: string, start: string): string {
  const result = extractor.extract(input);
  const q = result.quotes.find((x) => x.text.startsWith(start));
  const kind = result.speakers.find((s) => s.id === q?.speaker?.id)?.kind;
  return `${q?.speaker?.name} (${kind})`;
}

describe("a person titled by a body's name is not that body's description", () => {
  it("'The head of the Harbour Porters Union, Ann Leigh' ... 'The union said': not Ann Leigh", () => {
    const input =
      'The head of the Harbour Porters Union, Ann Leigh, disputed the figures. "We were never asked," she said. The union said its members would vote next week.';
    expect(speakerOf(input, "We were never asked")).toBe("Ann Leigh (person)");
    expect(speakerOf(input, "its members")).not.toMatch(/Ann Leigh/);
  });

  it("a role title still names its holder: 'Union Secretary Ann Leigh' ... 'the secretary said'", () => {
    const input = 'Union Secretary Ann Leigh spoke at the rally on Monday. The pay offer was an insult, the secretary said.';
    expect(speakerOf(input, "The pay offer")).toBe("Ann Leigh (person)");
  });
});
