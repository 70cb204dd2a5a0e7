/** The id of the mention at index `k` of an article's mentions ("m1" for 0). */
export const mentionIdAt = (k: number): string => `m${k + 1}`;

/** The id of the entity at index `k` of an article's entities ("e1" for 0). */
export const entityIdAt = (k: number): string => `e${k + 1}`;
