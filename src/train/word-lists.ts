/** Word lists the trainer uses to read the annotations (given, not learned). */

const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(" "));

/** Leading words stripped from a cue to get its core: auxiliaries, modals, negation, adverbs. */
export const LEAD = wordSet(
  "s re ve d ll m 'd to has have had having is are was were be been being am will would could should can may " +
    "might must shall do does did doesn't don't didn't isn't aren't wasn't weren't hasn't haven't hadn't won't " +
    "wouldn't can't couldn't shouldn't not never also later then now first previously recently repeatedly " +
    "again still just even already always often once initially ultimately further frequently publicly privately " +
    "reportedly apparently simply quickly only too both all each all since yet so and but or who which that " +
    "he she they it we i you",
);

/** -ly words that are not adverbs. */
export const NOT_ADVERB = wordSet("reply apply supply comply imply rely multiply ally rally tally bully fly belly family july italy");

export const WEEKDAYS = wordSet("monday tuesday wednesday thursday friday saturday sunday");

/** Trailing temporal words stripped from a cue ("said tuesday" -> "said"). */
export const TRAIL_TIME: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ..."today yesterday tonight then later earlier again too also recently repeatedly publicly privately once afterward afterwards".split(" "),
]);

/** Time nouns stripped with the word before them ("said last week"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  ..."week month year night fall spring summer winter weekend morning evening afternoon".split(" "),
  ...WEEKDAYS,
]);

/** The words that make "last week", "on monday" a trailing time phrase. */
export const TIME_LEAD = wordSet("last this on next that earlier later");

/** Medium nouns: "said in a statement" -> "said" (the prepositional phrase is dropped from the core). */
export const MEDIUM = wordSet(
  "statement statements interview interviews tweet tweets twitter facebook instagram speech speeches email " +
    "e-mail emails post posts release conference call calls memo letter op-ed video radio television tv broadcast " +
    "appearance message column article blog book remarks rally debate hearing briefing podcast show " +
    "program interview filing report documentary phone telephone town hall meeting",
);

/** Prepositions that open a medium phrase ("in a statement", "on twitter"). */
export const MEDIUM_LEAD = wordSet("in on during at via through to for");

export const DETS = wordSet("a an the his her their its this that one several multiple another our my your");

export const STOP = wordSet(
  "a an the of to in on at for from with by about as and or but if that this these those it its is are was were " +
    "be been has have had do does did not no so than then there here what which who whom whose when where why how " +
    "all any both each few more most other some such only own same too very can will just s t",
);

export const PRONOUNS = wordSet(
  "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs " +
    "who whom whose which that this these those one someone somebody anyone anybody everyone everybody " +
    "nobody none some many most others other both all each several few",
);

/** Quantifiers after which "of" does not end the head chunk ("many of his supporters" -> "supporters"). */
export const QUANT = wordSet(
  "many some most all none one two three four five six seven eight nine ten dozens hundreds thousands millions " +
    "several few both each either neither majority minority half number plurality third quarter percent lot lots " +
    "group handful share members member",
);

/** Words and marks that end the first chunk of a Source (its head is the chunk's last noun). */
export const CHUNK_END = wordSet("of , ( ) who which that whose at for from with in on to and or - \u2013 \u2014 : ; \" \u201C \u201D");

/** Marks and words that separate the chunks of a Source ("Jane Roe, the council's press secretary"). */
export const CHUNK_SEPARATORS = wordSet(", ( ) \u2013 \u2014 ;");
export const CHUNK_SEPARATOR_WORDS = wordSet("who which and");

export const MONTHS = wordSet(
  "january february march april may june july august september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.",
);

/** Words that open a wh- or if-clause Content. */
export const WH_WORDS = wordSet("whether if how what why who when where which");

/** Parts of speech that can be a clause's subject (wink tags). */
export const SUBJECT_TAGS = wordSet("NOUN PROPN PRON NUM DET");

/** An abbreviated title as written: "Sen.", "Rep.", "Gov.". */
export const ABBREV_TITLE_RE = /^[A-Z][a-z]{1,4}\.$/;
