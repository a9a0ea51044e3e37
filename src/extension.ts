import * as vscode from 'vscode';
import type { MlRepsApi } from './api';
import { loadProblemBank, type ProblemBank } from './core/problems/problemBank';
import { ProgressViewProvider } from './features/dashboard/progressViewProvider';
import { ProblemsTreeProvider } from './features/problems/problemsTree';
import { chooseTrack } from './features/track/chooseTrackCommand';
import { TrackPreference } from './features/track/trackPreference';

/**
 * Builds the services and registers the features. No logic lives here, and nothing slow runs here:
 * the problem bank, the database and Python are all touched on first use, not at activation.
 */
export function activate(context: vscode.ExtensionContext): MlRepsApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('ML Reps', { log: true });
  context.subscriptions.push(log);

  let bank: ProblemBank | undefined;
  const problemBank = (): ProblemBank => {
    if (!bank) {
      bank = loadProblemBank(vscode.Uri.joinPath(context.extensionUri, 'problems').fsPath);
      for (const error of bank.errors) log.error(`Problem bank: ${error.file}: ${error.message}`);
      log.info(`Problem bank: ${bank.problems.length} problems loaded`);
    }
    return bank;
  };

  const track = new TrackPreference(context.globalState);
  const problemsTree = new ProblemsTreeProvider(problemBank, track);
  const progressView = new ProgressViewProvider(context.extensionUri, track, problemBank, log);
  track.onDidChange(() => {
    problemsTree.refresh();
    progressView.refresh();
  });

  context.subscriptions.push(
    track,
    problemsTree,
    vscode.window.registerTreeDataProvider('mlReps.problems', problemsTree),
    vscode.window.registerWebviewViewProvider(ProgressViewProvider.viewId, progressView),
    vscode.commands.registerCommand('mlReps.chooseTrack', () => chooseTrack(track)),
    vscode.commands.registerCommand('mlReps.refreshProblems', () => {
      bank = undefined;
      problemsTree.refresh();
      progressView.refresh();
    }),
    vscode.commands.registerCommand('mlReps.showLog', () => log.show()),
  );

  log.info(`ML Reps activated in ${(performance.now() - started).toFixed(2)} ms`);
  return { problemBank };
}

export function deactivate(): void {
  // Nothing to flush here on purpose: state is persisted as it changes, never only at shutdown.
}
