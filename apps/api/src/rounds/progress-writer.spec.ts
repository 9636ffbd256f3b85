import { ProgressWriter } from './progress-writer.js';
import type { RunStage } from '#matching/vocabulary/runs.js';

/** A write that finishes only when the test says so, recording what was written in the order writes started. */
function controlledStore() {
  const started: [number, RunStage][] = [];
  const finishers: (() => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const write = (fraction: number, stage: RunStage) => {
    started.push([fraction, stage]);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<void>((resolve) => finishers.push(() => { inFlight -= 1; resolve(); }));
  };
  const finishNext = async () => {
    finishers.shift()?.();
    await new Promise((r) => setImmediate(r));
  };
  return { write, started, finishNext, maxInFlight: () => maxInFlight };
}

describe('ProgressWriter: a run’s progress reports reach the database one at a time, newest first', () => {
  it('never has two writes under way, and writes the newest report taken meanwhile, not the ones it replaced', async () => {
    const store = controlledStore();
    const writer = new ProgressWriter(store.write, undefined, 0);
    writer.report(0.05, 'scoring');
    writer.report(0.15, 'solving');
    writer.report(0.85, 'explaining');
    writer.report(1, 'done');
    expect(store.started).toEqual([[0.05, 'scoring']]);
    await store.finishNext();
    expect(store.started).toEqual([[0.05, 'scoring'], [1, 'done']]);
    await store.finishNext();
    await writer.settled();
    expect(store.maxInFlight()).toBe(1);
  });

  it('leaves out reports closer than the interval to the last one taken, but never the end (1)', async () => {
    let now = 0;
    const written: number[] = [];
    const writer = new ProgressWriter(async (fraction) => void written.push(fraction), undefined, 250, () => now);
    writer.report(0.05, 'scoring');
    await writer.settled();
    now = 100;
    writer.report(0.15, 'solving');
    now = 300;
    writer.report(0.5, 'solving');
    await writer.settled();
    now = 310;
    writer.report(1, 'done');
    await writer.settled();
    expect(written).toEqual([0.05, 0.5, 1]);
  });

  it('goes on after a failed write and hands the error to onError', async () => {
    const errors: unknown[] = [];
    const written: number[] = [];
    let fail = true;
    const writer = new ProgressWriter(async (fraction) => {
      if (fail) { fail = false; throw new Error('connection lost'); }
      written.push(fraction);
    }, (e) => errors.push(e), 0);
    writer.report(0.05, 'scoring');
    await writer.settled();
    writer.report(0.5, 'solving');
    await writer.settled();
    expect(errors).toEqual([new Error('connection lost')]);
    expect(written).toEqual([0.5]);
  });
});
