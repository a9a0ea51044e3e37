import * as vscode from 'vscode';
import type { Category } from '../../core/method/targets';
import { newId, type SessionRecord } from '../../core/store/records';
import type { StudyStore } from '../../core/store/studyStore';
import { CATEGORY_LABELS } from '../../core/split/split';
import type { StoreService } from '../../services/storeService';
import { timerTick } from '../../core/tracking/timerPolicy';

/** The running timer, shared by all windows through the store. */
export interface ActiveTimer {
  id: string;
  category: Category;
  start: number;
  note: string | null;
  /** Last editor activity seen in any window while it ran, for trimming a forgotten timer. */
  lastActivity: number;
  /** When the "still going?" question was asked, if it was. */
  askedAt: number | null;
  /** The long-timer limit counts from here: the start, or the last "keep going". */
  checkFrom: number;
}

export const TIMER_CATEGORIES: readonly Category[] = ['iss.informationGathering', 'gss.oralRecitation', 'gss.groupProblemSet'];
const PREF = 'timer.active';
/** How long the "still going?" question waits before the timer is trimmed back to the last activity. */
export const LONG_TIMER_ANSWER_MS = 10 * 60_000;

/**
 * Timers for the three categories ML Reps cannot see: information gathering and the two group sessions. Only one
 * runs at a time, across all windows. The running session is saved as it grows, so a crash loses at most one save.
 * While a timer runs, automatic problem-set time over the same span is not counted: the timer wins.
 */
export class TimerService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ActiveTimer | undefined>();
  readonly onDidChange = this.changed.event;
  private asking = false;

  constructor(
    private readonly storeService: StoreService,
    private readonly lastActivity: () => number,
  ) {}

  active(): ActiveTimer | undefined {
    const t = this.storeService.peek()?.preference<ActiveTimer | null>(PREF);
    return t ?? undefined;
  }

  async start(category: Category, note: string | null = null): Promise<ActiveTimer | undefined> {
    const store = await this.storeService.get();
    if (!store) return undefined;
    const running = this.active();
    if (running) {
      if (running.category === category) return running;
      await this.stop();
    }
    const now = Date.now();
    const timer: ActiveTimer = { id: newId(), category, start: now, note, lastActivity: now, askedAt: null, checkFrom: now };
    store.apply(this.sessionChange(timer, now), this.stateChange(timer, now));
    this.changed.fire(timer);
    return timer;
  }

  /** Stops the timer; `end` trims it (a forgotten timer). Returns the saved session. */
  async stop(end?: number): Promise<SessionRecord | undefined> {
    const store = await this.storeService.get();
    const timer = this.active();
    if (!store || !timer) return undefined;
    const now = Date.now();
    const change = this.sessionChange(timer, Math.max(timer.start, Math.min(end ?? now, now)));
    store.apply(change, this.stateChange(null, now));
    this.changed.fire(undefined);
    return change.record;
  }

  /** Called on the slow timer: saves the growing session, and handles a timer running too long. */
  tick(): void {
    const store = this.storeService.peek();
    const timer = this.active();
    if (!store || !timer) return;
    const now = Date.now();
    const activity = Math.max(timer.lastActivity, this.lastActivity());
    const maxMs = Math.max(0.01, vscode.workspace.getConfiguration('mlReps').get<number>('maxTimerHours', 3)) * 3_600_000;
    const decision = timerTick({ start: timer.start, checkFrom: timer.checkFrom ?? timer.start, askedAt: timer.askedAt, lastActivity: activity }, now, maxMs, LONG_TIMER_ANSWER_MS);
    if (decision.action === 'trim') {
      // Nobody answered: the timer was forgotten. Keep the time up to the last activity seen.
      void this.stop(decision.end).then((s) => {
        if (s) void vscode.window.showInformationMessage(`ML Reps stopped a forgotten ${CATEGORY_LABELS[timer.category]} timer at the last activity (${new Date(s.end).toLocaleTimeString()}). Edit it with "ML Reps: Edit Recent Sessions" if needed.`);
      });
      return;
    }
    const updated = { ...timer, lastActivity: activity };
    store.apply(this.sessionChange(updated, decision.end), this.stateChange(updated, now));
    if (decision.action === 'ask' && !this.asking) void this.askStillGoing(updated, now);
  }

  private async askStillGoing(timer: ActiveTimer, now: number): Promise<void> {
    const store = this.storeService.peek();
    if (!store) return;
    store.apply(this.stateChange({ ...timer, askedAt: now }, now));
    this.asking = true;
    try {
      const hours = ((now - timer.start) / 3_600_000).toFixed(1);
      const choice = await vscode.window.showWarningMessage(
        `Your ${CATEGORY_LABELS[timer.category]} timer has run for ${hours} h. Still going?`,
        'Keep Going',
        'Stop Now',
        'Stop at Last Activity',
      );
      const current = this.active();
      if (!current || current.id !== timer.id) return;
      if (choice === 'Keep Going') store.apply(this.stateChange({ ...current, askedAt: null, checkFrom: Date.now() }, Date.now()));
      else if (choice === 'Stop Now') await this.stop();
      else if (choice === 'Stop at Last Activity') await this.stop(current.lastActivity);
    } finally {
      this.asking = false;
    }
  }

  private sessionChange(timer: ActiveTimer, end: number): { kind: 'session'; record: SessionRecord } {
    return {
      kind: 'session',
      record: { id: timer.id, category: timer.category, start: timer.start, end, source: 'timer', problemId: null, note: timer.note, updatedAt: Date.now(), deleted: false },
    };
  }

  private stateChange(timer: ActiveTimer | null, now: number): Parameters<StudyStore['apply']>[0] {
    return { kind: 'preference', record: { key: PREF, value: timer, updatedAt: now } };
  }

  dispose(): void {
    this.changed.dispose();
  }
}
