/** AP style: a bare day right after the cue is when it was said, not part of what was said. Invented sentences. */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";

// 2026-03-05 is a Thursday.
const reported = (text: string) =>
  extractQuotes(text, { articleDate: "2026-03-05" }).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.date?.value ?? null]);

describe("said DAY CLAUSE", () => {
  it("leaves the day out of the content and dates the quote with it", () => {
    expect(reported("Mayor Lena Brooks said Wednesday the bridge would reopen in March.")).toEqual([
      ["the bridge would reopen in March", "Lena Brooks", "2026-03-04"],
    ]);
    expect(reported("Paul Grant said Tuesday night that buses would run until then.")).toEqual([
      ["buses would run until then", "Paul Grant", "2026-03-03"],
    ]);
  });

  it("keeps a day that is the clause's subject or is not followed by a clause", () => {
    expect(reported("Officials said Friday was the deadline.")).toEqual([["Friday was the deadline", "Officials", "2026-03-05"]]);
    expect(reported("Ana Ruiz said Monday's vote was rigged.")).toEqual([["Monday's vote was rigged", "Ana Ruiz", "2026-03-05"]]);
  });
});
