import { Clock } from '../time/clock';

/** A clock tests move by hand: `clock.set('2026-11-23T09:00:00Z')`, `clock.advanceDays(30)`. */
export class TestClock extends Clock {
  private current: Date;

  constructor(start: Date | string = '2026-11-23T01:00:00.000Z') {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(date: Date | string): void {
    this.current = new Date(date);
  }

  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }

  advanceDays(days: number): void {
    this.advanceMinutes(days * 24 * 60);
  }
}
