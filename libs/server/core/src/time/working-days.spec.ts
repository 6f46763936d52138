import { addDays, addWorkingDays } from './working-days';

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    // Thursday 2026-11-26 + 3 working days = Tuesday 2026-12-01
    expect(addWorkingDays(new Date('2026-11-26T09:30:00Z'), 3).toISOString()).toBe('2026-12-01T09:30:00.000Z');
  });

  it('starting on a Saturday counts from Monday', () => {
    expect(addWorkingDays(new Date('2026-11-28T10:00:00Z'), 1).toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });

  it('skips listed holidays', () => {
    const holidays = new Set(['2026-11-30']);
    expect(addWorkingDays(new Date('2026-11-27T10:00:00Z'), 1, holidays).toISOString()).toBe('2026-12-01T10:00:00.000Z');
  });

  it('adds nothing for zero and refuses negatives', () => {
    const from = new Date('2026-11-27T10:00:00Z');
    expect(addWorkingDays(from, 0).getTime()).toBe(from.getTime());
    expect(() => addWorkingDays(from, -1)).toThrow(RangeError);
  });

  it('adds calendar days', () => {
    expect(addDays(new Date('2026-11-23T00:00:00Z'), 30).toISOString()).toBe('2026-12-23T00:00:00.000Z');
  });
});
