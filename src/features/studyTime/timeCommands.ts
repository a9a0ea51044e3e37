import * as vscode from 'vscode';
import type { Category } from '../../core/method/targets';
import { newId, type SessionRecord } from '../../core/store/records';
import { dateProblem, endAfter, formatMinutes, localDateText, minutesProblem, parseLocalDate, sessionTimes } from '../../core/tracking/timeEntry';
import { CATEGORIES, CATEGORY_LABELS } from '../../core/split/split';
import type { StoreService } from '../../services/storeService';
import { TIMER_CATEGORIES, type TimerService } from './timerService';


function isCategory(v: unknown): v is Category {
  return typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v);
}

async function pickCategory(title: string, allowed: readonly Category[]): Promise<Category | undefined> {
  const pick = await vscode.window.showQuickPick(allowed.map((c) => ({ label: CATEGORY_LABELS[c], category: c })), { title });
  return pick?.category;
}

export async function startTimerCommand(timers: TimerService, arg?: unknown): Promise<void> {
  const category = isCategory(arg) ? arg : await pickCategory('ML Reps: Start a timer for…', TIMER_CATEGORIES);
  if (!category) return;
  const timer = await timers.start(category);
  if (timer) vscode.window.setStatusBarMessage(`ML Reps: ${CATEGORY_LABELS[category]} timer started`, 4000);
}

export async function stopTimerCommand(timers: TimerService): Promise<SessionRecord | undefined> {
  if (!timers.active()) {
    void vscode.window.showInformationMessage('No ML Reps timer is running.');
    return undefined;
  }
  const session = await timers.stop();
  if (session) void vscode.window.showInformationMessage(`Logged ${formatMinutes(session.end - session.start)} of ${CATEGORY_LABELS[session.category]}.`);
  return session;
}

export interface LogSessionArgs {
  category: Category;
  date: string;
  /** HH:MM start time; default: the session ends now (today) or at 18:00 (another day). */
  startTime?: string;
  minutes: number;
  note?: string;
}

/** "ML Reps: Log a Past Session": category, date, duration and an optional note. */
export async function logSessionCommand(storeService: StoreService, args?: Partial<LogSessionArgs>): Promise<SessionRecord | undefined> {
  const now = new Date();
  const today = localDateText(now);
  const category = isCategory(args?.category) ? args.category : await pickCategory('Log a past session: which kind?', CATEGORIES);
  if (!category) return undefined;
  const dateText =
    args?.date ??
    (await vscode.window.showInputBox({ title: 'Log a past session: date', value: today, prompt: 'YYYY-MM-DD', validateInput: (v) => dateProblem(v, now) }));
  if (dateText === undefined) return undefined;
  const minutesText =
    args?.minutes !== undefined
      ? String(args.minutes)
      : !parseLocalDate(dateText)
        ? '' // sessionTimes reports the date first
        : (await vscode.window.showInputBox({ title: 'Log a past session: duration in minutes', value: '30', validateInput: minutesProblem }));
  if (minutesText === undefined) return undefined;
  const times = sessionTimes({ date: dateText, minutes: minutesText, startTime: args?.startTime }, now);
  if ('error' in times) {
    void vscode.window.showErrorMessage(times.error);
    return undefined;
  }
  const { start, end } = times;
  const note = args?.note ?? (args?.category ? '' : (await vscode.window.showInputBox({ title: 'Log a past session: note (optional)', placeHolder: 'e.g. read chapter 4 of the ISLR book' })) ?? '');
  const store = await storeService.get();
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
export async function editSessionsCommand(storeService: StoreService, args?: { id?: string; action?: 'delete' }): Promise<void> {
  const store = await storeService.get();
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
      validateInput: minutesProblem,
    });
    const end = text === undefined ? undefined : endAfter(s.start, text);
    if (end === undefined) return;
    updated = { ...s, end };
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
