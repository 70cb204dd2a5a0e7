import type { Token } from "../document/types";
import { isSubjectPhrase, isSubjectRole } from "./salience";
import type { Entity, Mention } from "./types";

/**
 * The organisation a lede's indefinite description stands for when the next sentence opens by
 * naming it ("A major climate group is demanding ... . Verdant Action, founded by ..., will air";
 * "A news report published Wednesday said ... . The Daily Courier reported it obtained ..."):
 * the description, an organisation or a document, opens its sentence as its subject, and the next
 * sentence's subject is an organisation named there for the first time.
 */
export function organisationNamedNext(
  m: Mention, mentions: readonly Mention[], at: number, tokens: readonly Token[], entityOf: (m: Mention) => Entity | undefined,
): Entity | undefined {
  if (m.plural || (m.category !== "organisation" && m.category !== "document")) return undefined;
  const opening = tokens[m.extentFirstToken];
  if (!opening || (opening.lower !== "a" && opening.lower !== "an")) return undefined;
  if (m.extentFirstToken > 0 && tokens[m.extentFirstToken - 1]!.sentence === opening.sentence) return undefined;
  if (!isSubjectRole(m, tokens)) return undefined;
  const next = opening.sentence + 1;
  for (let k = at + 1; k < mentions.length; k++) {
    const x = mentions[k]!;
    if (x.firstToken < 0 || tokens[x.firstToken]!.sentence < next) continue;
    const first = x.extentFirstToken > 0 ? tokens[x.extentFirstToken - 1]! : undefined;
    const the = first?.sentence === next && first.lower === "the";
    const opensNext = !first || first.sentence !== next || (the && tokens[x.extentFirstToken - 2]?.sentence !== next);
    if (tokens[x.firstToken]!.sentence > next || !opensNext || x.kind !== "name") return undefined;
    const e = entityOf(x);
    const firstNamed = e?.mentions.find((y) => y.kind === "name") === x;
    return e && couldBeOrganisation(e) && firstNamed && isSubjectPhrase(tokens, x.extentFirstToken - (the ? 1 : 0), x.extentEndToken) ? e : undefined;
  }
  return undefined;
}

/**
 * An organisation, or a name of several words the lexicons could not type that nothing shows to be
 * a person (no first name, honorific or title): "Verdant Action".
 */
function couldBeOrganisation(e: Entity): boolean {
  if (e.kind === "organisation") return true;
  if (e.kind === "place" || e.gender !== undefined || !/\s/.test(e.name)) return false;
  return e.mentions.every((x) => x.kind === "name" && x.title === undefined && x.gender === undefined);
}
