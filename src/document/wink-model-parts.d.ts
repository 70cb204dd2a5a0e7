// The parts of wink-eng-lite-web-model that whosaid loads one by one (see wink-model.ts). They are
// plain functions returning the model's data; wink-nlp only calls them.
declare module "wink-eng-lite-web-model/dist/load-core-model.js" {
  const loadCore: () => unknown;
  export default loadCore;
}
declare module "wink-eng-lite-web-model/dist/load-sbd-model.js" {
  const loadSbd: () => unknown;
  export default loadSbd;
}
declare module "wink-eng-lite-web-model/dist/load-pos-model.js" {
  const loadPos: () => unknown;
  export default loadPos;
}
declare module "wink-eng-lite-web-model/dist/feature.js" {
  const featureFn: (...args: unknown[]) => unknown;
  export default featureFn;
}
