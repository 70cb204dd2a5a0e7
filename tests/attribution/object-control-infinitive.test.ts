import { describe, expect, it } from "vitest";
import { reportedCueSpeakers as speakers } from "./quote-mentions";

describe("the object a verb brings to act is its infinitive cue's subject", () => {
  it("credits 'led X to V' and 'allowing X to V' to X, not to the sentence's subject", () => {
    expect(speakers("The release of the memos by the paper led city council chairwoman Ann Lee to announce her resignation.")).toEqual([
      ["announce", "Ann Lee"],
    ]);
    expect(speakers("The tool went live on Friday, allowing residents to tell friends they were safe.")).toEqual([
      ["tell", "residents"],
    ]);
    expect(speakers("The scandal prompted Dana Ortiz to accuse the mayor of lying.")).toEqual([["accuse", "Dana Ortiz"]]);
  });

  it("credits a lone quantifier object ('caused many to wonder') and no noun of saying after such a verb", () => {
    expect(speakers("The delay has caused many to wonder whether the mayor will run again.")).toEqual([["wonder", "many"]]);
    expect(speakers("The sudden move led some to speculate that the mayor was ill.")).toEqual([["speculate", "some"]]);
    expect(speakers("The feud has prompted new worries that a split party could hurt the mayor.")).toEqual([["worries", null]]);
  });

  it("keeps the subject of a verb of saying before its object ('pushing X to V')", () => {
    expect(speakers("Maria Costa is pushing fellow council members to reject the budget deal reached by the mayor and the board last week.")).toEqual([["reject", "Maria Costa"]]);
  });
});
