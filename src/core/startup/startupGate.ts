/** The timers a gate uses, handed in so that tests drive them by hand (count events, never wait). */
export interface GateTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  /** Runs `fn` once the messages already waiting (VS Code's requests) have been read: Node's setImmediate. */
  afterWaitingMessages(fn: () => void): void;
}

export const realTimers: GateTimers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  afterWaitingMessages: (fn) => void setImmediate(fn),
};

export interface StartupGateOptions {
  /** With no view waiting for rows, the deferred work starts this long after activation. */
  idleMs: number;
  /** After the first rows are handed over, this long for VS Code to send them before the deferred work starts. */
  afterRowsMs: number;
  /** However long a visible view waits for its rows, the deferred work starts by then. */
  maxWaitMs: number;
  timers?: GateTimers;
}

/**
 * The order of a cold start. VS Code asks for the Problems tree's rows through the extension host's one thread, and
 * the answer waits behind whatever else runs there: opening the database on a fresh machine (hundreds of ms of
 * sql.js the first time), reading the question bank, the first-run walkthrough. So that work waits for this gate,
 * which opens once: just after the tree has handed over its first rows, or, when no view is waiting for them,
 * `idleMs` after activation (never later than `maxWaitMs`).
 */
export class StartupGate {
  /** Resolves when the gate opens. */
  readonly opened: Promise<void>;
  /** Resolves once the tree's first rows are out (`afterRowsMs` after they were handed over), whenever that is. */
  readonly rowsOut: Promise<void>;
  private open!: () => void;
  private rowsAreOut!: () => void;
  private isOpen = false;
  private rowsSent = false;
  private rowsViewVisible = false;
  private timer: unknown;
  private rowsTimer: unknown;
  private readonly timers: GateTimers;
  private waited = 0;

  constructor(private readonly options: StartupGateOptions) {
    this.timers = options.timers ?? realTimers;
    this.opened = new Promise<void>((resolve) => (this.open = resolve));
    this.rowsOut = new Promise<void>((resolve) => (this.rowsAreOut = resolve));
    this.arm(options.idleMs);
  }

  /** Whether the deferred work may start now. */
  get isOpened(): boolean {
    return this.isOpen;
  }

  /**
   * The tree has handed its first rows to VS Code. The extension host writes them out on a later turn of its loop,
   * so the gate opens `afterRowsMs` from now, not at once (heavy work started now would hold the rows back).
   */
  rowsHandedOver(): void {
    if (this.rowsSent) return;
    this.rowsSent = true;
    if (!this.isOpen) this.timers.clear(this.timer);
    this.rowsTimer = this.timers.set(() => {
      this.rowsAreOut();
      this.openNow();
    }, this.options.afterRowsMs);
  }

  /** The view that shows the rows became visible or hidden: while it is visible, VS Code's request for them is on its way. */
  setRowsViewVisible(visible: boolean): void {
    this.rowsViewVisible = visible;
  }

  dispose(): void {
    this.timers.clear(this.timer);
    this.timers.clear(this.rowsTimer);
  }

  private arm(ms: number): void {
    // The timer can fire late, behind other extensions' work, while VS Code's "the view is visible" waits unread:
    // read what is waiting before deciding.
    this.timer = this.timers.set(() => this.timers.afterWaitingMessages(() => this.idleElapsed(ms)), ms);
  }

  private idleElapsed(ms: number): void {
    if (this.isOpen || this.rowsSent) return;
    this.waited += ms;
    // A visible view's request for rows is on its way: wait for its answer rather than start the heavy work now.
    const left = this.options.maxWaitMs - this.waited;
    if (this.rowsViewVisible && left > 0) this.arm(Math.min(this.options.idleMs, left));
    else this.openNow();
  }

  private openNow(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    this.timers.clear(this.timer);
    this.open();
  }
}
