/**
 * `whosaid/rules`: what a module of attribution rules needs, without the extractor or the
 * language model: `defineRule`, the rule types, and the built-in rules (`defaultRules`, in the
 * order they are tried, and one by one) to reorder, keep or replace.
 */
export * from "./rules-api";
export * from "./attribution/rules";
