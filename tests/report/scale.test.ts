import { describe, expect, it } from "vitest";
import { renderReportPage } from "../../src/report";
import type { ExtractionResult, Quote, Speaker } from "../../src/types";

/**
 * A result of `n` short paragraphs, each a quotation by its own speaker, all speakers with the same
 * initials ("Jo Smith0", "Jo Smith1", ...), as a long text of short items produces. Every read of a
 * quote's `speaker` or a speaker's `name` is counted: a page that looks at every quote (or every
 * earlier badge) once per speaker reads them a number of times that grows with n².
 */
function countedResult(n: number): { text: string; result: ExtractionResult; reads: () => number } {
  let reads = 0;
  let text = "";
  const quotes: Quote[] = [];
  const speakers: Speaker[] = [];
  for (let k = 0; k < n; k++) {
    const name = `Jo Smith${k}`;
    const quoted = `"Item ${k} is ready,"`;
    const start = text.length;
    text += `${quoted} said ${name}.\n\n`;
    const mentionStart = start + quoted.length + " said ".length;
    const mention = { text: name, start: mentionStart, end: mentionStart + name.length };
    const speaker = { id: `s${k + 1}`, name, kind: "person", mentions: [mention] } as Speaker;
    Object.defineProperty(speaker, "name", { enumerable: true, get: () => (reads++, name) });
    speakers.push(speaker);
    const quote = {
      id: `q${k + 1}`, type: "direct", text: quoted, start, end: start + quoted.length,
      cue: { text: "said", start: start + quoted.length + 1, end: start + quoted.length + 5 },
      date: null, confidence: 0.9, rule: "test",
    } as unknown as Quote;
    const who = { id: speaker.id, name, mention };
    Object.defineProperty(quote, "speaker", { enumerable: true, get: () => (reads++, who) });
    quotes.push(quote);
  }
  return { text, result: { articleDate: null, quotes, speakers }, reads: () => reads };
}

async function readsFor(n: number): Promise<number> {
  const { text, result, reads } = countedResult(n);
  await renderReportPage({ title: "many speakers", text, result });
  return reads();
}

describe("report page: work grows linearly with the number of speakers", () => {
  it("reads each quote's speaker and each speaker's name a bounded number of times", async () => {
    const small = await readsFor(100);
    const large = await readsFor(400);
    // Four times the speakers: about four times the reads when linear, sixteen when quadratic.
    expect(large / small).toBeLessThan(6);
  });

  it("numbers badges of speakers that share initials in order", async () => {
    const { text, result } = countedResult(12);
    const html = await renderReportPage({ title: "badges", text, result });
    const badges = [...html.matchAll(/<button type="button" class="speaker sp\d+"[^>]*><span class="badge" aria-hidden="true">([^<]*)</g)].map((m) => m[1]);
    expect(badges).toEqual(["JS", "JS2", "JS3", "JS4", "JS5", "JS6", "JS7", "JS8", "JS9", "JS10", "JS11", "JS12"]);
  });
});
