import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';

const cli = join(repoRoot, 'dist', 'cli.js');
const problem = join(repoRoot, 'problems', 'covariance-matrix');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ML_REPS_PYTHON: 'python3' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the command line (dist/cli.js, real Python)', function () {
  this.timeout(60_000);
  let work: string;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'mlreps-cli-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('--help and -h print the usage and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = run(flag);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Usage:/);
      assert.match(r.stdout, /validate-problems/);
    }
  });

  it('list prints the problems and exits 0', () => {
    const r = run('list');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^covariance-matrix\s+ds\s+easy\s+Sample covariance matrix$/m);
  });

  it('test exits 0 when every test passes', () => {
    const r = run('test', 'covariance-matrix', join(problem, 'reference.py'), '--suite', 'all');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /(\d+)\/\1 passing/);
  });

  it('test exits 1 when a test fails, and its JSON report never names the hidden test file', () => {
    const solution = join(work, 'solution.py');
    writeFileSync(solution, 'import numpy as np\n\n\ndef covariance_matrix(X):\n    X = np.asarray(X, dtype=float)\n    if X.shape[0] < 2:\n        raise ValueError("need two rows")\n    Xc = X - X.mean(axis=0)\n    return Xc.T @ Xc / X.shape[0]\n');
    for (const extra of [['--json'], [], ['--hide-hidden-details']]) {
      const r = run('test', 'covariance-matrix', solution, '--suite', 'all', ...extra);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.ok(!(r.stdout + r.stderr).includes('test_hidden.py'), 'the output names test_hidden.py');
      if (extra[0] === '--json') {
        const result = JSON.parse(r.stdout) as { tests: { suite: string; status: string; message: string }[] };
        assert.ok(result.tests.some((t) => t.suite === 'hidden' && t.status === 'fail'));
      }
      if (extra[0] === '--hide-hidden-details') assert.match(r.stdout, /hidden: /);
    }
  });

  it('test exits 2 when the solution breaks a declared constraint (no test ran), with the constraint message and its line', () => {
    const solution = join(work, 'cov.py');
    writeFileSync(solution, 'import numpy as np\n\n\ndef covariance_matrix(X):\n    return np.cov(X, rowvar=False)\n');
    const r = run('test', 'covariance-matrix', solution, '--suite', 'all');
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stdout, /`np\.cov` is not allowed \(see Constraints\)/);
    assert.match(r.stdout, /at cov\.py line 5/);
  });

  it('exits 2 on bad usage or when the tests cannot run', () => {
    const syntax = join(work, 'syntax.py');
    writeFileSync(syntax, 'def covariance_matrix(X)\n    return X\n');
    const cases: string[][] = [
      [],
      ['bogus'],
      ['test'],
      ['test', 'no-such-problem', join(problem, 'reference.py')],
      ['test', 'covariance-matrix', join(work, 'missing.py')],
      ['test', 'covariance-matrix', join(problem, 'reference.py'), '--suite', 'some'],
      ['test', 'covariance-matrix', join(problem, 'reference.py'), '--nope'],
      ['test', 'covariance-matrix', syntax],
    ];
    for (const args of cases) {
      const r = run(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    }
  });
});
