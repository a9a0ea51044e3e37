import * as vscode from 'vscode';
import type { Category } from '../../core/method/targets';
import { newId } from '../../core/store/records';
import { ActivityClassifier } from '../../core/tracking/activityClassifier';
import { IdleIntervalTracker, type TrackedInterval } from '../../core/tracking/idleIntervalTracker';
import type { PracticeWorkspace } from '../practice/practiceWorkspace';
import type { StoreService } from '../../services/storeService';

/** How often the open interval is saved: a crash loses at most this much tracked time (plus the store's 2 s). */
export const SAVE_INTERVAL_MS = 15_000;

/**
 * Automatic study time: editor events on problem files become ISS problem-set intervals (and notes/ edits become
 * information gathering), with the idle rule. Events cost a Map lookup and a few comparisons; the open interval is
 * written to the store on a slow timer and when it closes.
 */
export class TimingService implements vscode.Disposable {
  private classifier: ActivityClassifier | undefined;
  private readonly tracker: IdleIntervalTracker;
  private readonly saved = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private focused = vscode.window.state.focused;
  private idleMs = 5 * 60_000;
  private lastActivityAt = 0;
  private excluded: ReadonlySet<string> = new Set();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly activity = new vscode.EventEmitter<void>();
  /** Fires when an interval opens or closes (not on every event). */
  readonly onDidChangeInterval = this.activity.event;

  constructor(
    private readonly storeService: StoreService,
    private readonly workspace: PracticeWorkspace,
    private readonly onTick: () => void,
  ) {
    this.readSettings();
    this.tracker = new IdleIntervalTracker({
      idleMs: () => this.idleMs,
      clock: { wall: Date.now, mono: () => performance.now() },
      newId,
      onClose: (interval) => {
        void this.save(interval);
        this.activity.fire();
      },
    });
    this.timer = setInterval(() => this.tick(), SAVE_INTERVAL_MS);
    this.timer.unref?.();
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.onDocumentActivity(e.document.uri);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        // Only the user's own moves: keyboard and mouse, not selections made by commands.
        if (e.kind === vscode.TextEditorSelectionChangeKind.Keyboard || e.kind === vscode.TextEditorSelectionChangeKind.Mouse) {
          this.onDocumentActivity(e.textEditor.document.uri);
        }
      }),
      // Saves the user makes; an auto-save follows the last edit by a delay and would stretch intervals into idle time.
      vscode.workspace.onWillSaveTextDocument((e) => {
        if (e.reason === vscode.TextDocumentSaveReason.Manual) this.onDocumentActivity(e.document.uri);
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.onDocumentActivity(e.document.uri)),
      vscode.window.onDidChangeWindowState((s) => {
        this.focused = s.focused;
        // An unfocused window counts nothing: the interval ends at its last activity.
        if (!s.focused) this.tracker.close();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('mlReps')) {
          this.readSettings();
          this.classifier = undefined;
        }
      }),
      workspace.onDidChange(() => (this.classifier = undefined)),
    );
  }

  private readSettings(): void {
    const minutes = vscode.workspace.getConfiguration('mlReps').get<number>('idleMinutes', 5);
    this.idleMs = Math.max(0.01, Number.isFinite(minutes) ? minutes : 5) * 60_000;
  }

  /** Activity outside the editor: a test run on a problem, an answer in a practice quiz or review. */
  recordActivity(category: Category, problemId: string | null): void {
    if (!this.focused) return;
    if (problemId && this.excluded.has(problemId)) return;
    this.lastActivityAt = Date.now();
    const was = this.tracker.current()?.id;
    this.tracker.activity(category, problemId);
    if (this.tracker.current()?.id !== was) this.activity.fire();
  }

  /**
   * Problems of an open coding check: time on them is the check's, kept out of the study split.
   */
  setExcludedProblems(ids: Iterable<string>): void {
    this.excluded = new Set(ids);
    if (this.tracker.current()?.problemId && this.excluded.has(this.tracker.current()!.problemId!)) this.tracker.close();
  }

  private onDocumentActivity(uri: vscode.Uri): void {
    if (!this.focused || uri.scheme !== 'file') return;
    this.classifier ??= new ActivityClassifier(this.workspace.folder().path, new Set(this.workspace.knownProblemIds()));
    const target = this.classifier.classify(uri.fsPath);
    if (!target || (target.problemId && this.excluded.has(target.problemId))) return;
    this.lastActivityAt = Date.now();
    const was = this.tracker.current()?.id;
    this.tracker.activity(target.category, target.problemId);
    if (this.tracker.current()?.id !== was) this.activity.fire();
  }

  /** The interval being tracked now, if any. */
  current(): TrackedInterval | undefined {
    return this.tracker.current();
  }

  /** Last editor activity in this window (epoch ms; 0 when none yet). */
  lastActivity(): number {
    return this.lastActivityAt;
  }

  currentCategory(): Category | undefined {
    return this.tracker.current()?.category;
  }

  /** Saves the open interval now (tests, shutdown); normally the slow timer does it. */
  async saveNow(): Promise<void> {
    this.tracker.closeIfIdle();
    const open = this.tracker.current();
    if (open) await this.save(open);
  }

  private tick(): void {
    void this.saveNow();
    this.onTick();
  }

  private async save(interval: TrackedInterval): Promise<void> {
    if (this.saved.get(interval.id) === interval.end) return;
    const store = await this.storeService.get();
    if (!store) return;
    this.saved.set(interval.id, interval.end);
    if (this.saved.size > 1000) this.saved.clear();
    store.apply({
      kind: 'session',
      record: { ...interval, source: 'auto', note: null, updatedAt: Date.now(), deleted: false },
    });
  }

  dispose(): void {
    clearInterval(this.timer);
    this.tracker.close();
    this.activity.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
