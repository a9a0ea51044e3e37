// The practice loop's click-to-result time, measured by the e2e run in the real workbench
// (test/launch/loopFlow.mjs) and read here from test-results/metrics.json.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');

export async function run() {
  const file = join(root, 'test-results', 'metrics.json');
  if (!existsSync(file)) throw new Error('test-results/metrics.json is missing: run `npm run test:e2e` before `npm run bench`.');
  const metrics = JSON.parse(readFileSync(file, 'utf8'));
  const entries = [];
  if (typeof metrics.loop_click_to_result_ratio !== 'number') throw new Error('metrics.json has no loop_click_to_result_ratio: the e2e practice-loop flow did not finish.');
  entries.push({ name: 'loop.click_to_result_ratio', unit: 'x', value: metrics.loop_click_to_result_ratio, goal: 1.2, better: 'lower' });
  if (typeof metrics.activation_ms === 'number') entries.push({ name: 'extension.activation_ms', unit: 'ms', value: metrics.activation_ms, goal: 50, better: 'lower' });
  return entries;
}
