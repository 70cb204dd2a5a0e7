import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/** The wink-nlp instance, loaded once per process: the model is read-only, so sharing it is safe. */
export function wink(): Wink {
  instance ??= winkNLP(model);
  return instance;
}
