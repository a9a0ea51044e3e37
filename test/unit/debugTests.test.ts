import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chooseDebugger,
  DEBUG_SCRIPT,
  debugLaunchConfig,
  debugRefusal,
  installDebugpyCommand,
  isDebianSystemPython,
  OWN_DEBUG_TYPE,
  parseDebugReport,
  probeImport,
  REFUSALS,
  visibleTestsToDebug,
} from '../../src/core/practice/debugTests';

const ROOT = resolve(__dirname, '..', '..', '..');
const VISIBLE = ['visible:VisibleTests.test_a', 'visible:VisibleTests.test_b', 'visible:VisibleTests.test_c'];

describe('debugging a failing test', () => {
  describe('what is refused, and why', () => {
    const ok = { trusted: true, inCheck: false, requested: [{ suite: 'all' as const }] };
    it('debugs a whole problem or a visible test in a trusted workspace outside a check', () => {
      assert.equal(debugRefusal(ok), undefined);
      assert.equal(debugRefusal({ ...ok, requested: [{ suite: 'visible', testId: VISIBLE[1] }] }), undefined);
    });
    it('refuses an untrusted workspace first, then a coding check, then hidden tests', () => {
      const hidden = [{ suite: 'hidden' as const, testId: 'hidden:HiddenTests.test_x' }];
      assert.equal(debugRefusal({ trusted: false, inCheck: true, requested: hidden }), REFUSALS.untrusted);
      assert.equal(debugRefusal({ trusted: true, inCheck: true, requested: hidden }), REFUSALS.check);
      assert.equal(debugRefusal({ trusted: true, inCheck: false, requested: hidden }), REFUSALS.hidden);
      assert.equal(debugRefusal({ ...ok, requested: [{ suite: 'hidden' }] }), REFUSALS.hidden, 'the hidden group');
      assert.equal(debugRefusal({ ...ok, requested: [{ suite: 'all' }, { suite: 'all', testId: 'hidden:H.test_y' }] }), REFUSALS.hidden, 'one hidden id among others');
      assert.match(REFUSALS.hidden, /inputs stay hidden/);
      assert.match(REFUSALS.check, /coding readiness check/);
    });
  });

  describe('which tests a request debugs', () => {
    it('a whole problem means its visible tests, in file order; single tests mean themselves', () => {
      assert.deepEqual(visibleTestsToDebug([{ suite: 'all' }], VISIBLE), VISIBLE);
      assert.deepEqual(visibleTestsToDebug([{ suite: 'visible', testId: VISIBLE[2] }, { suite: 'visible', testId: VISIBLE[0] }], VISIBLE), [VISIBLE[0], VISIBLE[2]]);
    });
    it('never lets a hidden or unknown id through', () => {
      assert.deepEqual(visibleTestsToDebug([{ suite: 'hidden' }, { suite: 'all', testId: 'hidden:VisibleTests.test_a' }], VISIBLE), []);
      assert.deepEqual(visibleTestsToDebug([{ suite: 'visible', testId: 'visible:VisibleTests.test_z' }], VISIBLE), []);
    });
  });

  describe('which debugger', () => {
    const facts = { installedTypes: [] as string[], python: '/opt/py/bin/python3', debugpy: 'ok' as const, debianSystemPython: false };
    it('prefers the Python extension: debugpy, else its older python type', () => {
      assert.deepEqual(chooseDebugger({ ...facts, installedTypes: ['node', 'python', 'debugpy'], debugpy: 'missing' }), { kind: 'python-extension', type: 'debugpy', python: facts.python });
      assert.deepEqual(chooseDebugger({ ...facts, installedTypes: ['python'] }), { kind: 'python-extension', type: 'python', python: facts.python });
    });
    it('uses its own type when the interpreter has debugpy', () => {
      assert.deepEqual(chooseDebugger(facts), { kind: 'own', type: OWN_DEBUG_TYPE, python: facts.python });
    });
    it('otherwise gives the one command that installs debugpy for that interpreter', () => {
      const pip = chooseDebugger({ ...facts, debugpy: 'missing' });
      assert.equal(pip.kind, 'unavailable');
      assert.equal(pip.kind === 'unavailable' && pip.command, '/opt/py/bin/python3 -m pip install debugpy');
      assert.ok(pip.kind === 'unavailable' && pip.message.includes('/opt/py/bin/python3 -m pip install debugpy'), 'the message names the command');
      const debian = chooseDebugger({ ...facts, python: '/usr/bin/python3', debugpy: 'missing', debianSystemPython: true });
      assert.equal(debian.kind === 'unavailable' && debian.command, 'sudo apt-get install python3-debugpy');
      const none = chooseDebugger({ ...facts, python: undefined, debugpy: 'no-python' });
      assert.ok(none.kind === 'unavailable' && /No Python interpreter/.test(none.message) && !none.command);
    });
    it('quotes an interpreter path with spaces, and knows Debian\'s own interpreter', () => {
      assert.equal(installDebugpyCommand('C:\\Program Files\\Python312\\python.exe', false), '"C:\\Program Files\\Python312\\python.exe" -m pip install debugpy');
      assert.equal(isDebianSystemPython('/usr/bin/python3.11', true), true);
      assert.equal(isDebianSystemPython('/usr/bin/python3.11', false), false);
      assert.equal(isDebianSystemPython('/home/me/.pyenv/versions/3.12.1/bin/python3.12', true), false);
      assert.equal(isDebianSystemPython('/usr/local/bin/python3', true), false);
    });
    it('probes an interpreter: importable, missing, or not starting at all', async () => {
      assert.equal(await probeImport(process.execPath, 'x'), 'missing', 'node is not Python: -c "import x" fails');
      assert.equal(await probeImport(join(tmpdir(), 'no-such-python-here'), 'json'), 'no-python');
      assert.equal(await probeImport('python3', 'json'), 'ok');
      assert.equal(await probeImport('python3', 'no_such_module_mlreps'), 'missing');
    });
  });

  describe('the launch configuration', () => {
    it('runs the shipped script on the shipped tests against the user\'s solution, in the practice copy', () => {
      const config = debugLaunchConfig({
        type: OWN_DEBUG_TYPE,
        python: '/usr/bin/python3',
        harnessDir: '/ext/python',
        problem: { id: 'pca', title: 'PCA', dir: '/ext/problems/pca' },
        solutionFile: '/ws/ml-reps/pca/solution.py',
        cwd: '/ws/ml-reps/pca',
        testIds: [VISIBLE[0]],
        resultFile: '/tmp/r.json',
        sessionId: 'abc',
      });
      assert.equal(config.type, OWN_DEBUG_TYPE);
      assert.equal(config.request, 'launch');
      assert.equal(config.program, join('/ext/python', DEBUG_SCRIPT));
      assert.deepEqual(config.args, ['--problem-dir', '/ext/problems/pca', '--solution', '/ws/ml-reps/pca/solution.py', '--result', '/tmp/r.json', '--test', VISIBLE[0]]);
      assert.equal(config.cwd, '/ws/ml-reps/pca');
      assert.equal(config.python, '/usr/bin/python3');
      assert.equal(config.justMyCode, true);
      assert.equal(config.console, 'internalConsole');
      assert.equal(config.mlRepsSessionId, 'abc');
      const noPython = debugLaunchConfig({ type: 'debugpy', python: undefined, harnessDir: '/e', problem: { id: 'p', title: 'P', dir: '/d' }, solutionFile: '/s', cwd: '/c', testIds: [], resultFile: '/r', sessionId: 'x' });
      assert.equal('python' in noPython, false, 'without an interpreter, the Python extension uses its own');
    });
    it('reads the outcomes the script writes, and nothing from a malformed file', () => {
      assert.deepEqual(parseDebugReport('{"tests":[{"id":"visible:A.test_a","status":"pass"},{"id":"visible:A.test_b","status":"weird"},{"status":"fail"}]}'), {
        tests: [{ id: 'visible:A.test_a', status: 'pass' }],
      });
      assert.deepEqual(parseDebugReport('{"tests":[],"error":{"message":"np.cov is not allowed","line":4,"file":null}}'), { tests: [], error: { message: 'np.cov is not allowed', line: 4 } });
      assert.deepEqual(parseDebugReport('{"tests":'), { tests: [] });
      assert.deepEqual(parseDebugReport(undefined), { tests: [] });
    });
  });

  describe('python/mlreps_debug.py', () => {
    const problemDir = join(ROOT, 'problems', 'activations');
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'mlreps-debug-test-'));
      copyFileSync(join(problemDir, 'reference.py'), join(dir, 'solution.py'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    const run = (...extra: string[]) =>
      spawnSync('python3', [join(ROOT, 'python', DEBUG_SCRIPT), '--problem-dir', problemDir, '--solution', join(dir, 'solution.py'), '--result', join(dir, 'r.json'), ...extra], { encoding: 'utf8' });

    it('runs the shipped visible tests, not a copy beside the solution, and reports each', () => {
      // A workspace copy of the tests that would fail everything: it must not be the one that runs.
      writeFileSync(join(dir, 'test_visible.py'), 'import unittest\nclass VisibleTests(unittest.TestCase):\n    def test_relu_and_its_derivative(self):\n        self.fail("workspace copy ran")\n');
      const r = run();
      assert.equal(r.status, 0, r.stderr);
      const outcomes = parseDebugReport(readFileSync(join(dir, 'r.json'), 'utf8')).tests;
      const shipped = readFileSync(join(problemDir, 'test_visible.py'), 'utf8').match(/^\s{4}def test_\w+/gm) ?? [];
      assert.equal(outcomes.length, shipped.length);
      assert.ok(outcomes.every((o) => o.status === 'pass'), JSON.stringify(outcomes));
      assert.match(r.stderr, /not recorded/);
    });
    it('runs only the tests asked for, and reports a failure with its message', () => {
      writeFileSync(join(dir, 'solution.py'), readFileSync(join(dir, 'solution.py'), 'utf8') + '\n\ndef relu(x):\n    return x\n');
      const r = run('--test', 'visible:VisibleTests.test_relu_and_its_derivative');
      assert.equal(r.status, 1, r.stderr);
      const outcomes = parseDebugReport(readFileSync(join(dir, 'r.json'), 'utf8')).tests;
      assert.equal(outcomes.length, 1);
      assert.equal(outcomes[0].status, 'fail');
      assert.match(outcomes[0].message ?? '', /relu/);
    });
    it('refuses what the problem\'s constraints refuse before any test runs, at its line', () => {
      const cov = join(ROOT, 'problems', 'covariance-matrix');
      writeFileSync(join(dir, 'solution.py'), 'import numpy as np\n\n\ndef covariance_matrix(X):\n    return np.cov(X, rowvar=False)\n');
      const r = spawnSync('python3', [join(ROOT, 'python', DEBUG_SCRIPT), '--problem-dir', cov, '--solution', join(dir, 'solution.py'), '--result', join(dir, 'r.json')], { encoding: 'utf8' });
      assert.equal(r.status, 3, r.stderr);
      const report = parseDebugReport(readFileSync(join(dir, 'r.json'), 'utf8'));
      assert.deepEqual(report.tests, []);
      assert.match(report.error?.message ?? '', /np\.cov/);
      assert.equal(report.error?.line, 5);
    });
    it('refuses hidden and unknown tests', () => {
      const hidden = run('--test', 'hidden:HiddenTests.test_x');
      assert.equal(hidden.status, 2);
      assert.match(hidden.stderr, /Hidden tests cannot be debugged/);
      const unknown = run('--test', 'visible:VisibleTests.test_nope');
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /No such visible test/);
    });
  });
});
