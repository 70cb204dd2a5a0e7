import type winkNLP from "wink-nlp";
// Only the parts of the English model that the sbd and pos annotators read. The package's main
// module also loads the entity, sentiment and negation models and the stemmer, lemmatiser and
// readability add-ons (about a tenth of whosaid's cold start), which whosaid never runs.
import loadCore from "wink-eng-lite-web-model/dist/load-core-model.js";
import featureFn from "wink-eng-lite-web-model/dist/feature.js";
import loadPos from "wink-eng-lite-web-model/dist/load-pos-model.js";
import loadSbd from "wink-eng-lite-web-model/dist/load-sbd-model.js";

type Model = Parameters<typeof winkNLP>[0];

/** A state machine that recognises nothing, in wink's saved-machine format. */
const NO_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/**
 * The English model for `winkNLP(model, ["sbd", "pos"])`. wink-nlp builds every annotator's
 * machines when an instance is created, whichever are in the pipe, so the ones whosaid does not
 * run get machines that recognise nothing; they are never called (tests/document/wink-pipe.test.ts
 * checks that tokens, types, tags and sentences equal the full model's with the default pipe).
 */
export const sentencesAndTagsModel = {
  core: loadCore,
  sbd: loadSbd,
  pos: loadPos,
  featureFn,
  ner: () => ({ machines: [], transformers: [] }),
  negation: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
  sa: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
  metaCER: () => ({ machines: NO_MACHINE, transformers: [] }),
  addons: Object.create(null) as Record<string, unknown>,
} as unknown as Model;
