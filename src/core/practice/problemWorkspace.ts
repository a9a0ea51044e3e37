import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { PROBLEM_FILES, type Problem } from '../problems/problemBank';

/** The files of an opened problem in the practice folder. */
export const WORKSPACE_FILES = {
  statement: 'README.md',
  solution: 'solution.py',
  visibleTests: 'test_visible.py',
  checkHelpers: 'mlreps_check.py',
  backups: '.backups',
} as const;

export interface OpenedProblem {
  dir: string;
  solution: string;
  statement: string;
  visibleTests: string;
  /** True when solution.py was created now from the starter. */
  createdSolution: boolean;
}

export function problemFolder(practiceDir: string, problemId: string): string {
  return join(practiceDir, problemId);
}

function writeIfMissing(target: string, source: string): void {
  if (!existsSync(target)) copyFileSync(source, target);
}

/**
 * Lays out a problem in the practice folder: the statement, solution.py from the starter, the visible tests and the
 * assertion helpers they import. Files that exist are left alone, so reopening never overwrites the user's code.
 */
export function openProblemFiles(problem: Pick<Problem, 'id' | 'dir'>, practiceDir: string, harnessDir: string): OpenedProblem {
  const dir = problemFolder(practiceDir, problem.id);
  mkdirSync(dir, { recursive: true });
  const solution = join(dir, WORKSPACE_FILES.solution);
  const createdSolution = !existsSync(solution);
  if (createdSolution) {
    // Written to a temp name and renamed, so a crash never leaves a half-written solution.py.
    const tmp = `${solution}.${process.pid}.tmp`;
    copyFileSync(join(problem.dir, PROBLEM_FILES.starter), tmp);
    renameSync(tmp, solution);
  }
  writeIfMissing(join(dir, WORKSPACE_FILES.statement), join(problem.dir, PROBLEM_FILES.readme));
  writeIfMissing(join(dir, WORKSPACE_FILES.visibleTests), join(problem.dir, PROBLEM_FILES.visibleTests));
  writeIfMissing(join(dir, WORKSPACE_FILES.checkHelpers), join(harnessDir, 'mlreps_check.py'));
  return {
    dir,
    solution,
    statement: join(dir, WORKSPACE_FILES.statement),
    visibleTests: join(dir, WORKSPACE_FILES.visibleTests),
    createdSolution,
  };
}

function timestamp(date: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}-${p(date.getMilliseconds(), 3)}`;
}

/**
 * Copies solution.py to `.backups/solution-<timestamp>.py` and checks the copy. Returns its path, or undefined
 * when there is no solution.py.
 */
export function backupSolution(problem: Pick<Problem, 'id'>, practiceDir: string, now: Date = new Date()): string | undefined {
  const dir = problemFolder(practiceDir, problem.id);
  const solution = join(dir, WORKSPACE_FILES.solution);
  if (!existsSync(solution)) return undefined;
  const backups = join(dir, WORKSPACE_FILES.backups);
  mkdirSync(backups, { recursive: true });
  let backup = join(backups, `solution-${timestamp(now)}.py`);
  for (let n = 2; existsSync(backup); n++) backup = join(backups, `solution-${timestamp(now)}-${n}.py`);
  copyFileSync(solution, backup);
  // The copy must be complete and identical before the original may be replaced.
  if (!readFileSync(backup).equals(readFileSync(solution))) throw new Error(`The backup ${backup} does not match solution.py; nothing was reset.`);
  return backup;
}

/** Puts the starter back in solution.py after backing it up. Returns the backup's path (undefined when there was nothing to keep). */
export function resetProblemToStarter(problem: Pick<Problem, 'id' | 'dir'>, practiceDir: string, now: Date = new Date()): string | undefined {
  const dir = problemFolder(practiceDir, problem.id);
  mkdirSync(dir, { recursive: true });
  const backup = backupSolution(problem, practiceDir, now);
  const solution = join(dir, WORKSPACE_FILES.solution);
  const tmp = `${solution}.${process.pid}.tmp`;
  writeFileSync(tmp, readFileSync(join(problem.dir, PROBLEM_FILES.starter)));
  renameSync(tmp, solution);
  return backup;
}

/** The problem a file belongs to, when it lies directly in `<practice>/<id>/` for a known id (backups excluded). */
export function problemIdForFile(file: string, practiceDir: string, knownIds: ReadonlySet<string>): string | undefined {
  const rel = relative(practiceDir, file);
  if (!rel || rel.startsWith('..') || rel.includes(`..${sep}`)) return undefined;
  const parts = rel.split(sep);
  if (parts.length !== 2) return undefined;
  const id = parts[0];
  return knownIds.has(id) && basename(dirname(file)) === id ? id : undefined;
}
