/**
 * Names with particles and family-name-first given names (prompted by the seventh multi-style set,
 * gold/styles7): Arabic "al-"/"bin"/"bint", Dutch "ter", Korean given names of two joined
 * syllables, and an organisation's name with "and" inside a speaker's modifier. Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { entityNameOf, speakerLines as speakers } from "./speaker-lines";

describe("name particles", () => {
  it("\u201cal-\u201d joined by a hyphen belongs to the surname, alone or after a given name", () => {
    expect(speakers("The spokeswoman, Reem al-Mansouri, said the plant would reopen. \u201cWe are ready,\u201d al-Mansouri said. Al-Mansouri said the tanks were full.")).toEqual([
      "the plant would reopen -> Reem al-Mansouri via Reem al-Mansouri",
      "We are ready -> Reem al-Mansouri via al-Mansouri",
      "the tanks were full -> Reem al-Mansouri via Al-Mansouri",
    ]);
  });

  it("\u201cbint\u201d and \u201cter\u201d stay inside the name; an unlisted role before a name with a particle is its title", () => {
    expect(speakers("Dr. Huda bint Saleh al-Amri, a chemist, said the water was safe. Geologist Anke ter Welle said the soil was wet. \u201cIt is wet,\u201d ter Welle said.")).toEqual([
      "the water was safe -> Huda bint Saleh al-Amri via Huda bint Saleh al-Amri",
      "the soil was wet -> Anke ter Welle via Anke ter Welle",
      // The lower-case particle opening a lone surname is left out of the mention (not of the name).
      "It is wet -> Anke ter Welle via Welle",
    ]);
  });
});

describe("Welsh \u201cap\u201d and Kikuyu \u201cwa\u201d", () => {
  it("stay inside a person's name (\u201cap\u201d is no news agency there), also after an honorific", () => {
    expect(speakers('Headteacher Rhun ap Iolo said the school would close. Mr ap Iolo said parents were angry. "We had a well," said Mzee Njoroge wa Kamau.')).toEqual([
      "the school would close -> Rhun ap Iolo via Rhun ap Iolo",
      "parents were angry -> Rhun ap Iolo via ap Iolo",
      "We had a well -> Njoroge wa Kamau via Njoroge wa Kamau",
    ]);
  });
});

describe("a Filipino particle", () => {
  it("\u201cdela\u201d stays inside the name, not in the title", () => {
    expect(speakers("Senator Juan dela Cruz said the bridge was unsafe. \u201cIt is old,\u201d dela Cruz said.")).toEqual([
      "the bridge was unsafe -> Juan dela Cruz via Juan dela Cruz",
      "It is old -> Juan dela Cruz via Cruz",
    ]);
  });
});

describe("the 'and' of two surnames", () => {
  it("the Catalan 'i' and the Spanish 'y' join them into one name, and a lower-case 'i' is no 'I'", () => {
    expect(speakers("Joan Pou opened the meeting. The mayor of Calella, Laia Comas i Roura, said the beach would close. Comas i Roura said it was sad.")).toEqual([
      "the beach would close -> Laia Comas i Roura via Laia Comas i Roura",
      "it was sad -> Laia Comas i Roura via Comas i Roura",
    ]);
    expect(speakers("Ana Ortega y Gasset said the library would open.")).toEqual([
      "the library would open -> Ana Ortega y Gasset via Ana Ortega y Gasset",
    ]);
  });
});

describe("family name first, given name of two joined syllables", () => {
  it("opens a sentence as a name, even when the family name is a common word", () => {
    expect(speakers("In Gwangju the news was met with relief. Park Ji-hoon, 34, who lost his job as a welder, said he had been commuting for years.")).toEqual([
      "he had been commuting for years -> Park Ji-hoon via Park Ji-hoon",
    ]);
  });

  it("keeps a five-letter syllable (\u201cSeung-cheol\u201d) and splits the title before it", () => {
    expect(speakers("Gyeonggi Gov. Yang Seung-cheol said the plant would close.")).toEqual([
      "the plant would close -> Yang Seung-cheol via Yang Seung-cheol",
    ]);
  });

  it("the family name alone later is that person", () => {
    expect(speakers("Lee Min-ho, a welder, said the strike was over. \u201cWe won,\u201d Lee said.")).toEqual([
      "the strike was over -> Lee Min-ho via Lee Min-ho",
      "We won -> Lee Min-ho via Lee",
    ]);
  });

  it("a compound after a place is no given name (\u201cNew York-bound\u201d)", () => {
    expect(entityNameOf("Ann Park boarded a New York-bound train on Monday.", "New York")).toBe("New York");
  });
});

describe("an organisation's name with \u201cand\u201d in a speaker's modifier", () => {
  it("the speaker is the head before the preposition, not the last word of the name", () => {
    expect(speakers("A spokeswoman for the Ministry of Health and Welfare said the clinic met the rules.")).toEqual([
      "the clinic met the rules -> spokeswoman via A spokeswoman",
    ]);
  });

  it("people joined by \u201cand\u201d inside the modifier are not the speaker", () => {
    expect(speakers("Strategists for Ann Lee and Tom Park agree that the race is close.")).toEqual([
      "the race is close -> Strategists via Strategists",
    ]);
  });
});
