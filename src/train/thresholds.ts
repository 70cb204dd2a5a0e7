/** The cut-offs that decide what enters `learned.json` (written into its `meta` as they are). */
export const THRESHOLDS = {
  /** Occurrences annotated as a Cue (exactly the core of a Cue span). */
  cueMinCount: 3,
  /** Annotated-as-cue occurrences / all occurrences outside quotation marks. */
  cueMinPrecision: 0.15,
  /** Longer cue phrases are idiosyncratic one-offs. */
  cueMaxWords: 4,
  titleMinCount: 3,
  sourceHeadMinCount: 3,
  pronounMinCount: 3,
} as const;
