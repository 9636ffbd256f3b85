import { describe, expect, it } from 'vitest';
import { followedRun } from './RoundPage';

const done = (id: string) => ({ id, status: 'SUCCEEDED' });

/** Which run the round page follows after "run again" on the review page started one (its id in the navigation state). */
describe('the run the round page follows', () => {
  it('follows the run the round has queued or running', () => {
    expect(followedRun([done('r0'), { id: 'r1', status: 'RUNNING' }], null)).toBe('r1');
    expect(followedRun([done('r0'), { id: 'r2', status: 'QUEUED' }], 'r1')).toBe('r2');
  });

  it('follows the started run while the round as read does not list it (read before it began), even when it has ended meanwhile', () => {
    expect(followedRun([done('r0')], 'r1')).toBe('r1');
  });

  it('does not go back to the started run once the round lists it: a later run on the round page stays followed', () => {
    expect(followedRun([done('r0'), done('r1')], 'r1')).toBeNull();
    expect(followedRun([done('r0'), done('r1'), done('r2')], 'r1')).toBeNull();
    expect(followedRun([done('r0')], null)).toBeNull();
  });
});
