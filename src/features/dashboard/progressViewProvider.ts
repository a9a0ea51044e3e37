import * as vscode from 'vscode';
import type { ProblemBank } from '../../core/problems/problemBank';
import { progressState } from '../../core/dashboard/progressModel';
import { progressReplies, progressToHostSchema, type HostToProgress, type ProgressAction, type ProgressState } from '../../webview/dashboard/progress/protocol';
import { sessionMinutes, splitTargets } from '../settings';
import type { StoreService } from '../../services/storeService';
import type { TrackPreference } from '../readiness/trackPreference';
import type { ReadinessStatus } from '../../core/readiness/status';
import { renderWebviewHtml, webviewResourceRoots } from '../webviewHtml';

const ACTION_COMMANDS: Record<ProgressAction, [string, ...unknown[]]> = {
  chooseTrack: ['mlReps.chooseTrack'],
  openProblem: ['mlReps.openProblem'],
  openProblems: ['mlReps.problems.focus'],
  openWalkthrough: ['mlReps.openWalkthrough'],
  startTimer: ['mlReps.startTimer'],
  logSession: ['mlReps.logSession'],
  startCodingCheck: ['mlReps.startCodingCheck'],
  startNonCodingCheck: ['mlReps.startNonCodingCheck'],
  reviewQuestions: ['mlReps.reviewQuestions'],
  showReadiness: ['mlReps.showReadiness'],
  showDashboard: ['mlReps.showDashboard'],
  stopTimer: ['mlReps.stopTimer'],
};

/** The compact Progress view in the ML Reps sidebar. It renders what the core computes (core/dashboard/progressModel.ts). */
export class ProgressViewProvider implements vscode.WebviewViewProvider {
  static readonly viewId = 'mlReps.progress';
  private view: vscode.WebviewView | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly track: TrackPreference,
    private readonly bank: () => ProblemBank,
    private readonly storeService: Pick<StoreService, 'get'>,
    private readonly readiness: () => { status: ReadinessStatus; due: number } | undefined,
    private readonly activeTimer: () => string | null,
    private readonly log: vscode.LogOutputChannel,
    private readonly syncLine: () => string | null = () => null,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: webviewResourceRoots(this.extensionUri) };
    view.webview.html = renderWebviewHtml(view.webview, this.extensionUri, { title: 'ML Reps Progress', script: 'progress' });
    view.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw));
    view.onDidChangeVisibility(() => view.visible && this.refresh());
    view.onDidDispose(() => (this.view = undefined));
  }

  /** Re-sends the state; a no-op while the view is closed or hidden. */
  refresh(): void {
    if (this.view?.visible) void this.state().then((state) => this.post({ type: 'state', state }));
  }

  private onMessage(raw: unknown): void {
    const parsed = progressToHostSchema.safeParse(raw);
    if (!parsed.success) {
      this.log.warn(`Progress view: ignored a malformed message (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      return;
    }
    const message = parsed.data;
    if (message.type === 'action') void vscode.commands.executeCommand(...ACTION_COMMANDS[message.action]);
    if (progressReplies[message.type]) this.refresh();
  }

  private async state(): Promise<ProgressState> {
    return progressState({
      store: await this.storeService.get(),
      track: this.track.get(),
      targets: splitTargets(),
      sessionMinutes: sessionMinutes(),
      readiness: this.readiness(),
      problemCount: this.bank().problems.length,
      timer: this.activeTimer(),
      sync: this.syncLine(),
      now: Date.now(),
    });
  }

  private post(message: HostToProgress): Thenable<boolean> | undefined {
    return this.view?.webview.postMessage(message);
  }
}
