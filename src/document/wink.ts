import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/**
 * Only the annotations whosaid reads: sentence boundaries and POS tags. Negation, sentiment,
 * entity and custom-entity passes would double readDoc's cost; tokens, types, POS tags and
 * sentences come out identical without them (checked in tests/document/wink-pipe.test.ts).
 */
export const WINK_PIPE = ["sbd", "pos"];

/** The wink-nlp instance, loaded once per process: the model is read-only, so sharing it is safe. */
export function wink(): Wink {
  instance ??= winkNLP(model, WINK_PIPE);
  return instance;
}
