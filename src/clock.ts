/**
 * Where srok reads the time. Production code is handed a clock (the system clock by
 * default); the demo and the tests hand in a simulated one and move it, while the
 * real queue and worker run.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = {
  now: () => new Date(),
};

/** A clock that stands still until it is moved; it never goes back. */
export class SimulatedClock implements Clock {
  private current: number;

  constructor(start: Date) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Move to `instant`; an instant in the past leaves the clock where it is. */
  advanceTo(instant: Date): void {
    this.current = Math.max(this.current, instant.getTime());
  }

  advanceBy(ms: number): void {
    this.current += Math.max(0, ms);
  }
}

/**
 * A clock that reads `start` at the moment it is made and then runs at real speed
 * (`srok worker --clock-start`): a rehearsal of a past or future day, and the fault
 * tests' worker processes, whose leases and retries must expire as real time passes.
 */
export class RunningClock implements Clock {
  private readonly offset: number;

  constructor(
    start: Date,
    private readonly base: Clock = systemClock,
  ) {
    this.offset = start.getTime() - base.now().getTime();
  }

  now(): Date {
    return new Date(this.base.now().getTime() + this.offset);
  }
}
