import { sentenceAt } from "../document";
import type { Doc } from "../document/types";
import { ownerLabel } from "./describe";
import { findConjunctions, resolveSet, setReference, subjectConjunctionOf, type ArticleView, type Conjunction, type ResolvedSet } from "./plural";
import { hasWriterVoice, isGenericReader, isWritersWe } from "./reader";
import { isLoneAnother, isOneOf, memberName, partOfGroupBefore, restOfGroup } from "./partitive";
import { pollShareGroup } from "./poll-share";
import { readTranscript, transcriptReferent, type Transcript } from "./transcript";
import type { Entity, Mention } from "./types";

/**
 * After attribution, the speakers that are not one named person get the referent the text
 * means (plural.ts, transcript.ts and reader.ts say how each is found):
 * - several people named together: "they", "the couple", "both women", "Lee and Reyes said" ->
 *   an entity of kind "group" whose name joins the people's names with " & " ("Ann Lee & Tom
 *   Reyes", as the name layer writes several referents);
 * - an interview's "I" and "my staff" in the answers and "you" in the questions -> the interviewee;
 * - a generic "you" or "one" in the writer's own voice -> "the reader", and "we" in an article
 *   that speaks in its writer's voice (first person outside quotations in several paragraphs) ->
 *   "the author";
 * - a share of a poll ("Six in 10", "55 percent of Latino voters") -> the group polled (poll-share.ts).
 */

/** How many sentences after a group's member spoke a lone "Another" may be one more of them. */
const ANOTHER_REACH = 3;

/** What the step reads of the article. */
export interface SpeakerArticle extends ArticleView {
  doc: Doc;
}

/** A quote's speaker as attribution left it; `entity` is replaced where the step knows better. */
export interface SpeakerChoice {
  mention: Mention | null;
  entity: Entity | null;
}

/** Replaces the entity of each choice whose mention stands for people as a set, an interviewee, the reader or the author. */
export function resolveSpeakerReferents(article: SpeakerArticle, choices: readonly SpeakerChoice[]): void {
  const made = new Map<string, Entity>();
  const entity = (id: string, name: string, kind: Entity["kind"], m: Mention): Entity => {
    let e = made.get(id);
    if (!e) made.set(id, (e = { id, name, kind, mentions: [] }));
    if (!e.mentions.includes(m)) e.mentions.push(m);
    return e;
  };
  const group = (members: readonly Entity[], m: Mention) =>
    entity(`group:${members.map((e) => e.id).join("+")}`, members.map((e) => e.name).join(" & "), "group", m);
  // "one of the sources said ... Another said": the member spoken of last, and in which sentence.
  let lastMember: { e: Entity; sentence: number } | undefined;
  const memberOfGroup = (choice: SpeakerChoice, m: Mention): Entity | undefined => {
    const sentence = article.tokens[m.firstToken]!.sentence;
    if (isLoneAnother(m, article.tokens)) return lastMember && sentence - lastMember.sentence <= ANOTHER_REACH ? lastMember.e : undefined;
    const rest = restOfGroup(m, article) ?? partOfGroupBefore(m, article);
    if (rest) return rest;
    const name = choice.entity && isOneOf(m, article.tokens) ? memberName(choice.entity) : undefined;
    const e = name === undefined ? undefined : entity(`one:${name.toLowerCase()}`, name, "person", m);
    // "one source said", "another Sanders supporter said": a member named so is taken up by a later "Another" too.
    const member = e ?? (/^(one|another)$/.test(article.tokens[m.firstToken]!.lower) && m.endToken - m.firstToken > 1 ? choice.entity : null);
    if (member) lastMember = { e: member, sentence };
    return e;
  };
  let transcript: Transcript | null | undefined;
  let conjunctions: Conjunction[] | undefined;
  let writerVoice: boolean | undefined;
  const sets: ResolvedSet[] = [];
  for (const choice of choices) {
    const m = choice.mention;
    if (!m || m.firstToken < 0 || article.quoted(m.start, m.end)) continue;
    const member = memberOfGroup(choice, m);
    if (member) {
      choice.entity = member;
      continue;
    }
    const polled = pollShareGroup(m, article.tokens);
    if (polled !== null) {
      choice.entity = entity(`polled:${polled.toLowerCase()}`, polled, "group", m);
      continue;
    }
    // Read once (null, no transcript, is an answer too: `??=` would read it again for every quote).
    if (transcript === undefined) transcript = readTranscript(article.doc, article.mentions, article.entityOf);
    if (transcript) {
      const referent = transcriptReferent(transcript, m, article.doc.sentences[sentenceAt(article.doc, m.start)]!.paragraph, article.doc);
      if (referent !== null) {
        choice.entity = typeof referent === "string"
          ? entity(referent, `the ${referent}`, "person", m)
          : "owner" in referent
            ? entity(`${referent.owner.id} ${referent.rest}`, `${ownerLabel(referent.owner)} ${referent.rest}`, "group", m)
            : referent.entity;
        continue;
      }
    }
    if (isGenericReader(m, article.tokens)) {
      choice.entity = entity("reader", "the reader", "person", m);
      continue;
    }
    // The article is read for its writer's voice only once a lone "we" needs it (most never have one).
    if (isWritersWe(m, article.tokens) && (writerVoice ??= hasWriterVoice(article.tokens, (t) => article.doc.sentences[t.sentence]!.paragraph, article.quoted))) {
      choice.entity = entity("author", "the author", "person", m);
      continue;
    }
    conjunctions ??= findConjunctions(article);
    const ref = setReference(m, article.tokens);
    const members = ref
      ? resolveSet(ref, m, article, conjunctions, sets, choice.entity)
      : subjectConjunctionOf(m, conjunctions)?.members ?? null;
    if (!members) continue;
    choice.entity = group(members, m);
    sets.push({ members, start: m.start, sentence: article.tokens[m.firstToken]!.sentence });
  }
}
