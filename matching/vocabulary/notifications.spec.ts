import { deadlineReminders, lastDeadlineToRemind, MARKED_POSITION_CHANGE, markedPositionChange, reminderDate, REMINDER_DAYS_BEFORE, type RemindableProposal } from './notifications.js';

describe('reminders before a response deadline', () => {
  const open: RemindableProposal = { status: 'open', respondBy: '2026-12-11', municipalityResponse: null, newcomerResponse: null, remindedFor: null };
  const audiences = (p: RemindableProposal, today: string) => deadlineReminders(p, today).map((n) => [n.audience, n.kind, n.params.respondBy]);

  it('start two days before the deadline, across a month’s end', () => {
    expect(REMINDER_DAYS_BEFORE).toBe(2);
    expect(reminderDate('2026-12-11')).toBe('2026-12-09');
    expect(reminderDate('2027-03-01')).toBe('2027-02-27');
    expect(lastDeadlineToRemind('2027-02-27')).toBe('2027-03-01');
  });

  it('remind each side that has not answered, from the reminder date to the deadline', () => {
    expect(audiences(open, '2026-12-08')).toEqual([]);
    expect(audiences(open, '2026-12-09')).toEqual([
      ['household', 'deadline_near', '2026-12-11'],
      ['municipality', 'deadline_near', '2026-12-11'],
    ]);
    expect(audiences(open, '2026-12-11')).toHaveLength(2);
    expect(audiences(open, '2026-12-12')).toEqual([]); // past: the expiry's turn
    expect(audiences({ ...open, newcomerResponse: 'accepted' }, '2026-12-10')).toEqual([['municipality', 'deadline_near', '2026-12-11']]);
    expect(audiences({ ...open, municipalityResponse: 'accepted' }, '2026-12-10')).toEqual([['household', 'deadline_near', '2026-12-11']]);
  });

  it('remind once per deadline: again only after an extension', () => {
    expect(audiences({ ...open, remindedFor: '2026-12-11' }, '2026-12-10')).toEqual([]);
    expect(audiences({ ...open, remindedFor: '2026-12-11', respondBy: '2026-12-20' }, '2026-12-18')).toHaveLength(2);
  });

  it('remind nobody of a proposal that waits for no answer', () => {
    for (const status of ['contested', 'accepted', 'declined', 'withdrawn', 'expired', 'placed', 'contest_upheld'] as const) {
      expect({ status, reminders: audiences({ ...open, status }, '2026-12-10') }).toEqual({ status, reminders: [] });
    }
    // a rejected contest waits for the municipality's answer only
    expect(audiences({ ...open, status: 'contest_rejected', newcomerResponse: 'contested' }, '2026-12-10')).toEqual([['municipality', 'deadline_near', '2026-12-11']]);
  });
});

describe('a marked change of a household’s place in the queue', () => {
  it('is only recorded the first time (nothing told before), and nothing when the place is the same', () => {
    expect(markedPositionChange(null, 40)).toBeNull();
    expect(markedPositionChange(40, 40)).toBeNull();
  });

  it('needs at least a fifth of the place told, forward or back', () => {
    expect(markedPositionChange(71, 53)).toBe('forward'); // 18 places: more than 14.2
    expect(markedPositionChange(71, 57)).toBeNull(); // 14 places: less than a fifth of 71
    expect(markedPositionChange(71, 86)).toBe('back'); // 15 places
    expect(markedPositionChange(1500, 1250)).toBeNull(); // 250 places: a sixth
    expect(markedPositionChange(1500, 1200)).toBe('forward'); // 300 places: a fifth
  });

  it('needs at least 5 places near the front of the queue', () => {
    expect(markedPositionChange(6, 2)).toBeNull(); // 4 places, two thirds
    expect(markedPositionChange(6, 1)).toBe('forward');
    expect(markedPositionChange(1, 5)).toBeNull();
    expect(markedPositionChange(1, 6)).toBe('back');
    expect(MARKED_POSITION_CHANGE).toEqual({ places: 5, share: 0.2 });
  });
});
