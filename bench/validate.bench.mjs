// validate-problems over the whole bank: warm workers, problems in parallel up to the core count, against the
// cold path (a fresh Python per run, two problems at a time, as before the warm worker), in the same bench run.
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(import.meta.url);
const { PythonRunner } = require(join(root, 'out/src/core/runner/pythonRunner.js'));
const { validateBank } = require(join(root, 'out/src/core/problems/validateBank.js'));

async function timeValidation(warm, concurrency) {
  const python = process.env.ML_REPS_PYTHON || 'python3';
  const runner = new PythonRunner({ harnessDir: join(root, 'python'), candidates: () => [python], warm, concurrency });
  const t0 = performance.now();
  try {
    const report = await validateBank(join(root, 'problems'), runner, { concurrency });
    const ms = performance.now() - t0;
    const n = report.reports.length;
    if (!n) throw new Error('validation found no problems');
    // A problem's verdict must not depend on the path: the same problems fail either way.
    return { ms, n, invalid: report.reports.filter((r) => r.problems.length).map((r) => r.problem.id) };
  } finally {
    runner.dispose();
  }
}

export async function run() {
  const cores = Math.max(1, cpus().length);
  const cold = await timeValidation(false, 2);
  const warm = await timeValidation(true, cores);
  const coldPer = cold.ms / cold.n;
  const warmPer = warm.ms / warm.n;
  console.log(`  validate: cold ${coldPer.toFixed(0)} ms/problem (${(cold.ms / 1000).toFixed(1)} s), warm x${cores} ${warmPer.toFixed(0)} ms/problem (${(warm.ms / 1000).toFixed(1)} s), ${warm.n} problems`);
  if (cold.invalid.join() !== warm.invalid.join()) {
    throw new Error(`cold and warm validation disagree: cold invalid [${cold.invalid.join(', ')}], warm invalid [${warm.invalid.join(', ')}]`);
  }
  return [
    { name: 'validate.ms_per_problem', unit: 'ms', value: warmPer, goal: 0.4 * coldPer, better: 'lower' },
    { name: 'validate.warm_vs_cold', unit: 'x', value: warmPer / coldPer, goal: 0.4, better: 'lower' },
  ];
}
