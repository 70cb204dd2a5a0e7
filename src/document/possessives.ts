/** Possessive determiners: "his statement", "its chief executive", "Its Head of Policy, X,". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"]);
