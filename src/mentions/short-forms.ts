import type { Mention } from "./types";

/**
 * A name of two or more words that only a first name made a person ("Sandy Hook", "Walter Reed")
 * is the short form of an organisation or place whose full name it opens in the same article
 * ("Sandy Hook Elementary School", "Walter Reed Medical Center"): it takes that kind and loses the
 * first name's gender, so that no "he" or "she" refers to it. A person's full name stays one when
 * the article titles it ("Dr. Walter Reed") or names one of its words alone ("Reed said",
 * "Hillary shot back"), as it does for a person it goes on about ("the Ann Lee White House").
 */
export function retypeShortForms(names: readonly Mention[]): void {
  const institutions = names.filter((m) => m.category === "organisation" || m.category === "place");
  if (institutions.length === 0) return;
  const titled = new Set<string>();
  const alone = new Set<string>();
  for (const m of names) {
    if (m.title !== undefined || m.extentStart < m.start) titled.add(keyOf(m));
    if (!/\s/.test(m.text)) alone.add(keyOf(m));
  }
  const institutionKeys = institutions.map((o) => [keyOf(o), o.category] as const);
  for (const m of names) {
    if (m.category !== "person" || m.title !== undefined) continue;
    const key = keyOf(m);
    const words = key.split(" ");
    if (words.length < 2 || titled.has(key) || words.some((w) => alone.has(w))) continue;
    const full = institutionKeys.find(([fullKey]) => fullKey.startsWith(key + " "));
    if (!full) continue;
    m.category = full[1];
    delete m.gender;
  }
}

/** A name's text in lower case, its spaces single. */
const keyOf = (m: Mention) => m.text.toLowerCase().replace(/\s+/g, " ");

/**
 * A name ending in the place of a dateline ("TARAWA —" ... "on North Tarawa", "VILA REAL —" ... "in
 * Vila Real") is that place or a part of it, unless a title or a known first name makes it a person's
 * ("Dr. Paris Lee", "George Washington").
 */
export function retypeDatelinePlaces(names: readonly Mention[], datelinePlaces: readonly Mention[]): void {
  if (datelinePlaces.length === 0) return;
  const places = datelinePlaces.map((p) => ` ${keyOf(p)}`);
  for (const m of names) {
    if (m.category !== "person" || m.title !== undefined || m.gender !== undefined) continue;
    const key = ` ${keyOf(m)}`;
    if (places.some((p) => key.endsWith(p))) m.category = "place";
  }
}
