// Every weight and precision threshold of the reported-speech finder, in one place. The evidence
// for each value is in docs/reported-speech.md. A cue's weight is its hand-set weight (built-in
// verbs) or its precision as a cue on PolNeAR train (forms only learned from data).

/** A learned cue below this weight does not make the quotation its clause runs into a partial
 * quote it introduces (which cues report content is the cue classifier's to decide). */
export const MIN_REPORTING_WEIGHT = 0.15;

/** A cue whose uses have a source (a speaker) less often than this ("was seen as") does not lead into a quotation either. */
export const MIN_SOURCED_SHARE = 0.5;

/** Cues taking an object or `to` report it from this weight on, with the subject anywhere before
 * them; a built-in verb (or a learned form of it) needs it: "mention" (0.57) is too weak. A cue
 * this strong also cuts a clause short when it starts a second one (", and rights groups warned"). */
export const MIN_OBJECT_WEIGHT = 0.6;

/** A learned form from this precision on ("declined" 0.28, "talking about" 0.35) reports its object
 * with its subject further before it ("X, who ..., declined to ..."). Participles ("a law
 * restricting ...") still need their subject right before them. */
export const MIN_OBJECT_WITHOUT_SUBJECT = 0.25;

/** A form only learned from train ("backed" 0.32, "wants" 0.23, "saw them as" 0.17) reports its
 * object from this precision on, when its subject stands right before it. */
export const MIN_LEARNED_OBJECT_PRECISION = 0.2;

/** A learned cue below this precision ("feel" 0.19: `who feel that way, "but not ..."`) does not
 * attribute the quotation its clause runs into. */
export const MIN_LEAD_IN_WEIGHT = 0.2;

/** `X asked whether ...`: a wh-clause after a learned cue is nearly always what was asked. */
export const MIN_LEARNED_WH_PRECISION = 0.15;

/** `Lee, wearing a shirt covered in buttons, said ...`: a cue in an aside after the subject reports
 * only within the aside when the verb after it is a cue at least this strong (said, told, stated);
 * after a weaker one ("hired", "offered") its clause runs on as before. The aside's own cue reports
 * there only from this weight on ("covered", "showing" report nothing: on train, letting them
 * report found 1 more gold clause for 10 more predictions). */
export const MIN_ASIDE_MAIN_WEIGHT = 0.6;

/** `echoed the tone of Cruz, who has called him a phony`: an object noun phrase ends before a
 * relative clause set off by a comma whose verb is a cue of at least this weight ("called" 0.5,
 * "expressed" 0.33), which reports its antecedent's words on its own. */
export const MIN_RELATIVE_CUE_WEIGHT = 0.3;

/** The weight an open cue (a verb outside the lexicon before a that-clause: reported/open-cue.ts)
 * goes by in the patterns, as a middling learned cue; whether it reports is the classifier's call. */
export const OPEN_CUE_WEIGHT = 0.5;
