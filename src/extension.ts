import * as vscode from 'vscode';
import type { MlRepsApi } from './api';
import { progressByProblem, type ProblemProgress } from './core/practice/runHistory';
import { loadProblemBank, type ProblemBank } from './core/problems/problemBank';
import { PythonRunner } from './core/runner/pythonRunner';
import { ProgressViewProvider } from './features/dashboard/progressViewProvider';
import { PracticeWorkspace } from './features/practice/practiceWorkspace';
import { openProblemCommand, resetProblemCommand, runTestsCommand, type ProblemArg, type ProblemCommandDeps } from './features/problems/problemCommands';
import { ProblemsTreeProvider } from './features/problems/problemsTree';
import { MementoRunHistory } from './features/testing/mementoRunHistory';
import { ProblemTestController } from './features/testing/problemTestController';
import { resolveInterpreterCandidates } from './features/testing/pythonInterpreter';
import { RunTestsCodeLensProvider } from './features/testing/runTestsCodeLens';
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
  const harnessDir = vscode.Uri.joinPath(context.extensionUri, 'python').fsPath;

  const track = new TrackPreference(context.globalState);
  const history = new MementoRunHistory(context.globalState);
  let progressCache: ReadonlyMap<string, ProblemProgress> | undefined;
  const progress = () => (progressCache ??= progressByProblem(history.runs()));

  const workspace = new PracticeWorkspace(problemBank, harnessDir);
  const runner = new PythonRunner({ harnessDir, candidates: () => resolveInterpreterCandidates(vscode.window.activeTextEditor?.document.uri) });
  const tests = new ProblemTestController(workspace, runner, history, log);
  const problemsTree = new ProblemsTreeProvider(problemBank, track, progress);
  const progressView = new ProgressViewProvider(context.extensionUri, track, problemBank, log);
  const codeLens = new RunTestsCodeLensProvider(workspace, tests);
  const deps: ProblemCommandDeps = { bank: problemBank, track, workspace, tests, progress };

  const refreshViews = () => {
    progressCache = undefined;
    problemsTree.refresh();
    progressView.refresh();
  };
  const updateProblemFileContext = (editor: vscode.TextEditor | undefined) =>
    void vscode.commands.executeCommand('setContext', 'mlReps.isProblemFile', !!workspace.problemForUri(editor?.document.uri));

  context.subscriptions.push(
    track,
    workspace,
    tests,
    codeLens,
    problemsTree,
    track.onDidChange(refreshViews),
    tests.onDidRun(refreshViews),
    workspace.onDidChange(() => tests.refreshItems()),
    vscode.window.onDidChangeActiveTextEditor(updateProblemFileContext),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('mlReps.pythonPath')) runner.resetInterpreter();
      if (e.affectsConfiguration('mlReps.practiceFolder')) tests.refreshItems();
    }),
    vscode.window.registerTreeDataProvider('mlReps.problems', problemsTree),
    vscode.window.registerWebviewViewProvider(ProgressViewProvider.viewId, progressView),
    vscode.languages.registerCodeLensProvider({ scheme: 'file', language: 'python', pattern: '**/solution.py' }, codeLens),
    vscode.commands.registerCommand('mlReps.chooseTrack', () => chooseTrack(track)),
    vscode.commands.registerCommand('mlReps.openProblem', (arg?: ProblemArg) => openProblemCommand(deps, arg)),
    vscode.commands.registerCommand('mlReps.runTests', (arg?: ProblemArg) => runTestsCommand(deps, 'visible', arg)),
    vscode.commands.registerCommand('mlReps.runAllTests', (arg?: ProblemArg) => runTestsCommand(deps, 'all', arg)),
    vscode.commands.registerCommand('mlReps.resetProblem', (arg?: ProblemArg) => resetProblemCommand(deps, arg)),
    vscode.commands.registerCommand('mlReps.problems.showUnsolvedOnly', () => problemsTree.setUnsolvedOnly(true)),
    vscode.commands.registerCommand('mlReps.problems.showAll', () => problemsTree.setUnsolvedOnly(false)),
    vscode.commands.registerCommand('mlReps.refreshProblems', () => {
      bank = undefined;
      refreshViews();
      tests.refreshItems();
    }),
    vscode.commands.registerCommand('mlReps.showLog', () => log.show()),
  );
  updateProblemFileContext(vscode.window.activeTextEditor);

  log.info(`ML Reps activated in ${(performance.now() - started).toFixed(2)} ms`);
  return {
    problemBank,
    practiceFolder: () => workspace.folder().path,
    runTests: (problemId, suite) => {
      const problem = problemBank().problems.find((p) => p.id === problemId);
      return problem ? tests.run(problem, suite) : Promise.resolve(undefined);
    },
    testItemStates: (problemId) => tests.itemStates(problemId),
    resetProblem: async (problemId) => {
      const problem = problemBank().problems.find((p) => p.id === problemId);
      return problem ? workspace.reset(problem, { confirm: false }) : undefined;
    },
    runs: () => history.runs(),
  };
}

export function deactivate(): void {
  // Nothing to flush here on purpose: state is persisted as it changes, never only at shutdown.
}
