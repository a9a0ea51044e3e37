import * as vscode from 'vscode';
import { readinessSnapshot, type ReadinessSnapshot } from '../core/readiness/readinessSnapshot';
import { ReviewScheduler } from '../core/review/reviewScheduler';
import { PythonRunner } from '../core/runner/pythonRunner';
import { PracticeWorkspace } from '../features/practice/practiceWorkspace';
import { ProblemTestController } from '../features/practice/problemTestController';
import { resolveInterpreterCandidates } from '../features/practice/pythonInterpreter';
import { TrackPreference } from '../features/readiness/trackPreference';
import { StoreRunHistory } from './storeRunHistory';
import { StoreService } from './storeService';
import { TimerService } from '../features/studyTime/timerService';
import { TimingService } from '../features/studyTime/timingService';
import { ContentService, type ProblemBankPrefetch } from './content';
import { StartupGate } from '../core/startup/startupGate';

/**
 * The long-lived services the features share, built once at activation. Nothing here touches the disk, the
 * database or Python until first use.
 */
export interface Services {
  extensionUri: vscode.Uri;
  log: vscode.LogOutputChannel;
  content: ContentService;
  storeService: StoreService;
  track: TrackPreference;
  history: StoreRunHistory;
  workspace: PracticeWorkspace;
  runner: PythonRunner;
  tests: ProblemTestController;
  timing: TimingService;
  timers: TimerService;
  scheduler: ReviewScheduler;
  /** Opens once the Problems tree has sent its first rows (or no view waits for them): the heavy start-up work waits for it. */
  startup: StartupGate;
  /** Readiness for the current track, or undefined before the store is open or a track is chosen. */
  readiness(): ReadinessSnapshot | undefined;
  /** Fires when anything the views show may have changed: the store (any window), the track, the timers. */
  onDidChangeProgress: vscode.Event<void>;
  /** Fires every 15 s while timing runs (timers check their limits, the status bar refreshes). */
  onTick: vscode.Event<void>;
  /** Tells every view to re-render (after the store first opens). */
  refreshAll(): void;
}

export function createServices(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, problemPrefetch?: ProblemBankPrefetch): Services {
  const content = new ContentService(context.extensionUri, log, problemPrefetch);
  const harnessDir = vscode.Uri.joinPath(context.extensionUri, 'python').fsPath;
  const storeService = new StoreService(context.globalStorageUri, vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath, log);
  const track = new TrackPreference(context.globalState, storeService);
  const history = new StoreRunHistory(storeService);
  const workspace = new PracticeWorkspace(content.problems, harnessDir);
  const runner = new PythonRunner({
    harnessDir,
    candidates: () => resolveInterpreterCandidates(vscode.window.activeTextEditor?.document.uri),
    memoryLimitMB: () => vscode.workspace.getConfiguration('mlReps').get<number>('memoryLimitMB', 4096),
  });
  const tests = new ProblemTestController(workspace, runner, history, log);
  const tick = new vscode.EventEmitter<void>();
  const timing = new TimingService(storeService, workspace, () => tick.fire());
  const timers = new TimerService(storeService, () => timing.lastActivity());
  const progress = new vscode.EventEmitter<void>();
  // A visible Problems view: the database opens just after its first rows. No view known to wait: 3 s after
  // activation. VS Code tells the extension host that the view is visible only when it asks for the rows, which on a
  // busy machine came 1.4 s after activation although the view had been clicked before it: a shorter wait opened
  // the database right in the way of those rows.
  const startup = new StartupGate({ idleMs: 3000, afterRowsMs: 50, maxWaitMs: 10_000 });
  context.subscriptions.push(
    startup,
    storeService, track, workspace, tests, timing, timers, tick, progress, runner,
    tick.event(() => timers.tick()),
    track.onDidChange(() => progress.fire()),
    timers.onDidChange(() => progress.fire()),
    storeService.onDidChange((origin) => {
      progress.fire();
      if (origin === 'external') void track.sync();
    }),
    workspace.onDidChange(() => tests.refreshItems()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('mlReps.pythonPath')) runner.resetInterpreter();
      if (e.affectsConfiguration('mlReps.practiceFolder')) tests.refreshItems();
      if (e.affectsConfiguration('mlReps.targets')) progress.fire();
    }),
  );
  return {
    extensionUri: context.extensionUri,
    log,
    content,
    storeService,
    track,
    history,
    workspace,
    runner,
    tests,
    timing,
    timers,
    scheduler: new ReviewScheduler(),
    startup,
    readiness: () => {
      const store = storeService.peek();
      const chosen = track.get();
      // No track, no readiness: the question bank (a quarter of a second to read) is not read for nothing.
      return store && chosen ? readinessSnapshot(store, chosen, content.questions().questions, content.problems().problems) : undefined;
    },
    onDidChangeProgress: progress.event,
    onTick: tick.event,
    refreshAll: () => progress.fire(),
  };
}
