/**
 * The only source of "now" in business code. Tests replace it (see testing/test-clock.ts)
 * so time-based rules are tested without waiting.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
