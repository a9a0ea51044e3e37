import * as vscode from 'vscode';
import type { Category } from '../../core/method/targets';
import { newId, type SessionRecord } from '../../core/store/records';
import { CATEGORIES, CATEGORY_LABELS } from '../../core/split/split';
import type { StoreService } from '../store/storeService';
import { TIMER_CATEGORIES, type TimerController } from './timerController';

const MAX_SESSION_MINUTES = 16 * 60;

export function formatMinutes(ms: number): string {
  const m = Math.round(ms / 60_000);
  return m >= 60 ? `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min` : `${m} min`;
}

function isCategory(v: unknown): v is Category {
  return typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v);
}

async function pickCategory(title: string, allowed: readonly Category[]): Promise<Category | undefined> {
  const pick = await vscode.window.showQuickPick(allowed.map((c) => ({ label: CATEGORY_LABELS[c], category: c })), { title });
  return pick?.category;
}

export async function startTimerCommand(timers: TimerController, arg?: unknown): Promise<void> {
  const category = isCategory(arg) ? arg : await pickCategory('ML Reps: Start a timer for…', TIMER_CATEGORIES);
  if (!category) return;
  const timer = await timers.start(category);
  if (timer) vscode.window.setStatusBarMessage(`ML Reps: ${CATEGORY_LABELS[category]} timer started`, 4000);
}

export async function stopTimerCommand(timers: TimerController): Promise<SessionRecord | undefined> {
  if (!timers.active()) {
    void vscode.window.showInformationMessage('No ML Reps timer is running.');
    return undefined;
  }
  const session = await timers.stop();
  if (session) void vscode.window.showInformationMessage(`Logged ${formatMinutes(session.end - session.start)} of ${CATEGORY_LABELS[session.category]}.`);
  return session;
}

/** Parses "YYYY-MM-DD" as a local date; undefined when it is not a real date. */
export function parseLocalDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]) ? d : undefined;
}

export function parseClock(text: string): [number, number] | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return [Number(m[1]), Number(m[2])];
}

export interface LogSessionArgs {
  category: Category;
  date: string;
  /** HH:MM start time; default: the session ends now (today) or at 18:00 (another day). */
  startTime?: string;
  minutes: number;
  note?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "ML Reps: Log a Past Session": category, date, duration and an optional note. */
export async function logSessionCommand(service: StoreService, args?: Partial<LogSessionArgs>): Promise<SessionRecord | undefined> {
  const now = new Date();
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const category = isCategory(args?.category) ? args.category : await pickCategory('Log a past session: which kind?', CATEGORIES);
  if (!category) return undefined;
  const dateText =
    args?.date ??
    (await vscode.window.showInputBox({
      title: 'Log a past session: date',
      value: today,
      prompt: 'YYYY-MM-DD',
      validateInput: (v) => (!parseLocalDate(v) ? 'Enter a date as YYYY-MM-DD, e.g. 2026-11-24.' : parseLocalDate(v)!.getTime() > now.getTime() ? 'The date is in the future.' : undefined),
    }));
  if (dateText === undefined) return undefined;
  const date = parseLocalDate(dateText);
  if (!date) {
    void vscode.window.showErrorMessage(`"${dateText}" is not a date. Use YYYY-MM-DD.`);
    return undefined;
  }
  const minutesText =
    args?.minutes !== undefined
      ? String(args.minutes)
      : await vscode.window.showInputBox({
          title: 'Log a past session: duration in minutes',
          value: '30',
          validateInput: (v) => {
            const n = Number(v);
            return Number.isFinite(n) && n > 0 && n <= MAX_SESSION_MINUTES ? undefined : `Enter minutes between 1 and ${MAX_SESSION_MINUTES}.`;
          },
        });
  if (minutesText === undefined) return undefined;
  const minutes = Number(minutesText);
  if (!(Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_SESSION_MINUTES)) {
    void vscode.window.showErrorMessage(`A session lasts between 1 and ${MAX_SESSION_MINUTES} minutes (got "${minutesText}").`);
    return undefined;
  }
  const isToday = dateText.trim() === today;
  let start: number;
  const clock = args?.startTime ? parseClock(args.startTime) : undefined;
  if (args?.startTime && !clock) {
    void vscode.window.showErrorMessage(`"${args.startTime}" is not a time. Use HH:MM.`);
    return undefined;
  }
  if (clock) start = new Date(date.getFullYear(), date.getMonth(), date.getDate(), clock[0], clock[1]).getTime();
  else if (isToday) start = now.getTime() - minutes * 60_000;
  else start = new Date(date.getFullYear(), date.getMonth(), date.getDate(), 18, 0).getTime() - minutes * 60_000;
  const end = start + Math.round(minutes * 60_000);
  if (end > now.getTime() + 60_000) {
    void vscode.window.showErrorMessage('That session would end in the future. Pick an earlier start time or a shorter duration.');
    return undefined;
  }
  const note = args?.note ?? (args?.category ? '' : (await vscode.window.showInputBox({ title: 'Log a past session: note (optional)', placeHolder: 'e.g. read chapter 4 of the ISLR book' })) ?? '');
  const store = await service.get();
  if (!store) return undefined;
  const record: SessionRecord = { id: newId(), category, start, end, source: 'logged', problemId: null, note: note.trim() || null, updatedAt: Date.now(), deleted: false };
  if (!store.apply({ kind: 'session', record })) {
    void vscode.window.showErrorMessage('The ML Reps database is read-only (it was written by a newer version), so the session was not saved.');
    return undefined;
  }
  void vscode.window.showInformationMessage(`Logged ${formatMinutes(end - start)} of ${CATEGORY_LABELS[category]} on ${dateText.trim()}.`);
  return record;
}

function describeSession(s: SessionRecord): vscode.QuickPickItem {
  const d = new Date(s.start);
  return {
    label: `${CATEGORY_LABELS[s.category]} · ${formatMinutes(s.end - s.start)}`,
    description: `${d.toLocaleDateString()} ${d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} · ${s.source}${s.problemId ? ` · ${s.problemId}` : ''}`,
    detail: s.note ?? undefined,
  };
}

/** "ML Reps: Edit Recent Sessions": change the duration, category or note of a session, or delete it (with undo). */
export async function editSessionsCommand(service: StoreService, args?: { id?: string; action?: 'delete' }): Promise<void> {
  const store = await service.get();
  if (!store) return;
  let s: SessionRecord | undefined;
  if (args?.id) {
    s = store.session(args.id);
    if (!s || s.deleted) {
      void vscode.window.showErrorMessage('That session no longer exists.');
      return;
    }
  } else {
    const recent = store.sessions({ limit: 50 });
    if (!recent.length) {
      void vscode.window.showInformationMessage('No sessions yet. Open a problem, start a timer, or log a past session.');
      return;
    }
    const pick = await vscode.window.showQuickPick(recent.map((r) => ({ ...describeSession(r), session: r })), { title: 'Edit which session?', matchOnDescription: true, matchOnDetail: true });
    s = pick?.session;
  }
  if (!s) return;
  const described = describeSession(s);
  const action =
    args?.action === 'delete'
      ? { id: 'delete' }
      : await vscode.window.showQuickPick(
          [
            { label: '$(clock) Change duration', id: 'duration' },
            { label: '$(symbol-enum) Change category', id: 'category' },
            { label: '$(note) Change note', id: 'note' },
            { label: '$(trash) Delete', id: 'delete' },
          ],
          { title: `${described.label} — ${described.description}` },
        );
  if (!action) return;
  let updated: SessionRecord | undefined;
  if (action.id === 'duration') {
    const text = await vscode.window.showInputBox({
      title: 'New duration in minutes (the start stays)',
      value: String(Math.round((s.end - s.start) / 60_000)),
      validateInput: (v) => (Number(v) > 0 && Number(v) <= MAX_SESSION_MINUTES ? undefined : `Enter minutes between 1 and ${MAX_SESSION_MINUTES}.`),
    });
    if (text === undefined) return;
    updated = { ...s, end: s.start + Math.round(Number(text) * 60_000) };
  } else if (action.id === 'category') {
    const category = await pickCategory('New category', CATEGORIES);
    if (!category) return;
    updated = { ...s, category, source: s.source === 'auto' ? 'logged' : s.source };
  } else if (action.id === 'note') {
    const note = await vscode.window.showInputBox({ title: 'Note', value: s.note ?? '' });
    if (note === undefined) return;
    updated = { ...s, note: note.trim() || null };
  } else {
    updated = { ...s, deleted: true };
  }
  store.apply({ kind: 'session', record: { ...updated, updatedAt: Date.now() } });
  const undo = await vscode.window.showInformationMessage(action.id === 'delete' ? 'Session deleted.' : 'Session updated.', 'Undo');
  if (undo === 'Undo') store.apply({ kind: 'session', record: { ...s, updatedAt: Date.now() } });
}
