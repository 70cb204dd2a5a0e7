/**
 * Golden test: the library's output on fixtures/article.txt against the hand-written
 * fixtures/article.expected.json. Quotes and speakers are matched by index; each expected quote
 * and speaker gets its own test so a failure names it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractQuotes } from "../src/index";
import type { ExtractionResult } from "../src/types";
import {
  badSpans,
  loadArticle,
  loadExpected,
  overlaps,
  scareQuoteKey,
  short,
  spanOf,
} from "./golden-helpers";

const article = loadArticle();
const expected = loadExpected();

let result: ExtractionResult;
beforeAll(() => {
  result = extractQuotes(article);
});

/** One line per actual quote, for messages. */
const summary = (r: ExtractionResult) =>
  r.quotes.map((q) => `${q.id} ${q.type} @${q.start}-${q.end} "${short(q.text)}"`);

describe("golden: fixtures/article.txt", () => {
  it("articleDate comes from the leading ' date 2021-12-28' header", () => {
    expect(result.articleDate, "articleDate").toBe(expected.articleDate);
  });

  it("the articleDate option overrides the header", () => {
    expect(extractQuotes(article, { articleDate: "2022-01-05" }).articleDate).toBe("2022-01-05");
  });

  it(`finds ${expected.quotes.length} quotes`, () => {
    expect(summary(result), "actual quotes").toHaveLength(expected.quotes.length);
  });

  describe("quotes (matched by index)", () => {
    expected.quotes.forEach((eq, i) => {
      it(`${eq.id} ${eq.type} "${short(eq.text)}"`, () => {
        const actual = result.quotes[i];
        expect(
          actual,
          `${eq.id}: no quote at index ${i}; actual quotes:\n${summary(result).join("\n")}`,
        ).toBeDefined();
        if (!actual) return;

        // Where the expected quote went, if not here: helps tell a missing/extra quote from a bad field.
        const foundAt = result.quotes.findIndex((q) => q.start === eq.start && q.end === eq.end);
        const tag =
          `${eq.id} "${short(eq.text)}" [actual at index ${i}: ${actual.id} "${short(actual.text)}"` +
          (foundAt === i ? "]" : `; expected span ${foundAt < 0 ? "not in output" : `at index ${foundAt}`}]`);

        expect.soft(actual.id, `${tag}: id`).toBe(eq.id);
        expect.soft(actual.type, `${tag}: type`).toBe(eq.type);
        expect.soft(actual.text, `${tag}: text`).toBe(eq.text);
        expect.soft(actual.start, `${tag}: start`).toBe(eq.start);
        expect.soft(actual.end, `${tag}: end`).toBe(eq.end);
        expect.soft(actual.parentId, `${tag}: parentId`).toBe(eq.parentId);

        // speaker
        if (eq.speaker === null) {
          expect.soft(actual.speaker, `${tag}: speaker`).toBeNull();
        } else {
          expect.soft(actual.speaker, `${tag}: speaker`).not.toBeNull();
          if (actual.speaker) {
            expect.soft(actual.speaker.id, `${tag}: speaker.id`).toBe(eq.speaker.id);
            expect.soft(actual.speaker.name, `${tag}: speaker.name`).toBe(eq.speaker.name);
            expect.soft(actual.speaker.title, `${tag}: speaker.title`).toBe(eq.speaker.title);
            expect
              .soft(spanOf(actual.speaker.mention), `${tag}: speaker.mention`)
              .toEqual(eq.speaker.mention);
          }
        }

        // cue
        expect.soft(spanOf(actual.cue), `${tag}: cue`).toEqual(eq.cue);

        // date
        if (eq.date === null) {
          expect.soft(actual.date, `${tag}: date`).toBeNull();
        } else {
          expect.soft(actual.date, `${tag}: date`).not.toBeNull();
          if (actual.date) {
            expect.soft(actual.date.value, `${tag}: date.value`).toBe(eq.date.value);
            expect.soft(actual.date.source, `${tag}: date.source`).toBe(eq.date.source);
            expect.soft(spanOf(actual.date.span), `${tag}: date.span`).toEqual(eq.date.span);
          }
        }
      });
    });
  });

  describe("speakers (matched by index)", () => {
    it(`finds ${expected.speakers.length} speakers`, () => {
      expect(
        result.speakers.map((s) => `${s.id} ${s.kind} ${s.name}`),
        "actual speakers",
      ).toHaveLength(expected.speakers.length);
    });

    expected.speakers.forEach((es, i) => {
      it(`${es.id} ${es.name}`, () => {
        const actual = result.speakers[i];
        expect(
          actual,
          `${es.id} ${es.name}: no speaker at index ${i}; actual speakers: ${result.speakers
            .map((s) => `${s.id} ${s.name}`)
            .join(", ")}`,
        ).toBeDefined();
        if (!actual) return;
        const tag = `${es.id} ${es.name} [actual at index ${i}: ${actual.id} ${actual.name}]`;

        expect.soft(actual.id, `${tag}: id`).toBe(es.id);
        expect.soft(actual.name, `${tag}: name`).toBe(es.name);
        expect.soft(actual.title, `${tag}: title`).toBe(es.title);
        expect.soft(actual.kind, `${tag}: kind`).toBe(es.kind);

        const missing = es.mentions.filter(
          (m) => !actual.mentions.some((am) => am.start === m.start && am.end === m.end),
        );
        expect
          .soft(
            missing,
            `${tag}: expected mentions missing from actual mentions ${JSON.stringify(
              actual.mentions.map(spanOf),
            )}`,
          )
          .toEqual([]);
      });
    });
  });

  it("every span in the output slices out of the article exactly", () => {
    expect(badSpans(article, result), "spans whose article.slice(start, end) !== text").toEqual([]);
  });

  it('the scare quote "key" (in `or "key" Nato states`) is not reported as a quote', () => {
    const key = scareQuoteKey(article);
    expect(
      result.quotes.filter((q) => overlaps(q, key)).map((q) => `${q.id} "${short(q.text)}"`),
      'quotes covering the scare quote "key"',
    ).toEqual([]);
  });
});
