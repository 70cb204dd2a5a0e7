import type { Rule } from "../../rules-api";
import { accordingTo } from "./according-to";
import { bracketCredit } from "./bracket-credit";
import { continuedSpeaker } from "./continued-speaker";
import { dashSpeaker } from "./dash-speaker";
import { leadingSpeakerCue } from "./leading-speaker-cue";
import { previousSentence } from "./previous-sentence";
import { reportedBefore } from "./reported-before";
import { sentenceCue } from "./sentence-cue";
import { trailingCueSpeaker } from "./trailing-cue-speaker";
import { transcriptLabel } from "./transcript-label";
import { trailingSpeakerCue } from "./trailing-speaker-cue";
import { verbBeforeQuote } from "./verb-before-quote";
import { topicLeadIn } from "./topic-lead-in";
import { verdictAfter } from "./verdict-after";

export {
  accordingTo, bracketCredit, continuedSpeaker, dashSpeaker, leadingSpeakerCue, previousSentence, reportedBefore, sentenceCue,
  topicLeadIn, trailingCueSpeaker, trailingSpeakerCue, transcriptLabel, verbBeforeQuote, verdictAfter,
};

/** The built-in rules, in the order they are tried: most specific and most reliable first. */
export const defaultRules: readonly Rule[] = Object.freeze([
  transcriptLabel,
  trailingSpeakerCue,
  trailingCueSpeaker,
  topicLeadIn,
  leadingSpeakerCue,
  dashSpeaker,
  sentenceCue,
  accordingTo,
  bracketCredit,
  verdictAfter,
  continuedSpeaker,
  reportedBefore,
  verbBeforeQuote,
  previousSentence,
]);
