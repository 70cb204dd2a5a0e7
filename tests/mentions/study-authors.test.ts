import { describe, expect, it } from "vitest";
import { speakerNames as speakers } from "./speaker-lines";

describe("'the authors' of a study speak as the researchers named before them", () => {
  it("names 'The authors' after the researchers the article reported the study from", () => {
    const text = "Researchers at the University of Quill found that children who slept longer scored higher. The authors cautioned that the difference was small.";
    expect(speakers(text)).toEqual([
      ["children who slept longer scored higher", "Researchers"],
      ["the difference was small", "Researchers"],
    ]);
  });

  it("names 'the authors' inside a relative clause ('a finding the authors said')", () => {
    const text = "Quill University researchers found that children who slept longer scored higher. Schools with later bells did better, a finding the authors said offered a simple way to help.";
    expect(speakers(text)[1]).toEqual(["offered a simple way to help", "Quill University researchers"]);
  });

  it("leaves 'the authors of' a book, and authors with no researchers before them, as they are", () => {
    expect(speakers("Researchers found that children who slept longer scored higher. The novel was written by two sisters. The authors of the novel said it was a love story.")[2]).toEqual([
      "it was a love story",
      "authors",
    ]);
    expect(speakers("The novel sold well. The authors said it was a love story.")).toEqual([["it was a love story", "authors"]]);
  });
});
