import * as vscode from 'vscode';
import { problemsForTrack } from '../../core/problems/problemBank';
import { nextRecommended } from '../../core/practice/recommend';
import { activeTimerLabel } from '../../core/split/split';
import type { Services } from '../../services/services';
import type { SyncService } from '../sync/syncService';
import { DashboardPanel } from './dashboardPanel';
import { ProgressViewProvider } from './progressViewProvider';

/** The dashboard panel and the sidebar Progress view; both re-render whenever progress may have changed. */
export function registerDashboard(context: vscode.ExtensionContext, s: Services, sync: SyncService): DashboardPanel {
  const syncLine = () => (sync.status().enabled ? sync.status().text : null);
  const nextProblemId = async () => nextRecommended(problemsForTrack(s.content.problems().problems, s.track.get()), await s.history.progress())?.id;
  const dashboard = new DashboardPanel(s, s.storeService, s.track, s.content.problems, s.content.questions, nextProblemId, syncLine);
  // The Progress view's first state waits for the start-up gate: its webview can ask before the Problems tree's first
  // rows are out, and opening the database then would hold them back.
  const storeAfterStartup = { get: () => s.startup.opened.then(() => s.storeService.get()) };
  const progressView = new ProgressViewProvider(s.extensionUri, s.track, s.content.problems, storeAfterStartup, s.readiness, () => activeTimerLabel(s.timers.active()), s.log, syncLine);
  context.subscriptions.push(
    dashboard,
    s.onDidChangeProgress(() => {
      progressView.refresh();
      dashboard.refresh();
    }),
    sync.onDidChangeStatus(() => {
      progressView.refresh();
      dashboard.refresh();
    }),
    vscode.window.registerWebviewViewProvider(ProgressViewProvider.viewId, progressView),
    vscode.commands.registerCommand('mlReps.showDashboard', () => dashboard.show()),
  );
  return dashboard;
}
