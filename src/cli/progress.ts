import type { Writable } from "node:stream";
import { MultiBar } from "cli-progress";

/**
 * A progress line on stderr for batches: articles done, rate and, when the total is known, a bar
 * and an ETA. Only used when stderr is a terminal, so it never mixes into piped or logged output.
 */
export class Progress {
  private readonly bars;
  private readonly bar;
  private readonly started = Date.now();
  private articles = 0;
  private value = 0;

  constructor(total: number | undefined, stream: Writable) {
    this.bars = new MultiBar({
      stream: stream as NodeJS.WriteStream,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      format: (options, params, payload: { articles: number; rate: string }) => {
        const counts = `${payload.articles} articles | ${payload.rate}/s`;
        if (!(params.total > 0)) return counts;
        const done = Math.round(Math.min(1, params.value / params.total) * (options.barsize ?? 30));
        const bar = `${"\u2588".repeat(done)}${"\u2591".repeat((options.barsize ?? 30) - done)}`;
        return `${bar} ${Math.floor((params.value / params.total) * 100)}% | ${counts} | ETA ${formatEta(params.eta)}`;
      },
    });
    this.bar = this.bars.create(total ?? 0, 0, { articles: 0, rate: "0" });
  }

  /** One more record written, worth `weight` units of the total. */
  tick(weight: number): void {
    this.articles += 1;
    this.value += weight;
    const seconds = (Date.now() - this.started) / 1000;
    this.bar.update(this.value, { articles: this.articles, rate: seconds > 0 ? (this.articles / seconds).toFixed(1) : "0" });
  }

  /** A message printed above the bar instead of through it. */
  log(line: string): void {
    this.bars.log(`${line}\n`);
  }

  stop(): void {
    this.bars.stop();
  }
}

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const m = Math.floor(seconds / 60);
  return m > 0 ? `${m}m${String(seconds % 60).padStart(2, "0")}s` : `${seconds}s`;
}
