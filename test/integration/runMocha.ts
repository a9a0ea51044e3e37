import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

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
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} ${label} test(s) failed`)) : resolve()));
  });
}
