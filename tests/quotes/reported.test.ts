import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/document";
import { buildCueLexicon } from "../../src/lexicon/cues";
import { cueMatcher } from "../../src/lexicon/match";
import { DEFAULT_INNER_MARKS, DEFAULT_OUTER_MARKS, findQuotes } from "../../src/quotes";

const matcher = cueMatcher(buildCueLexicon());
const find = (text: string) => findQuotes(buildDocument(text), { outer: DEFAULT_OUTER_MARKS, inner: DEFAULT_INNER_MARKS }, matcher);
/** Reported speech found in `text`: its words and the cue that introduced it. */
const reported = (text: string) =>
  find(text)
    .filter((q) => q.type === "indirect")
    .map((q) => ({ text: q.text, cue: q.cueHint?.text }));

describe("reported speech: subjects the tagger gets wrong", () => {
  it("takes a capitalised word before or after the cue for a name, even when tagged a verb", () => {
    expect(reported("Cook said Carter stopped the practice in March.")).toEqual([
      { text: "Carter stopped the practice in March", cue: "said" },
    ]);
  });

  it("starts a clause at a possessive when a verb follows its noun phrase", () => {
    expect(reported("He said his recent attacks on Trump have given his campaign momentum.")).toEqual([
      { text: "his recent attacks on Trump have given his campaign momentum", cue: "said" },
    ]);
  });

  it("does not report a possessive object without a verb after it", () => {
    expect(reported("Most of the generals had announced their support for her.")).toEqual([]);
  });
});

describe("reported speech: stances and intentions learned from train", () => {
  it("reports the object of a learned cue of modest precision when its subject stands before it", () => {
    expect(reported("Smith backed the plan in March.")).toEqual([{ text: "the plan in March", cue: "backed" }]);
    expect(reported("The governor declined to endorse either candidate.")).toEqual([
      { text: "to endorse either candidate", cue: "declined" },
    ]);
  });

  it("takes such a participle only in a progressive", () => {
    expect(reported("Trump is seeking a second debate.")).toEqual([{ text: "a second debate", cue: "seeking" }]);
    expect(reported("There are radio clips of her supporting it.")).toEqual([]);
  });

  it("reports nothing for `to` and a bare verb: `declined to comment`", () => {
    expect(reported("The ministry declined to comment.")).toEqual([]);
    expect(reported("The ministry declined to comment further.")).toEqual([]);
  });

  it("skips such a cue in a time clause: an event, not something reported", () => {
    expect(reported("The talks come after Russia threatened to attack Ukraine.")).toEqual([]);
  });

  it("skips such a cue after an infinitive marker", () => {
    expect(reported("Leaders met in Brussels to discuss the torrent of challenges.")).toEqual([]);
  });

  it("keeps built-in verbs to their hand-set weight: `mention` is too weak to report its object", () => {
    expect(reported("He hardly mentioned the OSCE.")).toEqual([]);
  });

  it("does not let a weak cue attribute a quotation its clause runs into", () => {
    const [quote] = find('Voters were worried about the plan and its "very, very big" costs.');
    expect(quote).toMatchObject({ type: "partial", text: "very, very big" });
    expect(quote!.cueHint).toBeUndefined();
  });
});

describe("reported speech: attributions inside the sentence", () => {
  it("reports the rest of a relative clause whose subject gap follows the cue", () => {
    expect(reported("The policy changes, which officials said will go into effect soon, will not apply to everyone.")).toEqual([
      { text: "will go into effect soon", cue: "said" },
    ]);
  });

  it("reports the words after a parenthetical attribution followed by a verb", () => {
    expect(reported("Greensboro, Sexton said, made him question the rhetoric.")).toEqual([
      { text: "made him question the rhetoric", cue: "said" },
    ]);
  });

  it("reports the object of a participle after the attribution of a quotation", () => {
    const found = find("“It is a reflection of anger,” McCain said, citing low economic growth.");
    expect(found.map((q) => [q.type, q.text])).toEqual([
      ["direct", "It is a reflection of anger"],
      ["indirect", "low economic growth"],
    ]);
  });
});

describe("reported speech: where the clause ends", () => {
  it("ends before a contrasting clause with its own verb", () => {
    expect(reported("She said she didn't want the escort at all, but the NYPD overruled that request.")).toEqual([
      { text: "she didn't want the escort at all", cue: "said" },
    ]);
  });

  it("keeps a 'but' that joins two phrases without a verb", () => {
    expect(reported("He said the plan was bold, but costly and slow.")).toEqual([
      { text: "the plan was bold, but costly and slow", cue: "said" },
    ]);
  });
});

describe("reported speech: a second attribution in the same sentence", () => {
  it("ends the first clause where ', and X warned that' starts another", () => {
    expect(reported("Obama said the reforms were not complete, and rights groups warned that the administration was giving up leverage.")).toEqual([
      { text: "the reforms were not complete", cue: "said" },
      { text: "the administration was giving up leverage", cue: "warned" },
    ]);
  });
});
