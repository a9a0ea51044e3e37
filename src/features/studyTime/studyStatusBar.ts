import * as vscode from 'vscode';
import { CATEGORY_LABELS } from '../../core/split/split';
import { dayKey } from '../../core/tracking/timeline';
import type { StoreService } from '../../services/storeService';
import { formatMinutes } from '../../core/tracking/timeEntry';
import type { TimerService } from './timerService';
import type { TimingService } from './timingService';

/** One status-bar item: what is being timed now, and today's total. Clicking it opens the time menu. */
export class StudyStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly refreshTimer: NodeJS.Timeout;
  private readiness = '';

  constructor(
    private readonly storeService: StoreService,
    private readonly timers: TimerService,
    private readonly timing: TimingService,
  ) {
    this.item = vscode.window.createStatusBarItem('mlReps.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'ML Reps study time';
    this.item.command = 'mlReps.timeMenu';
    this.item.text = '$(mortar-board) ML Reps';
    this.item.show();
    // Elapsed time moves on its own; a slow tick is enough for minute precision.
    this.refreshTimer = setInterval(() => this.refresh(), 30_000);
    this.refreshTimer.unref?.();
  }

  setReadiness(text: string): void {
    this.readiness = text;
    this.refresh();
  }

  refresh(): void {
    const store = this.storeService.peek();
    const todayMs = store ? [...store.categoryTotals(dayKey(Date.now()), dayKey(Date.now())).values()].reduce((a, b) => a + b, 0) : 0;
    const timer = this.timers.active();
    const open = this.timing.current();
    let now = '';
    if (timer) now = `$(watch) ${CATEGORY_LABELS[timer.category]} ${formatMinutes(Date.now() - timer.start)} · `;
    else if (open) now = `$(pulse) ${CATEGORY_LABELS[open.category]} · `;
    this.item.text = `${now}$(mortar-board) today ${formatMinutes(todayMs)}`;
    const lines = [`**ML Reps** — today: ${formatMinutes(todayMs)}`];
    if (timer) lines.push(`Timer: ${CATEGORY_LABELS[timer.category]} since ${new Date(timer.start).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`);
    else if (open) lines.push(`Counting ${CATEGORY_LABELS[open.category]}${open.problemId ? ` (${open.problemId})` : ''} automatically`);
    if (this.readiness) lines.push(this.readiness);
    lines.push('', 'Click for timers, logging and the dashboard.');
    this.item.tooltip = new vscode.MarkdownString(lines.join('\n\n'));
    this.item.accessibilityInformation = { label: `ML Reps: today ${formatMinutes(todayMs)}${timer ? `, ${CATEGORY_LABELS[timer.category]} timer running` : ''}` };
  }

  dispose(): void {
    clearInterval(this.refreshTimer);
    this.item.dispose();
  }
}

export async function timeMenuCommand(timers: TimerService): Promise<void> {
  const running = timers.active();
  const items: (vscode.QuickPickItem & { command: string })[] = [
    running
      ? { label: `$(debug-stop) Stop ${CATEGORY_LABELS[running.category]} timer`, command: 'mlReps.stopTimer' }
      : { label: '$(watch) Start a timer…', description: 'information gathering, oral recitation, group problem set', command: 'mlReps.startTimer' },
    { label: '$(megaphone) Oral recitation…', description: 'explain a concept to a peer', command: 'mlReps.startRecitation' },
    { label: '$(organization) Group problem set…', command: 'mlReps.startGroupProblemSet' },
    { label: '$(history) Log a past session…', command: 'mlReps.logSession' },
    { label: '$(edit) Edit recent sessions…', command: 'mlReps.editSessions' },
    { label: '$(go-to-file) Open a problem…', command: 'mlReps.openProblem' },
    { label: '$(graph) Show progress', command: 'mlReps.progress.focus' },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: 'ML Reps' });
  if (pick) await vscode.commands.executeCommand(pick.command);
}
