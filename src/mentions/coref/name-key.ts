/** Lookup key of a name: lower case, single spaces ("The  Donald" and "the Donald" are one). */
export function nameKey(text: string): string {
  const lower = text.toLowerCase();
  return IRREGULAR_SPACE.test(lower) ? lower.replace(/\s+/g, " ") : lower;
}

/** White space that is not a single ASCII space: most names have none, and need no replacing. */
const IRREGULAR_SPACE = /\s\s|[^\S ]/;
