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

/** Always allowed, whatever a problem declares (problems/README.md and python/mlreps_constraints.py list the same). */
export const BASELINE_IMPORTS = [
  '__future__', 'typing', 'math', 'cmath', 'collections', 'itertools', 'functools', 'operator', 'heapq', 'bisect',
  'dataclasses', 'numbers', 'enum', 'abc', 'random', 're', 'string', 'copy', 'warnings',
] as const;

/** The text of the README's `## Constraints` section, or undefined. */
export function constraintsSection(readme: string): string | undefined {
  const m = /^##\s+Constraints\s*$([\s\S]*?)(?=^##\s|(?![\s\S]))/m.exec(readme);
  return m ? m[1] : undefined;
}

const short = (name: string) => name.replace(/^numpy\./, 'np.');

/**
 * Where a problem's declared constraints and its statement disagree: undeclared constraints, a backticked numpy
 * name in the Constraints section that is not in `forbiddenCalls`, a declared name the section does not mention,
 * allowed modules the prose does not name (or forbids), hints in the statement.
 */
export function constraintProblems(meta: Pick<Problem, 'allowedImports' | 'forbiddenCalls'>, readme: string): string[] {
  const out: string[] = [];
  if (/^#{1,6}\s*Hints?\b/im.test(readme) || /^\s*(?:[-*]\s*)?(?:\*\*|__|_|\*)?Hints?(?:\*\*|__|_|\*)?\s*:/im.test(readme)) {
    out.push('README.md has a hint in the statement (a "Hint" heading or a "Hint:" paragraph); hints go in problem.json "hints"');
  }
  if (meta.allowedImports === undefined || meta.forbiddenCalls === undefined) {
    const missing = [meta.allowedImports === undefined ? 'allowedImports' : '', meta.forbiddenCalls === undefined ? 'forbiddenCalls' : ''].filter(Boolean);
    out.push(`problem.json does not declare ${missing.join(' and ')} (see problems/README.md)`);
    return out;
  }
  const section = constraintsSection(readme);
  if (section === undefined) {
    out.push('README.md has no "## Constraints" section');
    return out;
  }
  const forbidden = new Set(meta.forbiddenCalls);
  const named = new Set<string>();
  for (const m of section.matchAll(/`([^`]*)`/g)) {
    for (const n of m[1].matchAll(/\b(np|numpy)\.([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g)) named.add(`numpy.${n[2]}`);
  }
  for (const name of named) {
    if (!forbidden.has(name)) out.push(`the Constraints section names \`${short(name)}\` but problem.json's forbiddenCalls does not declare ${name}`);
  }
  for (const name of forbidden) {
    // An array method (numpy.ndarray.var) may be named as the method: `.var()`.
    const method = /^numpy\.ndarray\.(\w+)$/.exec(name)?.[1];
    const asMethod = method !== undefined && [...section.matchAll(/`\.(\w+)\(\)`/g)].some((m) => m[1] === method);
    const mentioned = asMethod || (name.startsWith('numpy.') ? named.has(name) : section.includes(name));
    if (!mentioned) out.push(`forbiddenCalls declares ${name} but the Constraints section does not name it${name.startsWith('numpy.') ? ` (as \`${short(name)}\`)` : ''}`);
  }
  const prose = section.toLowerCase();
  const baseline = new Set<string>(BASELINE_IMPORTS);
  for (const module of meta.allowedImports) {
    const top = module.split('.')[0];
    if (baseline.has(top)) continue;
    if (!prose.includes(top.toLowerCase())) out.push(`allowedImports has ${module}, which the Constraints section does not mention`);
    if (new RegExp(`\\bno\\s+${top}\\b|\\bnot?\\s+(?:use\\s+)?${top}\\b`, 'i').test(section)) out.push(`allowedImports has ${module}, which the Constraints section forbids`);
  }
  const numpyAllowed = meta.allowedImports.some((m) => m.split('.')[0] === 'numpy');
  if (/\bnumpy\s+only\b|\bonly\s+numpy\b|\bnumpy and the standard library only\b/i.test(section) && !numpyAllowed) {
    out.push('the Constraints section says numpy only, but allowedImports does not have numpy');
  }
  if (/standard library only|pure python/i.test(section) && !/numpy/i.test(section.replace(/\bno numpy\b/gi, '')) && numpyAllowed) {
    out.push('the Constraints section says the standard library only, but allowedImports has numpy');
  }
  return out;
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
  problems.push(...constraintProblems(problem, readme));

  const referenceFile = join(problem.dir, PROBLEM_FILES.reference);
  if (!existsSync(referenceFile)) {
    problems.push('reference.py is missing');
    return report;
  }
  // Twice the limit for the run itself, so a slow reference is reported as slow rather than as a timeout.
  const reference = await runner.run({ problem, solutionFile: referenceFile, suite: 'all', timeLimitSeconds: problem.timeLimitSeconds * 2 });
  // The harness's own figure: a worker's start-up is not the reference's time.
  report.referenceMs = reference.harnessMs ?? reference.durationMs;
  report.visibleTests = reference.tests.filter((t) => t.suite === 'visible').length;
  report.hiddenTests = reference.tests.filter((t) => t.suite === 'hidden').length;
  if (reference.error?.kind === 'constraint') problems.push(`the reference breaks the problem's constraints: ${reference.error.message} (line ${reference.error.line ?? '?'})`);
  else if (reference.status !== 'pass') problems.push(`the reference does not pass: ${describeRun(reference)}`);
  if (report.referenceMs > (problem.timeLimitSeconds * 1000) / 2) {
    problems.push(`the reference took ${Math.round(report.referenceMs)} ms, over half the ${problem.timeLimitSeconds} s limit`);
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

  const starter = await runner.run({ problem, solutionFile: join(problem.dir, PROBLEM_FILES.starter), suite: 'visible', failFast: true });
  if (starter.error?.kind === 'constraint') problems.push(`the starter breaks the problem's constraints: ${starter.error.message}`);
  if (starter.status === 'pass' || !starter.tests.some((t) => t.status === 'fail' || t.status === 'error')) {
    problems.push(`the starter does not fail a visible test (${starter.error ? starter.error.message : `${starter.counts.passed}/${starter.counts.total} pass`})`);
  }

  const mutantDir = join(problem.dir, 'mutants');
  const mutants = existsSync(mutantDir) ? readdirSync(mutantDir).filter((f) => f.endsWith('.py')).sort() : [];
  report.mutants = mutants.length;
  for (const m of mutants) {
    // One failing test is all a mutant must show: stop there.
    const r = await runner.run({ problem, solutionFile: join(mutantDir, m), suite: 'all', failFast: true });
    if (r.status === 'pass') problems.push(`mutant ${m} passes every test`);
    // A mutant must fail a test, not the constraint check: otherwise it shows nothing about the tests.
    if (r.error?.kind === 'constraint') problems.push(`mutant ${m} breaks the problem's constraints: ${r.error.message}`);
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
