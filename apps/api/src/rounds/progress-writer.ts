import type { RunStage } from '#matching/vocabulary/runs.js';

/** Writes one progress report (a fraction 0–1 and a stage) to the store; may reject. */
export type ProgressWrite = (fraction: number, stage: RunStage) => Promise<unknown>;

/**
 * A run's progress reports on their way to the database, one write at a time, latest wins. The optimiser reports
 * faster than the database answers (0.85 "explaining" and 1 "done" come within a millisecond); written
 * fire-and-forget, two reports took two pool connections and could commit in the other order, so subscribers saw a
 * run go from 1 back to 0.85 (CI, PostgreSQL). Here a report made while a write is under way waits, and only the
 * newest waiting report is written next. Reports closer than `intervalMs` (default 250 ms) to the last one taken are
 * left out, except a report of 1 (the end), so a fast run costs a few writes. Errors of a write are passed to
 * `onError` and do not stop later reports: progress is advisory, the run's outcome is written by `complete`/`end`.
 */
export class ProgressWriter {
  private pending: { fraction: number; stage: RunStage } | null = null;
  private writing: Promise<void> | null = null;
  private lastTaken = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly write: ProgressWrite,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly intervalMs = 250,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a report; returns at once. */
  report(fraction: number, stage: RunStage): void {
    const now = this.now();
    if (now - this.lastTaken < this.intervalMs && fraction < 1) return;
    this.lastTaken = now;
    this.pending = { fraction, stage };
    this.writing ??= this.drain();
  }

  /** Resolves when every report taken so far has been written (or has failed). */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending) {
        const { fraction, stage } = this.pending;
        this.pending = null;
        await this.write(fraction, stage).catch(this.onError);
      }
    } finally {
      this.writing = null;
    }
  }
}
