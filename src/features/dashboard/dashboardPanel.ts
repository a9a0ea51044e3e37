import * as vscode from 'vscode';
import { dashboardState } from '../../core/dashboard/dashboardModel';
import type { ProblemBank } from '../../core/problems/problemBank';
import type { QuestionBank } from '../../core/questions/questionBank';
import { dashboardToHostSchema, type DashboardState, type DashboardToHost, type HostToDashboard } from '../../webview/dashboard/dashboard/protocol';
import { dueQuestionCards, toCheck } from '../../core/readiness/readinessSnapshot';
import { sessionMinutes, splitTargets } from '../settings';
import type { StoreService } from '../../services/storeService';
import type { TrackPreference } from '../readiness/trackPreference';
import { renderWebviewHtml, webviewResourceRoots } from '../webviewHtml';

const ACTIONS: Record<Exclude<DashboardToHost & { type: 'action' }, never>['action'], string> = {
  openProblem: 'mlReps.openProblem',
  nextProblem: 'mlReps.openProblem',
  startTimer: 'mlReps.startTimer',
  startCodingCheck: 'mlReps.startCodingCheck',
  startNonCodingCheck: 'mlReps.startNonCodingCheck',
  reviewQuestions: 'mlReps.reviewQuestions',
  logSession: 'mlReps.logSession',
  openWalkthrough: 'mlReps.openWalkthrough',
  chooseTrack: 'mlReps.chooseTrack',
  openStudyGuide: 'mlReps.openStudyGuide',
};

/** "ML Reps: Show Dashboard": the split, the next session, readiness, the heatmap, mastery and recent sessions. */
export class DashboardPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  /** The page's own measure of its first render (ms since the page started loading). */
  firstRenderMs: number | undefined;
  ignored = 0;
  lastState: DashboardState | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly storeService: StoreService,
    private readonly track: TrackPreference,
    private readonly problems: () => ProblemBank,
    private readonly questions: () => QuestionBank,
    private readonly nextProblemId: () => Promise<string | undefined>,
    private readonly log: vscode.LogOutputChannel,
    private readonly syncLine: () => string | null = () => null,
  ) {}

  show(): void {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    this.firstRenderMs = undefined;
    this.panel = vscode.window.createWebviewPanel('mlReps.dashboard', 'ML Reps Dashboard', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: webviewResourceRoots(this.extensionUri),
      retainContextWhenHidden: false,
    });
    this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    this.panel.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw));
    this.panel.onDidChangeViewState((e) => e.webviewPanel.visible && this.refresh());
    this.panel.onDidDispose(() => (this.panel = undefined));
    this.panel.webview.html = renderWebviewHtml(this.panel.webview, this.extensionUri, { title: 'ML Reps Dashboard', script: 'dashboard' });
  }

  /** Recomputes and sends the figures (coalesced: a burst of changes makes one update). */
  refresh(): void {
    if (!this.panel?.visible) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.send(), 50);
  }

  private async send(): Promise<void> {
    const store = await this.storeService.get();
    if (!store || !this.panel) return;
    const state = dashboardState({
      store,
      track: this.track.get(),
      targets: splitTargets(),
      sessionMinutes: sessionMinutes(),
      problems: this.problems().problems,
      questions: this.questions().questions,
      checks: store.checks().map(toCheck),
      dueCards: dueQuestionCards(store).length,
      now: Date.now(),
    });
    this.lastState = { ...state, sync: this.syncLine() };
    void this.panel.webview.postMessage({ type: 'state', state: this.lastState } satisfies HostToDashboard);
  }

  async receive(raw: unknown): Promise<boolean> {
    const parsed = dashboardToHostSchema.safeParse(raw);
    if (!parsed.success) {
      this.ignored++;
      this.log.warn(`Dashboard: ignored a malformed message (${parsed.error.issues[0]?.message})`);
      return false;
    }
    const m = parsed.data;
    switch (m.type) {
      case 'ready':
        await this.send();
        return true;
      case 'rendered':
        this.firstRenderMs ??= m.ms;
        this.log.info(`Dashboard first render: ${m.ms.toFixed(1)} ms`);
        return true;
      case 'editSession':
        await vscode.commands.executeCommand('mlReps.editSessions', { id: m.id });
        return true;
      case 'deleteSession':
        await vscode.commands.executeCommand('mlReps.editSessions', { id: m.id, action: 'delete' });
        return true;
      case 'action': {
        if (m.action === 'nextProblem') {
          await vscode.commands.executeCommand('mlReps.openProblem', await this.nextProblemId());
        } else if (m.action === 'startTimer') {
          await vscode.commands.executeCommand('mlReps.startTimer', m.category);
        } else if (m.action === 'openStudyGuide') {
          await vscode.commands.executeCommand('mlReps.openStudyGuide', { weakest: true });
        } else if (m.action === 'openWalkthrough') {
          await vscode.commands.executeCommand('mlReps.openWalkthrough');
        } else {
          await vscode.commands.executeCommand(ACTIONS[m.action]);
        }
        return true;
      }
    }
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.panel?.dispose();
  }
}
