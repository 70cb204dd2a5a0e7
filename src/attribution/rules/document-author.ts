import type { Mention, RuleContext } from "../../rules-api";
import { slotCueAt } from "./verb-slot";

/** Heads of a noun phrase that names something written or shown, which speaks for whoever issued it. */
const DOCUMENTS = new Set([
  "statement", "memo", "letter", "email", "e-mail", "note", "video", "ad", "advert", "advertisement", "sign", "banner",
  "release", "message", "piece", "post", "tweet", "editorial", "op-ed", "column", "flyer", "leaflet", "placard",
]);
/** Particles of a phrasal verb before its object: "put out a statement". */
const PARTICLES = new Set(["out", "up", "off"]);

/**
 * `Hill released a video that said "..."`, `Hill hoisted a sign that read "..."`, `Hill issued the
 * following statement: "..."`: a document that is the object of a verb speaks for that verb's
 * subject. For the noun phrase in tokens [first, end) (its head last), the subject of the verb
 * before it, if the head is a document; else null.
 */
export function documentAuthor(ctx: RuleContext, first: number, end: number): Mention | null {
  const { tokens } = ctx;
  if (!DOCUMENTS.has(tokens[end - 1]?.lower ?? "")) return null;
  let verb = first - 1;
  if (PARTICLES.has(tokens[verb]?.lower ?? "")) verb--;
  if (verb < 0 || tokens[verb]!.sentence !== tokens[first]!.sentence || !ctx.isVerb(verb)) return null;
  const cue = slotCueAt(ctx.text, tokens, verb);
  const author = cue && ctx.subjectOf(cue);
  return author && author.extentEndToken <= verb ? author : null;
}
