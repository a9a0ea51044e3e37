import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PythonRunner } from '../runner/pythonRunner';
import type { RunResult } from '../runner/runResult';
import { loadProblemBank, PROBLEM_FILES, type Problem, type ProblemLoadError } from './problemBank';
import { listTests } from './testListing';

export const MIN_VISIBLE_TESTS = 3;
export const MIN_HIDDEN_TESTS = 5;

export interface ProblemReport {
  problem: Problem;
  visibleTests: number;
  hiddenTests: number;
  referenceMs: number;
  mutants: number;
  problems: string[];
}

export interface BankReport {
  reports: ProblemReport[];
  loadErrors: ProblemLoadError[];
}

function describeRun(r: RunResult): string {
  if (r.error) return `${r.error.kind}: ${r.error.message}`;
  const bad = r.tests.filter((t) => t.status !== 'pass' && t.status !== 'skip');
  return bad.map((t) => `${t.id} ${t.status}: ${t.message.split('\n')[0].slice(0, 200)}`).join('; ');
}

/** The entry names the README must mention as code (a call, a def, or in backticks). */
export function missingEntriesInReadme(readme: string, entries: readonly string[]): string[] {
  return entries.filter((name) => !new RegExp(`(\\bdef ${name}\\s*\\(|\`${name}\\b|\\b${name}\\s*\\()`).test(readme));
}

/**
 * Validates one problem: the reference passes every test, within half the time limit; the starter fails a
 * visible test; every mutant fails a test; the README names every entry function; the test counts are met.
 */
export async function validateProblem(problem: Problem, runner: PythonRunner): Promise<ProblemReport> {
  const problems: string[] = [];
  const report: ProblemReport = { problem, visibleTests: 0, hiddenTests: 0, referenceMs: NaN, mutants: 0, problems };
  const readme = readFileSync(join(problem.dir, PROBLEM_FILES.readme), 'utf8');
  const missing = missingEntriesInReadme(readme, problem.entry);
  if (missing.length) problems.push(`README.md does not name ${missing.join(', ')}`);

  const referenceFile = join(problem.dir, PROBLEM_FILES.reference);
  if (!existsSync(referenceFile)) {
    problems.push('reference.py is missing');
    return report;
  }
  // Twice the limit for the run itself, so a slow reference is reported as slow rather than as a timeout.
  const reference = await runner.run({ problem, solutionFile: referenceFile, suite: 'all', timeLimitSeconds: problem.timeLimitSeconds * 2 });
  report.referenceMs = reference.durationMs;
  report.visibleTests = reference.tests.filter((t) => t.suite === 'visible').length;
  report.hiddenTests = reference.tests.filter((t) => t.suite === 'hidden').length;
  if (reference.status !== 'pass') problems.push(`the reference does not pass: ${describeRun(reference)}`);
  if (reference.durationMs > (problem.timeLimitSeconds * 1000) / 2) {
    problems.push(`the reference took ${Math.round(reference.durationMs)} ms, over half the ${problem.timeLimitSeconds} s limit`);
  }
  // The Test Explorer lists tests before they run; its listing must match what the harness reports.
  const listed = (['visible', 'hidden'] as const).flatMap((suite) =>
    listTests(readFileSync(join(problem.dir, suite === 'visible' ? PROBLEM_FILES.visibleTests : PROBLEM_FILES.hiddenTests), 'utf8'), suite).map((t) => t.id),
  );
  const ran = reference.tests.map((t) => t.id);
  const unlisted = ran.filter((id) => !listed.includes(id));
  if (reference.tests.length && unlisted.length) problems.push(`tests the Test Explorer cannot list before a run: ${unlisted.join(', ')}`);
  if (report.visibleTests < MIN_VISIBLE_TESTS) problems.push(`${report.visibleTests} visible tests (at least ${MIN_VISIBLE_TESTS})`);
  if (report.hiddenTests < MIN_HIDDEN_TESTS) problems.push(`${report.hiddenTests} hidden tests (at least ${MIN_HIDDEN_TESTS})`);

  const starter = await runner.run({ problem, solutionFile: join(problem.dir, PROBLEM_FILES.starter), suite: 'visible' });
  if (starter.status === 'pass' || !starter.tests.some((t) => t.status === 'fail' || t.status === 'error')) {
    problems.push(`the starter does not fail a visible test (${starter.error ? starter.error.message : `${starter.counts.passed}/${starter.counts.total} pass`})`);
  }

  const mutantDir = join(problem.dir, 'mutants');
  const mutants = existsSync(mutantDir) ? readdirSync(mutantDir).filter((f) => f.endsWith('.py')).sort() : [];
  report.mutants = mutants.length;
  for (const m of mutants) {
    const r = await runner.run({ problem, solutionFile: join(mutantDir, m), suite: 'all' });
    if (r.status === 'pass') problems.push(`mutant ${m} passes every test`);
  }
  return report;
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping the order of results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export async function validateBank(root: string, runner: PythonRunner, options: { concurrency?: number; only?: ReadonlySet<string> } = {}): Promise<BankReport> {
  const bank = loadProblemBank(root);
  const selected = options.only ? bank.problems.filter((p) => options.only?.has(p.id)) : bank.problems;
  const reports = await mapLimit(selected, options.concurrency ?? 2, (p) => validateProblem(p, runner));
  return { reports, loadErrors: bank.errors };
}
