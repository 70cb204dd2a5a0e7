/** A name run and the title found for it, and lookups of runs by token. */

import { partitionPoint } from "../../document/sorted";

export interface Run {
  first: number;
  end: number;
  /** Where a title word written as part of the name starts ("Sen." in "Sen. Ted Cruz"). */
  titleFirst: number;
  /** Where the whole phrase starts: the title, or an honorific ("Mr.") before the name. */
  extentFirst: number;
  /** Where the whole phrase ends: after letters written after the name ("Sean Kelly TD"). */
  extentEnd: number;
  /** The tokens [first, end) of a nickname in marks inside the name ("Kestrel" of "Daniel “Kestrel” Moreau"). */
  nickname?: { first: number; end: number };
}

export interface Titled {
  title: string | undefined;
  extentFirst: number;
  extentEnd: number;
}

/**
 * The run whose `first` (or `end`) token is `k`, the last such if several: runs come in order, so
 * both are sorted (two runs share an end only where one took in the next sentence's first word).
 */
export function runAt(runs: readonly Run[], side: "first" | "end" | "titleFirst", k: number): Run | undefined {
  const lo = partitionPoint(0, runs.length, (i) => runs[i]![side] <= k);
  return runs[lo - 1]?.[side] === k ? runs[lo - 1] : undefined;
}

/** The run whose words hold token `k`, if any. */
export function runCovering(runs: readonly Run[], k: number): Run | undefined {
  const run = runs[partitionPoint(0, runs.length, (i) => runs[i]!.first <= k) - 1];
  return run && k < run.end ? run : undefined;
}

/** The run whose title written into the name holds token `k` ("Army" of "Army Lt. Gen. Mick Bednarek"), if any. */
export function titleRunOver(runs: readonly Run[], k: number): Run | undefined {
  const run = runs[partitionPoint(0, runs.length, (i) => runs[i]!.first <= k)];
  return run && run.titleFirst <= k ? run : undefined;
}
