import { describe, expect, it } from 'vitest';
import { firstRunToFollow, runningRun } from './RoundPage';

const done = (id: string) => ({ id, status: 'SUCCEEDED' });

/** Which run the round page follows after "run again" on the review page started one (its id in the navigation state). */
describe('the run the round page follows', () => {
  it('follows the run the round has queued or running', () => {
    expect(runningRun([done('r0'), { id: 'r1', status: 'RUNNING' }])).toBe('r1');
    expect(firstRunToFollow([done('r0'), { id: 'r2', status: 'QUEUED' }], 'r1')).toBe('r2');
  });

  it('starts with the started run, whether the round as read does not list it yet or lists it as ended already', () => {
    expect(firstRunToFollow([done('r0')], 'r1')).toBe('r1');
    expect(firstRunToFollow([done('r0'), done('r1')], 'r1')).toBe('r1');
  });

  it('follows nothing without a running or started run; once the runs have ended, none is running', () => {
    expect(firstRunToFollow([done('r0')], null)).toBeNull();
    expect(runningRun([done('r0'), done('r1'), done('r2')])).toBeNull();
  });
});
