import * as vscode from 'vscode';
import type { Services } from '../../services/services';
import { openProblemCommand, resetProblemCommand, runTestsCommand, type ProblemArg, type ProblemCommandDeps } from './problemCommands';
import { ProblemsTreeProvider } from './problemsTree';
import { RunTestsCodeLensProvider } from './runTestsCodeLens';

/** Practice: the problem picker and tree, problems as workspace files, the Run tests CodeLens and the Test Explorer. */
export function registerPractice(context: vscode.ExtensionContext, s: Services): void {
  const deps: ProblemCommandDeps = { bank: s.content.problems, track: s.track, workspace: s.workspace, tests: s.tests, progress: () => s.history.progress() };
  const tree = new ProblemsTreeProvider(s.content.problems, s.track, () => s.history.progress());
  const codeLens = new RunTestsCodeLensProvider(s.workspace, s.tests);
  const updateProblemFileContext = (editor: vscode.TextEditor | undefined) =>
    void vscode.commands.executeCommand('setContext', 'mlReps.isProblemFile', !!s.workspace.copyForUri(editor?.document.uri));
  context.subscriptions.push(
    tree,
    codeLens,
    s.onDidChangeProgress(() => tree.refresh()),
    vscode.window.onDidChangeActiveTextEditor(updateProblemFileContext),
    vscode.window.registerTreeDataProvider('mlReps.problems', tree),
    vscode.languages.registerCodeLensProvider({ scheme: 'file', language: 'python', pattern: '**/solution.py' }, codeLens),
    vscode.commands.registerCommand('mlReps.openProblem', (arg?: ProblemArg) => openProblemCommand(deps, arg)),
    vscode.commands.registerCommand('mlReps.runTests', (arg?: ProblemArg) => runTestsCommand(deps, 'visible', arg)),
    vscode.commands.registerCommand('mlReps.runAllTests', (arg?: ProblemArg) => runTestsCommand(deps, 'all', arg)),
    vscode.commands.registerCommand('mlReps.resetProblem', (arg?: ProblemArg) => resetProblemCommand(deps, arg)),
    vscode.commands.registerCommand('mlReps.problems.showUnsolvedOnly', () => tree.setUnsolvedOnly(true)),
    vscode.commands.registerCommand('mlReps.problems.showAll', () => tree.setUnsolvedOnly(false)),
    vscode.commands.registerCommand('mlReps.refreshProblems', () => {
      s.content.reloadProblems();
      tree.refresh();
      s.tests.refreshItems();
    }),
  );
  updateProblemFileContext(vscode.window.activeTextEditor);
}
