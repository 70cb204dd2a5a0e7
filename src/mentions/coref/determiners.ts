/** The determiners that open a description: any article, and the definite ones. */

/** An article opening a phrase ("a spokesman", "the spokesman"), with the space after it. */
export const ARTICLE = /^(a|an|the)\s+/i;

/** A definite determiner opening a phrase: one that takes up someone already mentioned. */
export const DEFINITE = /^(the|this|that|these|those)\s/i;
