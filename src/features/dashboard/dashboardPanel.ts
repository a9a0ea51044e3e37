import * as vscode from 'vscode';
import { dashboardState } from '../../core/dashboard/dashboardModel';
import type { ProblemBank } from '../../core/problems/problemBank';
import type { QuestionBank } from '../../core/questions/questionBank';
import { dashboardReplies, dashboardToHostSchema, type DashboardState, type DashboardToHost, type HostToDashboard } from '../../webview/dashboard/dashboard/protocol';
import { dueQuestionCards, toCheck } from '../../core/readiness/readinessSnapshot';
import { sessionMinutes, splitTargets } from '../settings';
import type { StoreService } from '../../services/storeService';
import type { TrackPreference } from '../readiness/trackPreference';
import { WebviewPanelHost, type PageRequest, type PanelServices } from '../webviewPanelHost';

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
export class DashboardPanel extends WebviewPanelHost<DashboardToHost, HostToDashboard> {
  private refreshTimer: NodeJS.Timeout | undefined;
  /** The page's own measure of its first render (ms since the page started loading). */
  firstRenderMs: number | undefined;
  lastState: DashboardState | undefined;

  constructor(
    s: PanelServices,
    private readonly storeService: StoreService,
    private readonly track: TrackPreference,
    private readonly problems: () => ProblemBank,
    private readonly questions: () => QuestionBank,
    private readonly nextProblemId: () => Promise<string | undefined>,
    private readonly syncLine: () => string | null = () => null,
  ) {
    super(s, { viewType: 'mlReps.dashboard', title: 'ML Reps Dashboard', script: 'dashboard', schema: dashboardToHostSchema, replies: dashboardReplies });
  }

  show(): void {
    if (!this.isOpen) this.firstRenderMs = undefined;
    this.showPanel();
  }

  protected override viewStateChanged(panel: vscode.WebviewPanel): void {
    if (panel.visible) this.refresh();
  }

  /** Recomputes and sends the figures (coalesced: a burst of changes makes one update). */
  refresh(): void {
    if (!this.isVisible) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.update(), 50);
  }

  private async update(): Promise<void> {
    await this.compute();
    this.post();
  }

  /** The page asks for its state: compute it afresh (the store may have changed while the page loaded). */
  protected override async pageAsked(): Promise<void> {
    await this.compute();
  }

  private async compute(): Promise<void> {
    const store = await this.storeService.get();
    if (!store || !this.isOpen) return;
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
  }

  protected pageMessage(): HostToDashboard | undefined {
    return this.lastState ? { type: 'state', state: this.lastState } : undefined;
  }

  protected async handle(m: PageRequest<DashboardToHost>): Promise<boolean> {
    switch (m.type) {
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

  override dispose(): void {
    clearTimeout(this.refreshTimer);
    super.dispose();
  }
}
