import type winkNLP from "wink-nlp";

type Nlp = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<Nlp["readDoc"]>;

/** What wink read: token values, spaces, types and POS tags, to compare two readings (whosaid splits sentences itself). */
export function winkAnnotations(doc: WinkDoc, its: Nlp["its"]) {
  const tokens = doc.tokens();
  return {
    value: tokens.out(its.value),
    spaces: tokens.out(its.precedingSpaces),
    type: tokens.out(its.type),
    pos: tokens.out(its.pos),
  };
}
