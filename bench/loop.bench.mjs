// Figures measured by the e2e run in a real browser and read here from test-results/metrics.json:
// the practice loop's click-to-result ratio (test/launch/loopFlow.mjs), the dashboard's first render with five
// years of data (test/launch/dashboardFixtures.mjs) and the activation time from the extension's log.
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
  if (typeof metrics.dashboard_first_render_ms_5y !== 'number') throw new Error('metrics.json has no dashboard_first_render_ms_5y: the e2e dashboard fixture flow did not finish.');
  entries.push({ name: 'dashboard.first_render_ms_5y', unit: 'ms', value: metrics.dashboard_first_render_ms_5y, goal: 300, better: 'lower' });
  if (typeof metrics.activation_ms === 'number') entries.push({ name: 'extension.activation_ms', unit: 'ms', value: metrics.activation_ms, goal: 50, better: 'lower' });
  return entries;
}
