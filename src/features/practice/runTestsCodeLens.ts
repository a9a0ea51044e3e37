import * as vscode from 'vscode';
import { isSolved, summarize } from '../../core/runner/runResult';
import type { PracticeWorkspace } from './practiceWorkspace';
import type { HintService } from './hints';
import type { ProblemTestController } from './problemTestController';

/** "▶ Run tests", "Debug", "Run all (incl. hidden)" and the last result, above the entry function of a problem's solution.py. */
export class RunTestsCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly workspace: PracticeWorkspace,
    private readonly tests: ProblemTestController,
    private readonly hints?: HintService,
  ) {
    this.subscription = vscode.Disposable.from(
      tests.onDidRun(() => this.changed.fire()),
      workspace.onDidChange(() => this.changed.fire()),
      ...(hints ? [hints.onDidChange(() => this.changed.fire())] : []),
    );
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const copy = this.workspace.copyForUri(document.uri);
    if (!copy || !document.uri.fsPath.endsWith('solution.py')) return [];
    const problem = copy.problem;
    const entry = problem.entry[0];
    let line = 0;
    for (let i = 0; i < document.lineCount; i++) {
      if (new RegExp(`^(def|class)\\s+${entry}\\b`).test(document.lineAt(i).text)) {
        line = i;
        break;
      }
    }
    const range = new vscode.Range(line, 0, line, 0);
    const lenses = [
      new vscode.CodeLens(range, { title: '▶ Run tests', tooltip: 'Run the visible tests (Ctrl+Alt+Enter)', command: 'mlReps.runTests', arguments: [document.uri] }),
      // Debugging: visible tests of a practice copy only, never during a coding check (the command says why if asked).
      ...(copy.kind === 'practice' && !this.workspace.checkCopyFor(problem.id)
        ? [new vscode.CodeLens(range, { title: '$(debug-alt) Debug', tooltip: 'Debug the visible tests: stops at your breakpoints in solution.py (not recorded as a run)', command: 'mlReps.debugTests', arguments: [document.uri] })]
        : []),
      new vscode.CodeLens(range, { title: 'Run all (incl. hidden)', tooltip: 'Run visible and hidden tests; passing all of them solves the problem', command: 'mlReps.runAllTests', arguments: [document.uri] }),
    ];
    // Hints on request, in practice only: a check copy gets none.
    const hintCount = problem.hints?.length ?? 0;
    if (this.hints && copy.kind === 'practice' && hintCount) {
      const shown = this.hints.shown(problem.id).length;
      const title = shown >= hintCount ? `$(lightbulb) Hints (${hintCount} of ${hintCount} shown)` : `$(lightbulb) Hint ${shown + 1} of ${hintCount}`;
      lenses.push(new vscode.CodeLens(range, { title, tooltip: 'Show the next hint (ML Reps: Show Next Hint); hints used are recorded', command: 'mlReps.showNextHint', arguments: [document.uri] }));
    }
    const last = this.tests.lastResult(copy);
    if (last) {
      const title = isSolved(last) ? `✔ solved · ${last.counts.passed}/${last.counts.total} passing` : summarize(last);
      lenses.push(new vscode.CodeLens(range, { title, tooltip: 'Show the results in the Test Explorer', command: 'workbench.view.testing.focus' }));
    }
    return lenses;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
