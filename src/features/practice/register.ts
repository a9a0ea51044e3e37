import * as vscode from 'vscode';
import { bundleMarks } from '../../services/bundleMarks';
import type { Services } from '../../services/services';
import { TestDebugger } from './debugTests';
import { HintService } from './hints';
import { debugTestsCommand, openProblemCommand, problemFromArg, resetProblemCommand, runTestsCommand, type ProblemArg, type ProblemCommandDeps } from './problemCommands';
import { ProblemsTreeProvider } from './problemsTree';
import { RunTestsCodeLensProvider } from './runTestsCodeLens';

/** Practice: the problem picker and tree, problems as workspace files, the Run tests CodeLens and the Test Explorer. */
export function registerPractice(context: vscode.ExtensionContext, s: Services): { hints: HintService } {
  const hints = new HintService(s.storeService, s.workspace);
  const deps: ProblemCommandDeps = { bank: s.content.problems, track: s.track, workspace: s.workspace, tests: s.tests, progress: () => s.history.progress(), hintsShown: () => hints.all() };
  const tree = new ProblemsTreeProvider(s.content.problems, s.track, () => s.history.progress(), s.startup, s.content.problemsReady);
  const treeView = vscode.window.createTreeView('mlReps.problems', { treeDataProvider: tree });
  // While the Problems view is visible, VS Code is asking for its rows: the start-up work waits for them to be sent.
  s.startup.setRowsViewVisible(treeView.visible);
  const codeLens = new RunTestsCodeLensProvider(s.workspace, s.tests, hints);
  const testDebugger = new TestDebugger(vscode.Uri.joinPath(context.extensionUri, 'python').fsPath, s.log);
  s.tests.testDebugger = testDebugger;
  const updateProblemFileContext = (editor: vscode.TextEditor | undefined) => {
    const isProblemFile = !!s.workspace.copyForUri(editor?.document.uri);
    void vscode.commands.executeCommand('setContext', 'mlReps.isProblemFile', isProblemFile);
    // The warm Python worker starts when a problem file is first shown (in a trusted workspace), not at activation.
    if (isProblemFile && vscode.workspace.isTrusted) s.runner.warmUp();
  };
  context.subscriptions.push(
    tree,
    treeView,
    treeView.onDidChangeVisibility((e) => s.startup.setRowsViewVisible(e.visible)),
    codeLens,
    hints,
    testDebugger,
    vscode.commands.registerCommand('mlReps.showNextHint', (arg?: ProblemArg) => {
      const uri = arg instanceof vscode.Uri ? arg : arg === undefined ? vscode.window.activeTextEditor?.document.uri : undefined;
      const copy = s.workspace.copyForUri(uri);
      return hints.showNext(copy?.problem ?? problemFromArg(arg, deps), { inCheckCopy: copy?.kind === 'check' });
    }),
    s.onDidChangeProgress(() => tree.refresh()),
    vscode.window.onDidChangeActiveTextEditor(updateProblemFileContext),
    vscode.languages.registerCodeLensProvider({ scheme: 'file', language: 'python', pattern: '**/solution.py' }, codeLens),
    vscode.commands.registerCommand('mlReps.openProblem', (arg?: ProblemArg) => openProblemCommand(deps, arg)),
    vscode.commands.registerCommand('mlReps.runTests', (arg?: ProblemArg) => runTestsCommand(deps, 'visible', arg)),
    vscode.commands.registerCommand('mlReps.runAllTests', (arg?: ProblemArg) => runTestsCommand(deps, 'all', arg)),
    vscode.commands.registerCommand('mlReps.debugTests', (arg?: ProblemArg) => debugTestsCommand(deps, arg)),
    vscode.commands.registerCommand('mlReps.resetProblem', (arg?: ProblemArg) => resetProblemCommand(deps, arg)),
    vscode.commands.registerCommand('mlReps.problems.showUnsolvedOnly', () => tree.setUnsolvedOnly(true)),
    vscode.commands.registerCommand('mlReps.problems.showAll', () => tree.setUnsolvedOnly(false)),
    vscode.commands.registerCommand('mlReps.refreshProblems', () => {
      s.content.reloadProblems();
      tree.refresh();
      s.tests.refreshItems();
    }),
  );
  // Off the activation path: the bank loads (the tree's first rows need it), and a failure is said at once, with its
  // reason in the log. "Ready" waits until the tree's first rows are out: said earlier, the view showed "No problems
  // to show here" (its empty state) between VS Code learning it and the rows arriving, for a second on a cold start.
  // Until then the Problems view says it is loading, never that something failed or that there is nothing.
  void s.content.problemsReady().then(() => {
    const bank = s.content.problems();
    const failed = bank.problems.length === 0;
    if (failed) s.log.error(`The problem bank could not be loaded: ${bank.errors.map((e) => `${e.file}: ${e.message}`).join('; ') || 'the problems folder holds no problem'}`);
    if (failed) void vscode.commands.executeCommand('setContext', 'mlReps.loadFailed', true);
    else
      void s.startup.rowsOut.then(() => {
        // When the tree's first rows left the extension: the rest of a cold click's wait is VS Code drawing them.
        const loadStart = bundleMarks().start;
        if (loadStart !== undefined) s.log.info(`Problems view: first rows handed to VS Code ${(performance.now() - loadStart).toFixed(0)} ms after the bundle started loading (at ${new Date().toISOString()})`);
        return vscode.commands.executeCommand('setContext', 'mlReps.ready', true);
      });
  });
  void s.startup.opened.then(() => updateProblemFileContext(vscode.window.activeTextEditor));
  return { hints };
}
