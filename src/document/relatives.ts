/** Pronouns that open only a relative clause: "Lund, who chairs the panel,", "a plan which Ruiz said". */
export const WH_RELATIVES: ReadonlySet<string> = new Set(["who", "whom", "whose", "which"]);

/**
 * Whether a lower-case word opens a relative clause: a WH_RELATIVES word, or "that" where the
 * caller's context makes it no complementiser (`withThat`: after a noun, "Voters that").
 */
export function isRelativePronoun(lower: string, withThat: boolean): boolean {
  return WH_RELATIVES.has(lower) || (withThat && lower === "that");
}
