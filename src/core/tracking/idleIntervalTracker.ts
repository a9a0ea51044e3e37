import type { Category } from '../method/targets';

export interface TrackerClock {
  /** Wall-clock time (epoch ms): what sessions are stored in. */
  wall(): number;
  /** Monotonic time (ms): what gaps are measured in, immune to clock changes. */
  mono(): number;
}

export interface TrackedInterval {
  id: string;
  category: Category;
  problemId: string | null;
  start: number;
  end: number;
}

/** Wall and monotonic gaps that disagree by more than this mean the system clock was changed. */
const CLOCK_JUMP_TOLERANCE_MS = 2_000;

/**
 * Turns activity events into intervals with the idle rule: an event within `idleMs` of the previous one (same
 * category and problem) extends the interval; a longer gap closes it at the last activity. The per-event path is
 * a few comparisons in memory; nothing here touches the disk.
 *
 * A clock change (backwards or forwards) closes the interval at its last activity and starts a new one, so no
 * interval can have a negative length or swallow the jump.
 */
export class IdleIntervalTracker {
  private id = '';
  private category: Category | undefined;
  private problemId: string | null = null;
  private start = 0;
  private last = 0;
  private monoLast = 0;

  constructor(
    private readonly options: {
      idleMs: () => number;
      clock: TrackerClock;
      newId: () => string;
      /** Called with every interval that closes. */
      onClose: (interval: TrackedInterval) => void;
    },
  ) {}

  activity(category: Category, problemId: string | null): void {
    const wall = this.options.clock.wall();
    const mono = this.options.clock.mono();
    if (this.category === category && this.problemId === problemId) {
      const monoGap = mono - this.monoLast;
      if (monoGap <= this.options.idleMs() && Math.abs(wall - this.last - monoGap) <= CLOCK_JUMP_TOLERANCE_MS) {
        this.last = wall;
        this.monoLast = mono;
        return;
      }
    }
    this.close();
    this.id = this.options.newId();
    this.category = category;
    this.problemId = problemId;
    this.start = wall;
    this.last = wall;
    this.monoLast = mono;
  }

  /** Closes the open interval at its last activity (window lost focus, a timer started, shutdown). */
  close(): void {
    if (this.category === undefined) return;
    const interval = this.current();
    this.category = undefined;
    if (interval) this.options.onClose(interval);
  }

  /** The open interval as it stands (start to last activity), for periodic saving; undefined when idle. */
  current(): TrackedInterval | undefined {
    if (this.category === undefined) return undefined;
    return { id: this.id, category: this.category, problemId: this.problemId, start: this.start, end: this.last };
  }

  /** Closes the interval if the last activity is older than the idle limit (called on a slow timer, not per event). */
  closeIfIdle(): void {
    if (this.category !== undefined && this.options.clock.mono() - this.monoLast > this.options.idleMs()) this.close();
  }
}
