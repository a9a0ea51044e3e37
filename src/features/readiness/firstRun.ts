import * as vscode from 'vscode';
import type { Services } from '../../services/services';
import { WalkthroughSteps } from './walkthroughSteps';

export const WALKTHROUGH_ID = 'ml-reps.ml-reps#mlReps.getStarted';
const FIRST_RUN_KEY = 'mlReps.firstRunShown';

/**
 * The first time ML Reps activates with no track chosen, it shows its sidebar and opens the walkthrough, once.
 * The walkthrough can be reopened from the Progress view's title bar or the command palette.
 */
export function registerFirstRun(context: vscode.ExtensionContext, s: Services): WalkthroughSteps {
  const open = () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
  // Each step completes once its action has happened (see walkthroughSteps.ts): a chosen track (now or before), an
  // opened problem, a finished test run.
  const steps = new WalkthroughSteps();
  if (s.track.get()) steps.complete('chooseTrack');
  context.subscriptions.push(
    vscode.commands.registerCommand('mlReps.openWalkthrough', open),
    s.track.onDidChange(() => steps.complete('chooseTrack')),
    s.workspace.onDidOpenProblem(() => steps.complete('openProblem')),
    s.tests.onDidRun(() => steps.complete('runTests')),
  );
  // Integration tests drive their own flows; a walkthrough opening in the middle of them would only get in the way.
  if (context.extensionMode === vscode.ExtensionMode.Test || context.globalState.get<boolean>(FIRST_RUN_KEY)) return steps;
  void s.startup.opened.then(async () => {
    // The track may be known only to the database (another window chose it): ask it before deciding. That waits for
    // the start-up gate: the walkthrough comes after the Problems tree's first rows, never in their way.
    await s.storeService.get();
    await s.track.sync();
    if (s.track.get() || context.globalState.get<boolean>(FIRST_RUN_KEY)) {
      s.log.info('First run: not this time (a track is chosen or the walkthrough was shown before)');
      return;
    }
    await context.globalState.update(FIRST_RUN_KEY, true);
    await vscode.commands.executeCommand('workbench.view.extension.mlReps');
    await open();
    s.log.info('First run: the walkthrough is open');
  });
  return steps;
}
