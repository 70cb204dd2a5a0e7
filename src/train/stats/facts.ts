import type { CorpusDocument } from "../corpus";
import type { CueLearning } from "../learn-cues";
import type { SourceLearning } from "../learn-sources";
import type { TrainingRelation } from "../relations";

/** What the statistics are computed from: the corpus, its relations and what was learned. */
export interface TrainingFacts {
  documents: readonly CorpusDocument[];
  relations: readonly TrainingRelation[];
  /** Relations without a Cue or a Content, skipped. */
  degenerate: number;
  cues: CueLearning;
  sources: SourceLearning;
  /** Length of the written learned.json. */
  jsonLength: number;
}

/** A relation whose Source is known. */
export type SourcedRelation = TrainingRelation & { source: NonNullable<TrainingRelation["source"]> };

export const hasSource = (relation: TrainingRelation): relation is SourcedRelation => relation.source !== null;
