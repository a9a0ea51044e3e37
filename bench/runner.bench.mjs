// Runner overhead: the full runner path (TypeScript -> warm worker -> forked child -> JSON) against bare
// `python3 -m unittest` on the same test files with the same interpreter, interleaved, medians. Also the warm
// worker against the cold path (a fresh Python per run) through the same runner code, and loading 500 problems.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(import.meta.url);
const { PythonRunner } = require(join(root, 'out/src/core/runner/pythonRunner.js'));
const { loadProblemBank } = require(join(root, 'out/src/core/problems/problemBank.js'));

/** Representative problems: pure Python, light numpy, heavier numpy, iterative, deep learning. */
const PREFERRED = ['stable-softmax', 'ab-test-pvalue', 'logistic-regression-gd', 'kmeans', 'conv2d', 'pca', 'confusion-matrix', 'multi-head-attention'];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function timeUnittest(python, cwd) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(python, ['-m', 'unittest', '-q', 'test_visible', 'test_hidden'], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const elapsed = performance.now() - t0;
      const ran = /Ran (\d+) tests?/.exec(err);
      if (code !== 0 || !ran) reject(new Error(`unittest failed in ${cwd}:\n${err}`));
      else resolve({ ms: elapsed, tests: Number(ran[1]) });
    });
  });
}

function syntheticBank(n) {
  const dir = mkdtempSync(join(tmpdir(), 'mlreps-bench-bank-'));
  const topics = ['numerics', 'evaluation', 'statistics', 'linear-models', 'attention'];
  for (let i = 0; i < n; i++) {
    const id = `synthetic-${i}`;
    const p = join(dir, id);
    mkdirSync(p);
    writeFileSync(join(p, 'problem.json'), JSON.stringify({
      id, title: `Synthetic problem ${i}`, track: ['ds', 'mle', 'both'][i % 3], topic: topics[i % topics.length],
      difficulty: ['easy', 'medium', 'hard'][i % 3], requires: i % 2 ? ['numpy'] : [], timeLimitSeconds: 10,
      entry: ['solve', 'helper'], tags: ['synthetic', `t${i % 7}`],
    }));
    for (const f of ['README.md', 'starter.py', 'test_visible.py', 'test_hidden.py']) writeFileSync(join(p, f), '# synthetic\n');
  }
  return dir;
}

export async function run() {
  const python = process.env.ML_REPS_PYTHON || 'python3';
  const bank = loadProblemBank(join(root, 'problems'));
  const chosen = PREFERRED.map((id) => bank.problems.find((p) => p.id === id)).filter(Boolean).slice(0, 5);
  if (chosen.length < 5) throw new Error(`runner bench needs 5 representative problems, found ${chosen.map((p) => p.id).join(', ')}`);
  const runner = new PythonRunner({ harnessDir: join(root, 'python'), candidates: () => [python] });
  const coldRunner = new PythonRunner({ harnessDir: join(root, 'python'), candidates: () => [python], warm: false });
  const work = mkdtempSync(join(tmpdir(), 'mlreps-bench-runner-'));
  const cases = chosen.map((problem) => {
    const dir = join(work, problem.id);
    mkdirSync(dir);
    for (const f of ['test_visible.py', 'test_hidden.py']) copyFileSync(join(problem.dir, f), join(dir, f));
    copyFileSync(join(problem.dir, 'reference.py'), join(dir, 'solution.py'));
    copyFileSync(join(root, 'python', 'mlreps_check.py'), join(dir, 'mlreps_check.py'));
    return { problem, dir, runner: [], bare: [], cold: [] };
  });
  try {
    // Warm-up: the first runs pay for disk caches.
    for (const c of cases) {
      await runner.run({ problem: c.problem, solutionFile: join(c.dir, 'solution.py'), suite: 'all' });
      await timeUnittest(python, c.dir);
    }
    for (let i = 0; i < ROUNDS; i++) {
      for (const c of cases) {
        const t0 = performance.now();
        const r = await runner.run({ problem: c.problem, solutionFile: join(c.dir, 'solution.py'), suite: 'all' });
        c.runner.push(performance.now() - t0);
        if (r.status !== 'pass') throw new Error(`${c.problem.id}: the reference did not pass in the bench: ${JSON.stringify(r.error)}`);
        const bare = await timeUnittest(python, c.dir);
        if (bare.tests !== r.counts.total) throw new Error(`${c.problem.id}: the runner ran ${r.counts.total} tests, unittest ${bare.tests}`);
        c.bare.push(bare.ms);
        const t1 = performance.now();
        const cr = await coldRunner.run({ problem: c.problem, solutionFile: join(c.dir, 'solution.py'), suite: 'all' });
        c.cold.push(performance.now() - t1);
        if (cr.status !== 'pass') throw new Error(`${c.problem.id}: the reference did not pass cold: ${JSON.stringify(cr.error)}`);
      }
    }
  } finally {
    runner.dispose();
    rmSync(work, { recursive: true, force: true });
  }
  const coldMedians = cases.map((c) => median(c.cold));
  const warmVsCold = median(cases.map((c) => median(c.runner))) / median(coldMedians);
  const runnerMedians = cases.map((c) => median(c.runner));
  const bareMedians = cases.map((c) => median(c.bare));
  const ratio = runnerMedians.reduce((a, b) => a + b, 0) / bareMedians.reduce((a, b) => a + b, 0);
  const overheadMs = median(cases.map((_, i) => runnerMedians[i] - bareMedians[i]));
  for (const [i, c] of cases.entries()) {
    console.log(`  runner ${c.problem.id}: warm ${runnerMedians[i].toFixed(1)} ms, cold ${coldMedians[i].toFixed(1)} ms, unittest ${bareMedians[i].toFixed(1)} ms`);
  }

  const bankDir = syntheticBank(500);
  const loads = [];
  try {
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const b = loadProblemBank(bankDir);
      loads.push(performance.now() - t0);
      if (b.problems.length !== 500) throw new Error(`loaded ${b.problems.length} of 500 synthetic problems`);
    }
  } finally {
    rmSync(bankDir, { recursive: true, force: true });
  }

  return [
    { name: 'runner.warm_vs_cold', unit: 'x', value: warmVsCold, goal: 0.4, better: 'lower' },
    { name: 'runner.overhead_ratio', unit: 'x', value: ratio, goal: 1.15, better: 'lower' },
    { name: 'runner.overhead_ms', unit: 'ms', value: overheadMs, goal: 40, better: 'lower' },
    { name: 'problems.load_ms_500', unit: 'ms', value: median(loads), goal: 100, better: 'lower' },
  ];
}
