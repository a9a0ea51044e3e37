// validate-problems: warm workers, problems in parallel up to the core count, against the cold path (a fresh Python
// per run, two problems at a time, as before the warm worker), in the same bench run, on the same fixed sample of
// every third problem by id (the whole bank is validated, warm, by `npm test`; the cold path over all of it took
// ten minutes of CI).
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(import.meta.url);
const { PythonRunner } = require(join(root, 'out/src/core/runner/pythonRunner.js'));
const { validateBank } = require(join(root, 'out/src/core/problems/validateBank.js'));

async function timeValidation(warm, concurrency, only) {
  const python = process.env.ML_REPS_PYTHON || 'python3';
  const runner = new PythonRunner({ harnessDir: join(root, 'python'), candidates: () => [python], warm, concurrency });
  const t0 = performance.now();
  try {
    const report = await validateBank(join(root, 'problems'), runner, { concurrency, only });
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
  const ids = readdirSync(join(root, 'problems'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  const sample = new Set(ids.filter((_, i) => i % 3 === 0));
  const cold = await timeValidation(false, 2, sample);
  const warm = await timeValidation(true, cores, sample);
  if (cold.n !== sample.size || warm.n !== sample.size) throw new Error(`validated ${cold.n} and ${warm.n} of the ${sample.size} sampled problems`);
  const coldPer = cold.ms / cold.n;
  const warmPer = warm.ms / warm.n;
  console.log(`  validate: cold ${coldPer.toFixed(0)} ms/problem (${(cold.ms / 1000).toFixed(1)} s), warm x${cores} ${warmPer.toFixed(0)} ms/problem (${(warm.ms / 1000).toFixed(1)} s), ${warm.n} of ${ids.length} problems (every third)`);
  if (cold.invalid.join() !== warm.invalid.join()) {
    throw new Error(`cold and warm validation disagree: cold invalid [${cold.invalid.join(', ')}], warm invalid [${warm.invalid.join(', ')}]`);
  }
  return [
    { name: 'validate.ms_per_problem', unit: 'ms', value: warmPer, goal: 0.4 * coldPer, better: 'lower' },
    { name: 'validate.warm_vs_cold', unit: 'x', value: warmPer / coldPer, goal: 0.4, better: 'lower' },
  ];
}
