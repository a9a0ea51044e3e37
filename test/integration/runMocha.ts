import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/**
 * `ML_REPS_TEST_ORDER=reverse` runs every suite's tests and sub-suites in reverse order, and `shuffle:<seed>` in a
 * seeded random order: a test that leans on state another test left behind fails there. Hooks stay with their suite.
 */
export function reorder(suite: Mocha.Suite, order: string | undefined): void {
  if (!order) return;
  let next: (() => number) | undefined;
  const m = /^shuffle:(\d+)$/.exec(order);
  if (m) {
    let seed = Number(m[1]) % 2 ** 31 || 1;
    next = () => (seed = (seed * 48271) % (2 ** 31 - 1)) / (2 ** 31 - 1);
  } else if (order !== 'reverse') throw new Error(`ML_REPS_TEST_ORDER must be "reverse" or "shuffle:<seed>", not "${order}"`);
  const arrange = <T>(xs: T[]) => {
    if (!next) return xs.reverse();
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  const walk = (s: Mocha.Suite) => {
    arrange(s.tests);
    arrange(s.suites);
    s.suites.forEach(walk);
  };
  walk(suite);
}

/**
 * Runs every `*.test.js` under `dir` with mocha inside the extension host.
 * Resolves when all pass; rejects when any fails, which the launcher turns into a non-zero exit.
 */
export function runMochaSuite(dir: string, label: string): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60_000,
    reporter: join(__dirname, '..', '..', '..', 'test', 'support', 'summaryReporter.js'),
    reporterOptions: { label },
  });
  const grep = process.env.ML_REPS_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(join(dir, f));
  const order = process.env.ML_REPS_TEST_ORDER;
  return mocha.loadFilesAsync().then(
    () =>
      new Promise((resolve, reject) => {
        reorder(mocha.suite, order);
        if (order) console.log(`${label}: tests run in ${order} order`);
        mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} ${label} test(s) failed`)) : resolve()));
      }),
  );
}
