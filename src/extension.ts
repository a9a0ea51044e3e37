import { join } from 'node:path';
import * as vscode from 'vscode';
import type { MlRepsApi } from './api';
import { loadProblemBankAsync } from './core/problems/problemBank';
import { registerDashboard } from './features/dashboard/register';
import { registerGroupStudy } from './features/groupStudy/register';
import { registerPractice } from './features/practice/register';
import { registerFirstRun } from './features/readiness/firstRun';
import { registerReadiness } from './features/readiness/register';
import { registerStudyGuides } from './features/studyGuides/register';
import { registerStudyTime } from './features/studyTime/register';
import { registerSync } from './features/sync/syncService';
import { bundleMarks } from './services/bundleMarks';
import { createServices } from './services/services';
import { createTestApi } from './testApi';

// The problem bank is read as soon as the bundle loads, off the thread: VS Code loads the bundle and then waits for the
// extension's context (storage round trips to the window) before it calls activate(), and the thread is free then.
// The Problems view's first rows need the bank; on a cold start they come that much sooner.
const problemRoot = join(__dirname, '..', 'problems');
const problemPrefetch = { root: problemRoot, startedAt: performance.now(), bank: loadProblemBankAsync(problemRoot).catch(() => undefined) };

/**
 * The composition root: builds the shared services and registers each feature. Nothing slow runs here: the banks,
 * the database and Python are all touched on first use.
 */
export function activate(context: vscode.ExtensionContext): MlRepsApi | undefined {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('ML Reps', { log: true });
  context.subscriptions.push(log, vscode.commands.registerCommand('mlReps.showLog', () => log.show()));
  const services = createServices(context, log, problemPrefetch);
  const sync = registerSync(context, services.storeService, log);

  const { hints } = registerPractice(context, services);
  const { quizPanel, codingCheck } = registerReadiness(context, services);
  const { recitation, group } = registerGroupStudy(context, services);
  // Stopping the timer of a group problem set ends the session properly (notes, outcome).
  const statusBar = registerStudyTime(context, services, { stopTimer: () => (group.active() ? group.end() : undefined) });
  const dashboard = registerDashboard(context, services, sync);
  const studyGuide = registerStudyGuides(context, services);
  const walkthroughSteps = registerFirstRun(context, services);

  // Open the store once the Problems tree's first rows are out (services.startup), so the views and status bar show
  // today's figures without the database's first opening holding back the rows a newcomer waits for.
  void services.startup.opened.then(() => services.storeService.get()).then(() => services.track.sync()).then(() => sync.restart()).then(() => services.refreshAll());

  const now = performance.now();
  const marks = bundleMarks();
  const loadStart = marks.start ?? started;
  const loadEnd = marks.end ?? started;
  log.info(
    `ML Reps activated in ${(now - started).toFixed(2)} ms (${(now - loadStart).toFixed(2)} ms from loading the bundle to ready: ` +
      `${(loadEnd - loadStart).toFixed(2)} ms loading the bundle, ${(started - loadEnd).toFixed(2)} ms before VS Code called activate)`,
  );
  return context.extensionMode === vscode.ExtensionMode.Test ? createTestApi(services, { quizPanel, codingCheck, recitation, dashboard, statusBar, hints, studyGuide, walkthroughSteps }) : undefined;
}

export function deactivate(): void {
  // Nothing to flush here on purpose: state is saved as it changes, never only at shutdown.
}
