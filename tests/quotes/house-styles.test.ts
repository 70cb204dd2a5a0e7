/**
 * House styles the PolNeAR articles do not have (found by the multi-style set, gold/styles/):
 * datelines and kickers before a colon, scorelines, single-quoted headlines in
 * double-quote articles. Invented sentences, none from the set.
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/index";

const brief = (text: string) => extractQuotes(text).quotes.map((q) => [q.type, q.text, q.speaker?.mention.text ?? null]);

describe("labels before a colon", () => {
  it("takes a lone capitalised label in the body for a dateline or a kicker, not a speaker", () => {
    const dateline = "Ferry fares to rise\n\nOSLO: Ferry fares will rise by a tenth in April, the operator Nordlink said on Friday.";
    expect(brief(dateline)).toEqual([["indirect", "Ferry fares will rise by a tenth in April", "Nordlink"]]);
    const kicker = "Bakery chain shares fall\n\nMARKET WATCH: Crumb & Co shares fell 9 per cent after the chain closed 40 shops.";
    expect(brief(kicker)).toEqual([]);
  });

  it("reads no speaker in a scoreline headline", () => {
    expect(brief("Lakeside 3 Hillford 0: Osei hat-trick sinks the visitors\n\nLakeside were too strong.")).toEqual([]);
  });
});

describe("captions", () => {
  it("reads a capitalised word of the affiliation after the name as a name, not a verb", () => {
    const text =
      'The pier at dusk. "We raised the money in a year." — Ola Berg, treasurer\n\n' +
      'Volunteers paint the railings. "The pier is ours now." — Ines Doyle, Save Our Pier chair';
    expect(extractQuotes(text).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ["We raised the money in a year.", "Ola Berg"],
      ["The pier is ours now.", "Ines Doyle"],
    ]);
  });
});

describe("anonymity formulas", () => {
  it("reads 'asked not to be named' as no statement, leaving the clause to the speech verb after it", () => {
    const text = "A second trader, who asked not to be named because she was not cleared to speak, said the deal would close in May.";
    expect(extractQuotes(text).quotes.map((q) => [q.type, q.text])).toEqual([["indirect", "the deal would close in May"]]);
  });

  it("reads 'did not want to be named' as no statement, and ends a relative clause's content before its head's verb of saying", () => {
    const text = "A shop manager, who did not want to be named because of company policy, said the shop would close.";
    expect(brief(text)).toEqual([["indirect", "the shop would close", "A shop manager"]]);
    // A relative clause's content ends at its comma when the head's verb of saying follows.
    expect(brief("A shop manager, who hoped to keep the lease, said the shop would close.")).toEqual([
      ["indirect", "to keep the lease", "who"],
      ["indirect", "the shop would close", "A shop manager"],
    ]);
    // "named" with something named after it is content.
    expect(brief("Lee wants to be named captain, his agent said.")).toEqual([["indirect", "Lee wants to be named captain", "his agent"]]);
  });
});

describe("a title before the name after the cue", () => {
  it("finds the name past lower-case title words the tagger reads as a verb", () => {
    const text = 'Prices fell. "We are losing money," said lead engineer Tomas Ribeiro. "Nobody is buying," said lead author Dr. Ana Moss.';
    expect(extractQuotes(text).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ["We are losing money", "Tomas Ribeiro"],
      ["Nobody is buying", "Ana Moss"],
    ]);
  });
});

describe("the AP's anonymity formula", () => {
  const reported = (text: string) => extractQuotes(text).quotes.map((q) => [q.type, q.text, q.speaker?.name ?? null]);

  it("reads the clause before 'X said on condition of anonymity because ...' as X's", () => {
    expect(reported("The vote will be delayed, an aide said on condition of anonymity because he was not authorized to discuss the plans.")).toEqual([
      ["indirect", "The vote will be delayed", "aide"],
    ]);
  });

  it("reads 'not authorized to discuss' as the reason for anonymity, not speech", () => {
    expect(reported("An aide, who was not authorized to discuss the talks, said they had stalled.")).toEqual([["indirect", "they had stalled", "aide"]]);
  });
});

describe("the AP's anonymity formula before a that-clause", () => {
  it("reads the that-clause after the formula's reason as what was said", () => {
    const text = "An aide said on condition of anonymity because he was not authorized to discuss the talks that the vote would be delayed.";
    expect(extractQuotes(text).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([["the vote would be delayed", "aide"]]);
  });
});

describe("a participle as an adjective between the cue and its that-clause", () => {
  it("reads 'said in televised remarks that' and 'in emailed comments that' as the verb's that-clause", () => {
    const texts = ["Tom Fouad said in televised remarks that the plan was national.", "Ann Park said in emailed comments that the plan was late."];
    expect(texts.map((text) => extractQuotes(text).quotes.map((q) => [q.text, q.cue?.text ?? null, q.speaker?.name ?? null]))).toEqual([
      [["the plan was national", "said", "Tom Fouad"]],
      [["the plan was late", "said", "Ann Park"]],
    ]);
  });
});

describe("a parliamentary record (Hansard style)", () => {
  it("reads each labelled turn as the words of its label, past the constituency and party in parentheses", () => {
    const text = "The exchange, as recorded in Hansard:\n\nMr Ray Lund (Leeds North) (Lab): Will the Minister tell the House when the ward will open?\n\n" +
      "The Minister for Health: I thank the hon. Gentleman for his question.\n\nMr Lund: The site is a car park.";
    expect(brief(text)).toEqual([
      ["indirect", "Will the Minister tell the House when the ward will open?", "Mr Ray Lund"],
      ["indirect", "I thank the hon. Gentleman for his question", "The Minister for Health"],
      ["indirect", "The site is a car park", "Mr Lund"],
    ]);
  });

  it("reads a transcript's turns whose labels are in Markdown bold, the colon inside or outside the bold", () => {
    const text = "The following is a transcript of the interview.\n\n**ANA RUIZ:** Minister, what went wrong with the ferry?\n\n" +
      "**TOM REYES**: Nothing went wrong with the promise. Costs went up.\n\n__RUIZ:__ Will you cap fares?";
    expect(brief(text)).toEqual([
      ["indirect", "Minister, what went wrong with the ferry?", "ANA RUIZ"],
      ["indirect", "Nothing went wrong with the promise. Costs went up", "TOM REYES"],
      ["indirect", "Will you cap fares?", "RUIZ"],
    ]);
    // Bold that is no label: a heading or a word stressed in the text.
    expect(brief("**Ferry fares to rise**\n\nThe fares will **not** rise this year.")).toEqual([]);
  });

  it("reads a capitalised label with a stage note in parentheses before its colon, and no turn in a TRANSCRIPT kicker", () => {
    const text = "TRANSCRIPT: RIVER WATCH, NOVEMBER 3\n\nOLA BERG: The bridge is closed tonight.\n\n" +
      "RAMÓN SOTO (through translator): I have never seen the river like this.\n\nBERG: Reporting from the bridge, I'm Ola Berg.";
    expect(extractQuotes(text).quotes.map((q) => [q.text, q.speaker?.mention.text ?? null, q.speaker?.name ?? null, q.speaker?.title ?? null])).toEqual([
      ["The bridge is closed tonight", "OLA BERG", "OLA BERG", null],
      ["I have never seen the river like this", "RAMÓN SOTO", "RAMÓN SOTO", null],
      ["Reporting from the bridge, I'm Ola Berg", "BERG", "OLA BERG", null],
    ]);
    // wink keeps "I'm" one token: it is no title of the name after it.
    expect(extractQuotes("Reporting from the bridge, I'm Ola Berg. Berg said the water rose.").quotes.map((q) => [q.speaker?.name, q.speaker?.title ?? null])).toEqual([
      ["Ola Berg", null],
    ]);
  });

  it("names a role label (\u201cANCHOR:\u201d) after the person the article gives that role, in a credit line or an apposition", () => {
    const credit = "Segment 2: the dam. Anchor: Dana Whitcombe. This is a rush transcript.\n\nANCHOR: Good evening.\n\nAMARI: The water came up fast.\n\nANCHOR: Thank you, Joel.";
    expect(extractQuotes(credit).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ["Good evening", "Dana Whitcombe"],
      ["The water came up fast", "AMARI"],
      ["Thank you, Joel", "Dana Whitcombe"],
    ]);
    const apposition = "The anchor, Dana Whitcombe, opened the show.\n\nANCHOR: Good evening.\n\nAMARI: The water came up fast.";
    expect(extractQuotes(apposition).quotes[0]!.speaker?.name).toBe("Dana Whitcombe");
  });

  it("reads no turns in a book's title and subtitle", () => {
    expect(brief("Books of the year\n\nThe Fixers: Ann Lee, Tom Reyes and the Studio Machine\n\nThe Trumps: Three Generations of Builders")).toEqual([]);
  });
});
