import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblemBank } from '../../src/core/problems/problemBank';
import { PythonRunner } from '../../src/core/runner/pythonRunner';
import type { RunResult } from '../../src/core/runner/runResult';
import { fixturesDir, harnessDir } from '../support/paths';

const hostileDir = join(fixturesDir, 'hostile');

/** Processes whose command line mentions `marker`, read from the process table. */
function processesMentioning(marker: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmd.includes(marker)) found.push(`${pid}: ${cmd.slice(0, 200)}`);
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

describe('runner against hostile solutions (real Python)', function () {
  this.timeout(30_000);
  let problemRoot: string;
  let runner: PythonRunner;
  let problem: ReturnType<typeof loadProblemBank>['problems'][number];

  before(() => {
    problemRoot = mkdtempSync(join(tmpdir(), 'mlreps-hostile-'));
    cpSync(join(fixturesDir, 'problems'), problemRoot, { recursive: true });
    const bank = loadProblemBank(problemRoot);
    assert.deepEqual(bank.errors, []);
    problem = bank.problems.find((p) => p.id === 'hostile-identity')!;
    runner = new PythonRunner({ harnessDir, candidates: () => ['python3'] });
  });
  after(() => rmSync(problemRoot, { recursive: true, force: true }));

  async function runHostile(file: string, suite: 'visible' | 'all' = 'all'): Promise<RunResult> {
    const solution = join(hostileDir, file);
    const started = Date.now();
    const result = await runner.run({ problem, solutionFile: solution, suite });
    const elapsed = Date.now() - started;
    assert.ok(elapsed <= (problem.timeLimitSeconds + 2) * 1000, `${file} took ${elapsed} ms, over the time limit + 2 s`);
    // Nothing started for this solution may survive the run.
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(processesMentioning(solution), [], `${file} left processes behind`);
    assert.deepEqual(processesMentioning('mlreps-hostile-child'), [], `${file} left its child behind`);
    return result;
  }

  it('the reference passes (control)', async () => {
    const r = await runner.run({ problem, solutionFile: join(problem.dir, 'reference.py'), suite: 'all' });
    assert.equal(r.status, 'pass', JSON.stringify(r.error));
    assert.equal(r.counts.total, 4);
  });

  it('an infinite loop times out', async () => {
    const r = await runHostile('infinite_loop.py');
    assert.equal(r.error?.kind, 'timeout');
    assert.match(r.error!.message, /^Timed out after 3 s/);
  });

  it('sleeping forever times out', async () => {
    const r = await runHostile('sleep_forever.py');
    assert.equal(r.error?.kind, 'timeout');
  });

  it('a child that ignores SIGTERM is killed with its process group', async () => {
    const r = await runHostile('child_ignores_sigterm.py');
    assert.equal(r.error?.kind, 'timeout');
  });

  it('50 MB of output is capped and the tests still report', async () => {
    const r = await runHostile('big_output.py');
    assert.equal(r.status, 'pass', JSON.stringify(r.error));
    assert.ok(r.stdout.length <= 70 * 1024, `stdout kept ${r.stdout.length} characters`);
    assert.match(r.stdout, /output truncated/);
  });

  it('a recursion error is an error result for each test', async () => {
    const r = await runHostile('recursion.py');
    assert.equal(r.status, 'fail');
    assert.equal(r.counts.errored, 4);
    assert.match(r.tests[0].message, /RecursionError/);
    assert.equal(r.tests[0].solutionLine, 2);
  });

  it('importing a module that does not exist names the module', async () => {
    const r = await runHostile('missing_import.py');
    assert.equal(r.error?.kind, 'missing-module');
    assert.equal(r.error?.module, 'mlreps_module_that_does_not_exist');
    assert.match(r.hint ?? '', /pip install mlreps_module_that_does_not_exist/);
  });

  it('sys.exit(0) at import time is an error, not a pass', async () => {
    const r = await runHostile('sys_exit.py');
    assert.equal(r.status, 'error');
    assert.equal(r.error?.kind, 'exit');
    assert.match(r.error!.message, /sys\.exit\(0\)/);
  });

  it('os._exit(3) is an error naming the exit code', async () => {
    const r = await runHostile('os_exit.py');
    assert.equal(r.status, 'error');
    assert.equal(r.error?.kind, 'exit');
    assert.match(r.error!.message, /code 3/);
  });

  it('a syntax error gives its line', async () => {
    const r = await runHostile('syntax_error.py');
    assert.equal(r.error?.kind, 'syntax');
    assert.equal(r.error?.line, 1);
    assert.match(r.error!.message, /line 1/);
  });

  it('a solution that deletes or rewrites the tests is still judged by the real tests', async () => {
    process.env.MLREPS_FIXTURE_PROBLEM_DIR = problem.dir;
    try {
      const r = await runHostile('rewrites_tests.py');
      assert.equal(r.status, 'fail');
      assert.equal(r.counts.total, 4, 'all four original tests ran');
      assert.equal(r.counts.passed, 0);
      assert.equal(existsSync(join(problem.dir, 'test_hidden.py')), false, 'the fixture really did delete the file');
    } finally {
      delete process.env.MLREPS_FIXTURE_PROBLEM_DIR;
      cpSync(join(fixturesDir, 'problems', 'hostile-identity'), problem.dir, { recursive: true });
    }
  });

  it('a missing interpreter says how to set one', async () => {
    const noPython = new PythonRunner({ harnessDir, candidates: () => ['/nonexistent/python3'] });
    const r = await noPython.run({ problem, solutionFile: join(problem.dir, 'reference.py'), suite: 'visible' });
    assert.equal(r.error?.kind, 'no-python');
    assert.match(r.hint ?? '', /mlReps\.pythonPath/);
  });

  it('a missing required module (such as numpy) is reported with an install hint', async () => {
    const needsModule = { ...problem, requires: ['mlreps_absent_numpy_like'] };
    const r = await runner.run({ problem: needsModule, solutionFile: join(problem.dir, 'reference.py'), suite: 'visible' });
    assert.equal(r.error?.kind, 'missing-module');
    assert.match(r.error!.message, /needs mlreps_absent_numpy_like/);
    assert.match(r.hint ?? '', /-m pip install mlreps_absent_numpy_like/);
  });
});
