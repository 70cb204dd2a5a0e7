import { isPossessiveS } from "../document/pos";
import type { Token } from "../document/types";
import { inflect } from "../lexicon/cues";

/**
 * Verbs that bring their object to act, the object then the subject of the infinitive after it:
 * "the leak led Lee to resign", "caused many to wonder", "forcing the mayor to acknowledge". Not
 * verbs that are themselves speech ("urged Lee to", "pushing Democrats to", "challenged him to"):
 * PolNeAR credits what follows to their subject, through them.
 */
const CONTROL_LEMMAS = ["lead", "cause", "prompt", "force", "drive", "leave", "allow", "inspire", "compel", "spur", "enable", "embolden"];
const CONTROL_VERBS = new Set([...CONTROL_LEMMAS.flatMap(inflect), "led", "drove", "driven", "left", "spurred", "spurring"]);

/** Words of an object phrase between such a verb and "to": "the city's mayor", "many", "some voters". */
const OBJECT_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "CCONJ"]);
/** How long that object phrase may be. */
const MAX_OBJECT = 8;

/**
 * The token where the object of a verb of {@link CONTROL_VERBS} starts, when the "to" at token
 * `to` opens that verb's infinitive ("led [Gov. Ann Lee] to"); or -1. A noun of the same spelling
 * ("the drive to") is no such verb.
 */
export function controlledObjectStart(tokens: readonly Token[], to: number): number {
  if (tokens[to]?.lower !== "to") return -1;
  for (let k = to - 1; k >= 0 && to - k <= MAX_OBJECT + 1; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[to]!.sentence) return -1;
    if (CONTROL_VERBS.has(t.lower) && t.pos === "VERB") return k + 1 < to ? k + 1 : -1;
    if (!OBJECT_TAGS.has(t.pos) && !isPossessiveS(t)) return -1;
  }
  return -1;
}
