/** The compromise lexicon tags whosaid reads (see scripts/build-name-lexicon.ts). */
export const NAME_TAGS = [
  "MaleName", "FemaleName", "FirstName", "Country", "City", "Region", "Place", "Organization", "SportsTeam", "Company", "Demonym",
] as const;

export type NameTag = (typeof NAME_TAGS)[number];
