import type { Token } from "../document/types";

/** Top-level domains newsrooms write in an outlet's name: "Outsports.com", "Vox.org". */
const DOMAINS = new Set(["com", "org", "net", "gov", "edu", "io", "co", "uk", "info", "news", "tv"]);

/**
 * Whether token `k` is the dot of a domain name written against its words ("Outsports.com"):
 * the dot and the domain after it belong to the name before it, which names an organisation as
 * a whole.
 */
export function isDomainDot(tokens: readonly Token[], k: number): boolean {
  const dot = tokens[k];
  const before = tokens[k - 1];
  const domain = tokens[k + 1];
  return dot?.text === "." && !!before && !!domain && before.kind === "word" && before.end === dot.start && dot.end === domain.start && DOMAINS.has(domain.text);
}

/** Letters of a party before a state in a politician's label: "R-N.Y.", "D-Minn.", "(I-Vt.)". */
const PARTIES = new Set(["R", "D", "I"]);
/** A piece of a state's abbreviation as tokenised: "N", ".", "Y.", "Minn.", "Calif". */
const ABBREVIATION_PIECE = /^(?:\p{Lu}\p{Ll}{0,4}\.?|\.)$/u;

/**
 * The tokens of party-and-state labels ("Rep. Dana Fisk, R-N.Y., said", "Sen. Ann Lee
 * (D-Calif.)"): a party letter, a hyphen and an abbreviation, written without spaces. None of
 * them is a name, however the tagger read "Y." or "Minn.".
 */
export function partyLabelTokens(tokens: readonly Token[]): Set<number> {
  const label = new Set<number>();
  for (let k = 0; k + 2 < tokens.length; k++) {
    // The hyphen first: a string comparison, cheaper than the set lookup on every token.
    if (tokens[k + 1]!.text !== "-" || !PARTIES.has(tokens[k]!.text)) continue;
    let end = k + 1;
    while (end + 1 < tokens.length && tokens[end + 1]!.start === tokens[end]!.end && ABBREVIATION_PIECE.test(tokens[end + 1]!.text)) end++;
    if (end === k + 1 || tokens[k + 1]!.start !== tokens[k]!.end) continue;
    for (let j = k; j <= end; j++) label.add(j);
    k = end;
  }
  return label;
}
