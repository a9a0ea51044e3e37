import * as vscode from 'vscode';
import type { HintsShown } from '../../core/practice/hints';
import type { ProblemProgress } from '../../core/practice/runHistory';
import { problemsForTrack, type Problem, type ProblemBank } from '../../core/problems/problemBank';
import type { Suite } from '../../core/runner/runResult';
import type { PracticeWorkspace, ProblemCopy } from './practiceWorkspace';
import type { ProblemTestController } from './problemTestController';
import type { TrackPreference } from '../readiness/trackPreference';
import { pickProblem } from './problemPicker';
import type { ProblemNode } from './problemsTree';

/** What a problem command may be called with: an id, a file, a tree node, or nothing (the active editor). */
export type ProblemArg = string | vscode.Uri | ProblemNode | undefined;

export interface ProblemCommandDeps {
  bank: () => ProblemBank;
  track: TrackPreference;
  workspace: PracticeWorkspace;
  tests: ProblemTestController;
  progress: () => Promise<ReadonlyMap<string, ProblemProgress>>;
  /** When each problem's hints were shown (the picker says "solved with 2 hints"). */
  hintsShown?: () => HintsShown;
}

export function problemFromArg(arg: ProblemArg, deps: ProblemCommandDeps): Problem | undefined {
  const problems = deps.bank().problems;
  if (typeof arg === 'string') return problems.find((p) => p.id === arg);
  if (arg instanceof vscode.Uri) return deps.workspace.problemForUri(arg);
  if (arg && typeof arg === 'object' && 'kind' in arg && arg.kind === 'problem') return arg.problem;
  return deps.workspace.problemForUri(vscode.window.activeTextEditor?.document.uri);
}

export async function openProblemCommand(deps: ProblemCommandDeps, arg?: ProblemArg): Promise<Problem | undefined> {
  let problem = arg === undefined ? undefined : problemFromArg(arg, deps);
  if (typeof arg === 'string' && !problem) {
    void vscode.window.showErrorMessage(`ML Reps has no problem "${arg}".`);
    return undefined;
  }
  if (!problem) {
    const track = deps.track.get();
    const all = deps.bank().problems;
    if (!all.length) {
      void vscode.window.showErrorMessage('The ML Reps problem bank could not be loaded. See "ML Reps: Show Log" for details.');
      return undefined;
    }
    problem = await pickProblem(track ? problemsForTrack(all, track) : all, await deps.progress(), deps.hintsShown?.());
  }
  if (!problem) return undefined;
  try {
    // While a coding check drew this problem, opening it goes to the check's copy.
    const checkCopy = deps.workspace.checkCopyFor(problem.id);
    if (checkCopy) {
      await deps.workspace.openCopy(checkCopy);
      void vscode.window.setStatusBarMessage(`ML Reps: "${problem.title}" is in your open coding check, so its check copy opened (not your practice code).`, 10_000);
    } else await deps.workspace.open(problem);
  } catch (err) {
    void vscode.window.showErrorMessage(`Could not open "${problem.title}" in ${deps.workspace.folder().path}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
  deps.tests.refreshItems();
  return problem;
}

/**
 * What a run or debug command acts on: a coding check's copy when its file is the argument (or the active editor),
 * else the problem (opened first if it never was). With nothing to act on, offers to open a problem.
 */
async function commandTarget(deps: ProblemCommandDeps, arg: ProblemArg | undefined, verb: 'run' | 'debug'): Promise<{ copy?: ProblemCopy; problem?: Problem } | undefined> {
  const fileArg = arg instanceof vscode.Uri ? arg : arg === undefined ? vscode.window.activeTextEditor?.document.uri : undefined;
  const copy = fileArg ? deps.workspace.copyForUri(fileArg) : undefined;
  if (copy?.kind === 'check') return { copy };
  const problem = problemFromArg(arg, deps);
  if (!problem) {
    const choice = await vscode.window.showInformationMessage(`Open a problem's solution.py to ${verb} its tests.`, 'Open Problem…');
    if (choice) await vscode.commands.executeCommand('mlReps.openProblem');
    return undefined;
  }
  if (!deps.workspace.openedProblems().some((p) => p.id === problem.id)) await deps.workspace.open(problem);
  return { copy, problem };
}

export async function runTestsCommand(deps: ProblemCommandDeps, suite: Suite, arg?: ProblemArg) {
  const target = await commandTarget(deps, arg, 'run');
  if (!target) return undefined;
  // A check copy's file runs that copy; anything else runs the practice copy.
  return target.problem ? deps.tests.run(target.problem, suite) : deps.tests.run(target.copy!, suite);
}

/** Debugs the visible tests of the problem (its practice copy; a check copy is refused with the reason). */
export async function debugTestsCommand(deps: ProblemCommandDeps, arg?: ProblemArg): Promise<boolean> {
  const target = await commandTarget(deps, arg, 'debug');
  if (!target) return false;
  return deps.tests.debug(target.copy ?? deps.workspace.practiceCopy(target.problem!), [{ suite: 'all' }]);
}

export async function resetProblemCommand(deps: ProblemCommandDeps, arg?: ProblemArg): Promise<string | undefined> {
  let problem = problemFromArg(arg, deps);
  if (!problem) {
    const opened = deps.workspace.openedProblems();
    if (!opened.length) {
      void vscode.window.showInformationMessage('No problem has been opened yet, so there is nothing to reset.');
      return undefined;
    }
    const pick = await vscode.window.showQuickPick(opened.map((p) => ({ label: p.title, description: p.id, problem: p })), { title: 'Reset which problem to its starter code?' });
    problem = pick?.problem;
  }
  if (!problem) return undefined;
  return deps.workspace.reset(problem);
}
