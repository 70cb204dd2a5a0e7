/**
 * Serial ids ("m1", "m2", ...), each string made once and shared by every article: a fresh
 * template string per mention and per entity of every article showed in profiles.
 */
class SerialIds {
  private readonly ids: string[] = [];

  constructor(private readonly prefix: string) {}

  /** The id of the item at index `k` ("m1" for 0). */
  at(k: number): string {
    const { ids } = this;
    while (ids.length <= k) ids.push(`${this.prefix}${ids.length + 1}`);
    return ids[k]!;
  }
}

/** Mention ids, for detected mentions and for those rules add. */
export const MENTION_IDS = new SerialIds("m");
/** Entity ids. */
export const ENTITY_IDS = new SerialIds("e");
