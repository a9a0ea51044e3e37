import * as vscode from 'vscode';
import { DEFAULT_SPLIT_TARGETS, READINESS, TRACK_LABELS } from '../../core/method/targets';
import type { ProblemBank } from '../../core/problems/problemBank';
import { progressToHostSchema, type HostToProgress, type ProgressAction, type ProgressState } from '../../webview/progress/protocol';
import type { TrackPreference } from '../track/trackPreference';
import { renderWebviewHtml, webviewResourceRoots } from '../webviewHtml';

const ACTION_COMMANDS: Record<ProgressAction, [string, ...unknown[]]> = {
  chooseTrack: ['mlReps.chooseTrack'],
  openProblems: ['mlReps.problems.focus'],
  openWalkthrough: ['workbench.action.openWalkthrough', 'ml-reps.ml-reps#mlReps.getStarted', false],
};

/** The compact Progress view in the ML Reps sidebar. */
export class ProgressViewProvider implements vscode.WebviewViewProvider {
  static readonly viewId = 'mlReps.progress';
  private view: vscode.WebviewView | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly track: TrackPreference,
    private readonly bank: () => ProblemBank,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: webviewResourceRoots(this.extensionUri) };
    view.webview.html = renderWebviewHtml(view.webview, this.extensionUri, { title: 'ML Reps Progress', script: 'progress' });
    view.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw));
    view.onDidDispose(() => (this.view = undefined));
  }

  /** Re-sends the state; a no-op while the view is closed. */
  refresh(): void {
    if (this.view) void this.post({ type: 'state', state: this.state() });
  }

  private onMessage(raw: unknown): void {
    const parsed = progressToHostSchema.safeParse(raw);
    if (!parsed.success) {
      this.log.warn(`Progress view: ignored a malformed message (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      return;
    }
    const message = parsed.data;
    if (message.type === 'ready') this.refresh();
    else void vscode.commands.executeCommand(...ACTION_COMMANDS[message.action]);
  }

  private state(): ProgressState {
    const t = DEFAULT_SPLIT_TARGETS;
    const track = this.track.get();
    const pct = (x: number) => Math.round(x * 100);
    return {
      track: track ? { id: track, label: TRACK_LABELS[track] } : null,
      targets: [
        { label: 'ISS · problem sets', percent: pct(t.iss * t.issProblemSets) },
        { label: 'ISS · information gathering', percent: pct(t.iss * (1 - t.issProblemSets)) },
        { label: 'GSS · oral recitation', percent: pct((1 - t.iss) * t.gssOralRecitation) },
        { label: 'GSS · group problem set', percent: pct((1 - t.iss) * (1 - t.gssOralRecitation)) },
      ],
      readiness: {
        coding: `Coding: solve at least ${READINESS.coding.pass} of ${READINESS.coding.sample} random problems.`,
        nonCoding: `Non-coding: answer at least ${READINESS.nonCoding.pass} of ${READINESS.nonCoding.sample} random questions with no help.`,
      },
      problemCount: this.bank().problems.length,
    };
  }

  private post(message: HostToProgress): Thenable<boolean> | undefined {
    return this.view?.webview.postMessage(message);
  }
}
