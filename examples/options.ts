import { createExtractor } from "whosaid";

const extractor = createExtractor({
  // "gush" also matches "gushes", "gushed", "gushing"; a phrase matches as written.
  cues: { add: ["gush", "in the words of"] },
  knownSpeakers: [{ name: "Donald Trump", aliases: ["POTUS", "the Donald"], title: "President", gender: "male" }],
  quoteMarks: [{ open: "«", close: "»" }],
});

const article = `Maria Lopez gushed that the team had played its best game.
"We are ready," POTUS said on Monday.
In the words of coach Anna Berg, « nobody saw it coming ».
The Donald added that he would watch the final.`;

for (const q of extractor.extract(article).quotes) {
  const speaker = [q.speaker?.title, q.speaker?.name].filter(Boolean).join(" ");
  console.log(`${q.type} "${q.text}" -> ${speaker} via "${q.speaker?.mention.text}", cue "${q.cue?.text}"`);
}
