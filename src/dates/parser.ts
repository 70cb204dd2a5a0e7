// The English locale only: the package root also loads every other locale (several times slower to import).
import * as chrono from "chrono-node/en";

type Parser = (typeof chrono.casual.parsers)[number];
export type ParsedResult = chrono.ParsedResult;
type Context = Parameters<Parser["pattern"]>[0];

/** Every spelling of a month in chrono's patterns starts with one of these. */
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/** Every day number in chrono's patterns: digits, or an ordinal word containing one of these. */
const DAY_NUMBER = /[0-9]|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;
/** Every year in chrono's year-month pattern starts with a digit 1-9. */
const YEAR = /[1-9]/;

/**
 * Words a text must contain for one of chrono's casual parsers to match anything in it, by the
 * fingerprint of the pattern they were read from (chrono-node 2.10.3; tests/dates/guards.test.ts).
 * V8 compiles a pattern on its first use and again, to machine code, on its second: for the
 * large case-insensitive ones that is about 4-15 ms each, and about 150 ms each for "3 days ago"
 * and "3 days later", most of a cold process's date parsing. Most windows cannot match most of
 * them (a window with a weekday and no month needs none of the month patterns), so a parser whose
 * words are missing is skipped: same results, less time. A parser whose pattern is not one of
 * these (another chrono version) runs unguarded.
 */
const GUARDS = new Map<number, readonly RegExp[]>([
  [0x7bc5adb3, [MONTH, DAY_NUMBER]], // "12th of March 2016": ENMonthNameLittleEndianParser
  [0x5143a643, [MONTH, DAY_NUMBER]], // "March 12, 2016": ENMonthNameMiddleEndianParser
  [0x2bc37299, [MONTH, YEAR]], // "2016 March": ENYearMonthNameParser
  [0x1ff05841, [MONTH]], // "in March 2016": ENMonthNameParser
  [0x88a51144, [/ago|before|earlier/i]], // "3 days ago": ENTimeUnitAgoFormatParser
  [0xfe27ff19, [/later|after|from now|henceforth|forward|out/i]], // "3 days later": ENTimeUnitLaterFormatParser
]);

/** FNV-1a, 32 bits: a pattern's fingerprint. */
export function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193) >>> 0;
  return hash;
}

/** Matches nothing. */
const NEVER = /(?!)/;

/** The parser's guard words, or undefined when its pattern is not one they were read from. */
export function guardOf(parser: Parser): readonly RegExp[] | undefined {
  try {
    return GUARDS.get(fingerprint(parser.pattern({ text: "", option: {}, reference: { instant: new Date(0) } } as unknown as Context).source));
  } catch {
    return undefined;
  }
}

function guarded(parser: Parser): Parser {
  const required = guardOf(parser);
  if (!required) return parser;
  const wrapper = Object.create(parser) as Parser;
  wrapper.pattern = (context: Context) => (required.every((words) => words.test(context.text)) ? parser.pattern(context) : NEVER);
  return wrapper;
}

/** chrono's casual English parser, with the guards above: same results, less time. */
export const casualDates = new chrono.Chrono({
  parsers: chrono.casual.parsers.map(guarded),
  refiners: chrono.casual.refiners,
});
