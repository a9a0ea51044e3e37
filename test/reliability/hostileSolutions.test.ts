import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblemBank } from '../../src/core/problems/problemBank';
import { formatRunReport } from '../../src/core/runner/formatReport';
import { PythonRunner } from '../../src/core/runner/pythonRunner';
import { isSolved, type RunResult } from '../../src/core/runner/runResult';
import { fixturesDir, harnessDir } from '../support/paths';

const hostileDir = join(fixturesDir, 'hostile');

/** Processes whose command line mentions `marker`, read from the process table. */
export function processesMentioning(marker: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const state = /State:\s+(\w)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (cmd.includes(marker) && state !== 'Z') found.push(`${pid}: ${cmd.slice(0, 200)}`);
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The kernel's Landlock ABI as the harness sees it (0: none, so runs are not confined to their folder). */
function landlockAbi(): number {
  const r = spawnSync('python3', ['-c', 'import sys; sys.path.insert(0, sys.argv[1]); import mlreps_harness; print(mlreps_harness._landlock_abi())', harnessDir], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return Number(r.stdout.trim());
}

describe('runner against hostile solutions (real Python)', function () {
  this.timeout(60_000);
  let problemRoot: string;
  let runner: PythonRunner;
  let problem: ReturnType<typeof loadProblemBank>['problems'][number];
  /** Every result of this suite, for the check that none mentions the hidden test file. */
  const results: RunResult[] = [];

  before(() => {
    problemRoot = mkdtempSync(join(tmpdir(), 'mlreps-hostile-'));
    cpSync(join(fixturesDir, 'problems'), problemRoot, { recursive: true });
    const bank = loadProblemBank(problemRoot);
    assert.deepEqual(bank.errors, []);
    problem = bank.problems.find((p) => p.id === 'hostile-identity')!;
    // The manifest a build writes for the shipped bank, here for the fixture bank.
    const manifest = { root: '.', problems: { [problem.id]: { visible: sha256(join(problem.dir, 'test_visible.py')), hidden: sha256(join(problem.dir, 'test_hidden.py')) } } };
    writeFileSync(join(problemRoot, 'test-hashes.json'), JSON.stringify(manifest));
    process.env.MLREPS_FIXTURE_PROBLEM_DIR = problem.dir;
    runner = new PythonRunner({ harnessDir, candidates: () => ['python3'], testManifest: join(problemRoot, 'test-hashes.json') });
  });
  after(() => {
    runner.dispose();
    delete process.env.MLREPS_FIXTURE_PROBLEM_DIR;
    rmSync(problemRoot, { recursive: true, force: true });
  });

  async function runHostile(file: string, suite: 'visible' | 'all' = 'all', options: { timeLimitSeconds?: number; hiddenFailureDetails?: boolean } = {}): Promise<RunResult> {
    const solution = join(hostileDir, file);
    const started = Date.now();
    const result = await runner.run({ problem, solutionFile: solution, suite, ...options });
    const elapsed = Date.now() - started;
    const limit = options.timeLimitSeconds ?? problem.timeLimitSeconds;
    assert.ok(elapsed <= (limit + 3) * 1000, `${file} took ${elapsed} ms, over the time limit + 3 s`);
    // Nothing started for this solution may survive the run.
    assert.deepEqual(processesMentioning(solution), [], `${file} left processes behind`);
    assert.deepEqual(processesMentioning('mlreps-hostile-child'), [], `${file} left its child behind`);
    results.push(result);
    return result;
  }

  it('the reference passes (control)', async () => {
    const r = await runner.run({ problem, solutionFile: join(problem.dir, 'reference.py'), suite: 'all' });
    assert.equal(r.status, 'pass', JSON.stringify(r.error));
    assert.equal(r.counts.total, 4);
    assert.ok(isSolved(r));
    assert.equal(runner.mode, 'warm');
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

  it('a solution that deletes or rewrites the tests is judged by the real tests, and the next run is refused', async () => {
    try {
      if (landlockAbi() > 0) {
        // Confined to its own folder, the run cannot touch the tests: the deletion fails at import.
        const refused = await runHostile('rewrites_tests.py');
        assert.equal(refused.status, 'error');
        assert.equal(refused.error?.kind, 'import');
        assert.match(refused.error!.message, /PermissionError/);
        assert.equal(sha256(join(problem.dir, 'test_hidden.py')), sha256(join(fixturesDir, 'problems', 'hostile-identity', 'test_hidden.py')));
        assert.equal(sha256(join(problem.dir, 'test_visible.py')), sha256(join(fixturesDir, 'problems', 'hostile-identity', 'test_visible.py')));
        // Left as the fixture leaves them where there is no Landlock (or as anyone else may edit them): the manifest refuses the next run.
        rmSync(join(problem.dir, 'test_hidden.py'));
        writeFileSync(join(problem.dir, 'test_visible.py'), 'import unittest\n\nclass T(unittest.TestCase):\n    def test_ok(self):\n        pass\n');
      } else {
        const r = await runHostile('rewrites_tests.py');
        assert.equal(r.status, 'fail');
        assert.equal(r.counts.total, 4, 'all four original tests ran');
        assert.equal(r.counts.passed, 0);
        assert.equal(existsSync(join(problem.dir, 'test_hidden.py')), false, 'the fixture really did delete the file');
      }
      // The visible tests now pass anything; the manifest refuses them with a clear error, never a pass.
      writeFileSync(join(problem.dir, 'test_hidden.py'), 'import unittest\n\nclass Hidden(unittest.TestCase):\n    def test_none(self):\n        pass\n');
      const next = await runHostile('recursion.py', 'visible');
      assert.equal(next.status, 'error');
      assert.equal(next.error?.kind, 'tampered');
      assert.match(next.error!.message, /visible tests of this problem were modified/);
      const all = await runHostile('recursion.py');
      assert.equal(all.error?.kind, 'tampered');
      assert.ok(!isSolved(all));
    } finally {
      cpSync(join(fixturesDir, 'problems', 'hostile-identity'), problem.dir, { recursive: true });
    }
  });

  for (const [file, what] of [
    ['forge_testcase_run.py', 'replacing unittest.TestCase.run'],
    ['forge_testresult.py', 'replacing unittest.TestResult'],
    ['forge_json_dumps.py', 'wrapping json.dumps'],
    ['forge_result_fd.py', 'writing a made-up result to every descriptor, then os._exit(0)'],
    ['forge_forked_child.py', 'a forked child writing made-up passes to the result channel'],
    ['forge_check_code.py', "swapping the code of a check helper (its identity unchanged)"],
    ['forge_test_module.py', "replacing the check helper in the tests' own module"],
  ] as const) {
    it(`a forged pass by ${what} is never a pass`, async () => {
      const r = await runHostile(file);
      assert.notEqual(r.status, 'pass', JSON.stringify(r));
      assert.ok(!isSolved(r));
      assert.equal(r.status, 'error');
      if (['forge_testcase_run.py', 'forge_testresult.py', 'forge_check_code.py', 'forge_test_module.py'].includes(file)) {
        assert.equal(r.error?.kind, 'tampered');
        assert.match(r.error!.message, /the solution changed the test framework/i);
        assert.deepEqual(r.tests, [], 'the results of a tampered run are dropped');
      }
      if (file === 'forge_result_fd.py') assert.equal(r.error?.kind, 'tampered', 'a "done" without the run token is refused');
      if (file === 'forge_forked_child.py') assert.equal(r.error?.kind, 'tampered');
    });
  }

  it('a setsid daemon that keeps stdout open neither delays nor outlives the run', async () => {
    const r = await runHostile('setsid_daemon.py');
    assert.equal(r.status, 'pass', JSON.stringify(r.error));
    assert.ok(r.durationMs < 3000, `the run took ${Math.round(r.durationMs)} ms`);
  });

  it('fifty children in new sessions and one that closes its descriptors leave no survivor', async () => {
    const r = await runHostile('new_session_children.py');
    assert.equal(r.status, 'pass', JSON.stringify(r.error));
  });

  it('an 8 GB allocation is a memory error, within the time limit', async () => {
    const r = await runHostile('huge_allocation.py');
    assert.equal(r.status, 'error');
    assert.equal(r.error?.kind, 'memory');
    assert.match(r.error!.message, /used more than 4096 MB/);
    assert.match(r.hint ?? '', /mlReps\.memoryLimitMB/);
  });

  it('3 GB of output is drained with a bounded buffer (peak memory under 100 MB)', async function () {
    this.timeout(120_000);
    const r = await runHostile('huge_output.py', 'all', { timeLimitSeconds: 60 });
    assert.equal(r.status, 'pass', JSON.stringify(r.error));
    assert.ok(r.peakRssKB, 'the harness reports peak memory');
    assert.ok(r.peakRssKB.child < 100 * 1024, `child peak ${r.peakRssKB.child} KB`);
    assert.ok(r.peakRssKB.judge < 100 * 1024, `judge peak ${r.peakRssKB.judge} KB`);
    assert.ok(r.stdout.length <= 70 * 1024, `stdout kept ${r.stdout.length} characters`);
  });

  it('a timeout names the hanging test and keeps the finished ones', async () => {
    const r = await runHostile('hangs_on_none.py');
    assert.equal(r.error?.kind, 'timeout');
    assert.match(r.error!.message, /Timed out after 3 s in the test "Hidden\.test_none"/);
    assert.equal(r.error?.test, 'hidden:Hidden.test_none');
    assert.deepEqual(r.tests.map((t) => [t.id, t.status]), [
      ['visible:Visible.test_int', 'pass'],
      ['visible:Visible.test_list', 'pass'],
      ['visible:Visible.test_str', 'pass'],
    ]);
  });

  it('a hidden failure shows the user frames and the message in practice, only the description in a check', async () => {
    const practice = await runHostile('raises_in_hidden.py');
    const hidden = practice.tests.find((t) => t.suite === 'hidden')!;
    assert.equal(hidden.status, 'error');
    assert.match(hidden.message, /ValueError: no None here/);
    assert.match(hidden.trace ?? '', /raises_in_hidden\.py", line 9, in identity/);
    assert.doesNotMatch(hidden.trace ?? '', /check_equal|hidden tests|unittest/);
    assert.equal(hidden.line, undefined, 'no line of the hidden file');
    assert.match(practice.stdout, /<hidden tests>/, 'the listing the solution printed is scrubbed');
    const check = await runHostile('raises_in_hidden.py', 'all', { hiddenFailureDetails: false });
    const h2 = check.tests.find((t) => t.suite === 'hidden')!;
    assert.equal(h2.message, 'hidden: identity(None) is None');
    assert.equal(h2.trace, undefined);
    assert.equal(h2.expected, undefined);
  });

  it('a run can be limited to chosen tests, and any other set of reported ids is refused', async () => {
    const r = await runner.run({ problem, solutionFile: join(problem.dir, 'reference.py'), suite: 'all', testIds: ['visible:Visible.test_str', 'hidden:Hidden.test_none'] });
    assert.equal(r.status, 'pass', JSON.stringify(r.error));
    assert.deepEqual(r.tests.map((t) => t.id).sort(), ['hidden:Hidden.test_none', 'visible:Visible.test_str']);
    assert.ok(!isSolved(r), 'a subset never solves the problem');
    const unknown = await runner.run({ problem, solutionFile: join(problem.dir, 'reference.py'), suite: 'visible', testIds: ['visible:Visible.test_nope'] });
    assert.equal(unknown.status, 'error');
    results.push(r, unknown);
  });

  it('a fail-fast run stops at the first failing test and never solves the problem', async () => {
    // Four RecursionErrors with their tracebacks: on a loaded 2-core machine they can outlast the fixture's 3 s limit
    // (then the run stops at three), so this test, which is about fail-fast, gives them room.
    const r = await runHostile('recursion.py', 'all', { timeLimitSeconds: 30 });
    assert.equal(r.counts.errored, 4);
    const fast = await runner.run({ problem, solutionFile: join(hostileDir, 'recursion.py'), suite: 'all', failFast: true, timeLimitSeconds: 30 });
    assert.equal(fast.status, 'fail', JSON.stringify(fast.error));
    assert.equal(fast.counts.total, 1);
    const passing = await runner.run({ problem, solutionFile: join(problem.dir, 'reference.py'), suite: 'all', failFast: true });
    assert.equal(passing.status, 'pass');
    assert.equal(passing.counts.total, 4);
    assert.ok(!isSolved(passing));
    results.push(fast, passing);
  });

  it('cancelling a run kills it at once and keeps the finished tests', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const pending = runner.run({ problem, solutionFile: join(hostileDir, 'hangs_on_none.py'), suite: 'all', timeLimitSeconds: 30, signal: controller.signal });
    setTimeout(() => controller.abort(), 800);
    const r = await pending;
    assert.ok(Date.now() - started < 5000, `cancelling took ${Date.now() - started} ms`);
    assert.equal(r.error?.kind, 'cancelled');
    assert.equal(r.counts.passed, 3);
    assert.deepEqual(processesMentioning(join(hostileDir, 'hangs_on_none.py')), []);
    results.push(r);
  });

  it('a run cannot rewrite the harness to make later runs of other solutions pass', async () => {
    const harnessCopy = mkdtempSync(join(tmpdir(), 'mlreps-harness-'));
    cpSync(harnessDir, harnessCopy, { recursive: true });
    const own = new PythonRunner({ harnessDir: harnessCopy, candidates: () => ['python3'], testManifest: null });
    const wrong = mkdtempSync(join(tmpdir(), 'mlreps-wrong-'));
    try {
      writeFileSync(join(wrong, 'solution.py'), 'def identity(x):\n    return 0\n');
      const check = join(harnessCopy, 'mlreps_check.py');
      const original = sha256(check);
      const attack = await own.run({ problem, solutionFile: join(hostileDir, 'rewrites_harness.py'), suite: 'all' });
      assert.equal(attack.status, 'fail', JSON.stringify(attack.error));
      const next = await own.run({ problem, solutionFile: join(wrong, 'solution.py'), suite: 'all' });
      results.push(attack, next);
      if (landlockAbi() > 0) {
        assert.match(attack.stdout, /could not rewrite the check helpers: Permission denied/);
        assert.equal(sha256(check), original, 'the harness file is unchanged');
        assert.equal(next.status, 'fail', 'a wrong solution after the attack still fails');
        assert.equal(next.counts.passed, 0);
      } else {
        // Without Landlock the file can be rewritten (an open limit of the in-process judge, see the harness's header).
        assert.match(attack.stdout, /rewrote the check helpers/);
      }
    } finally {
      own.dispose();
      rmSync(harnessCopy, { recursive: true, force: true });
      rmSync(wrong, { recursive: true, force: true });
    }
  });

  it('the worker restarts after the solution kills it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlreps-killer-'));
    try {
      writeFileSync(join(dir, 'solution.py'), 'import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\n\ndef identity(x):\n    return x\n');
      const before = runner.workerPids();
      const r = await runner.run({ problem, solutionFile: join(dir, 'solution.py'), suite: 'all' });
      assert.equal(r.status, 'error');
      results.push(r);
      if (landlockAbi() >= 6) {
        // A confined run may not signal its judge: the kill fails in the solution, and the worker lives on.
        assert.match(r.error!.message, /PermissionError/);
        assert.deepEqual(runner.workerPids(), before);
        // The restart is still covered: the worker is killed from outside.
        for (const pid of before) process.kill(pid, 'SIGKILL');
        while (runner.workerPids().some((pid) => before.includes(pid))) await new Promise((r) => setTimeout(r, 20));
      }
      const again = await runner.run({ problem, solutionFile: join(problem.dir, 'reference.py'), suite: 'all' });
      assert.equal(again.status, 'pass', JSON.stringify(again.error));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every run starts with fresh random state, although the worker forks the same process each time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlreps-rng-'));
    try {
      writeFileSync(join(dir, 'solution.py'), 'import random\nimport numpy as np\nprint(random.random(), np.random.rand())\n\n\ndef identity(x):\n    return x\n');
      const outputs = new Set<string>();
      for (let i = 0; i < 3; i++) {
        const r = await runner.run({ problem, solutionFile: join(dir, 'solution.py'), suite: 'visible' });
        assert.equal(r.status, 'pass', JSON.stringify(r.error));
        outputs.add(r.stdout);
        results.push(r);
      }
      assert.equal(outputs.size, 3, [...outputs].join(' | '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the worker is reused between runs, and restarts when the harness changes or the interpreter is reset', async () => {
    const harnessCopy = mkdtempSync(join(tmpdir(), 'mlreps-harness-'));
    cpSync(harnessDir, harnessCopy, { recursive: true });
    const own = new PythonRunner({ harnessDir: harnessCopy, candidates: () => ['python3'], testManifest: null });
    try {
      const solution = join(problem.dir, 'reference.py');
      assert.equal((await own.run({ problem, solutionFile: solution, suite: 'all' })).status, 'pass');
      const first = own.workerPids();
      assert.equal(first.length, 1);
      assert.equal((await own.run({ problem, solutionFile: solution, suite: 'all' })).status, 'pass');
      assert.deepEqual(own.workerPids(), first, 'the same worker served the second run');
      writeFileSync(join(harnessCopy, 'mlreps_harness.py'), readFileSync(join(harnessCopy, 'mlreps_harness.py'), 'utf8') + '\n# changed\n');
      assert.equal((await own.run({ problem, solutionFile: solution, suite: 'all' })).status, 'pass');
      const second = own.workerPids();
      assert.equal(second.length, 1);
      assert.notEqual(second[0], first[0], 'a changed harness starts a new worker');
      own.resetInterpreter();
      assert.deepEqual(own.workerPids(), []);
      assert.equal((await own.run({ problem, solutionFile: solution, suite: 'all' })).status, 'pass');
      assert.notEqual(own.workerPids()[0], second[0]);
    } finally {
      own.dispose();
      rmSync(harnessCopy, { recursive: true, force: true });
    }
  });

  it('the cold path (a fresh Python per run) gives the same verdicts', async () => {
    const cold = new PythonRunner({ harnessDir, candidates: () => ['python3'], warm: false, testManifest: join(problemRoot, 'test-hashes.json') });
    assert.equal(cold.mode, 'cold');
    const pass = await cold.run({ problem, solutionFile: join(problem.dir, 'reference.py'), suite: 'all' });
    assert.equal(pass.status, 'pass', JSON.stringify(pass.error));
    assert.ok(isSolved(pass));
    const forged = await cold.run({ problem, solutionFile: join(hostileDir, 'forge_testcase_run.py'), suite: 'all' });
    assert.equal(forged.error?.kind, 'tampered');
    const hang = await cold.run({ problem, solutionFile: join(hostileDir, 'hangs_on_none.py'), suite: 'all' });
    assert.equal(hang.error?.kind, 'timeout');
    assert.equal(hang.counts.passed, 3);
    assert.deepEqual(cold.workerPids(), []);
    results.push(pass, forged, hang);
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

  it('no result of this suite mentions the hidden test file', () => {
    assert.ok(results.length >= 20, `${results.length} results collected`);
    for (const r of results) {
      const text = JSON.stringify(r) + formatRunReport(r, 'Identity');
      assert.ok(!text.includes('test_hidden.py'), `a result of ${r.problemId} mentions test_hidden.py: ${text.slice(text.indexOf('test_hidden.py') - 200, text.indexOf('test_hidden.py') + 50)}`);
    }
  });
});
