// Figures measured by the e2e run in a real browser and read here from test-results/metrics.json:
// the practice loop's click-to-result ratio (test/launch/loopFlow.mjs), the dashboard's first render with five
// years of data (test/launch/dashboardFixtures.mjs) and the activation time from the extension's log.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');

/**
 * Refuses figures that do not come from this build: metrics.json names the run and the sha256 of the extension bundle
 * the e2e run measured, and the bundle must still be the same.
 */
export function checkFresh(metrics, bundle) {
  if (typeof metrics.runId !== 'string' || typeof metrics.finishedAt !== 'string' || typeof metrics.extensionSha256 !== 'string') {
    throw new Error('test-results/metrics.json carries no run id, time or build hash: it is from an old e2e run. Run `npm run test:e2e` again.');
  }
  const hash = createHash('sha256').update(bundle).digest('hex');
  if (hash !== metrics.extensionSha256) {
    throw new Error(`test-results/metrics.json (run ${metrics.runId}, ${metrics.finishedAt}) measured another build of the extension. Run \`npm run test:e2e\` again.`);
  }
}

export async function run() {
  const file = join(root, 'test-results', 'metrics.json');
  if (!existsSync(file)) throw new Error('test-results/metrics.json is missing: run `npm run test:e2e` before `npm run bench`.');
  const metrics = JSON.parse(readFileSync(file, 'utf8'));
  checkFresh(metrics, readFileSync(join(root, 'dist', 'extension.js')));
  const entries = [];
  if (typeof metrics.loop_click_to_result_ratio !== 'number') throw new Error('metrics.json has no loop_click_to_result_ratio: the e2e practice-loop flow did not finish.');
  // Issue 14's goal for the warm worker.
  entries.push({ name: 'loop.click_to_result_ratio', unit: 'x', value: metrics.loop_click_to_result_ratio, goal: 0.6, better: 'lower' });
  if (typeof metrics.dashboard_first_render_ms_5y !== 'number') throw new Error('metrics.json has no dashboard_first_render_ms_5y: the e2e dashboard fixture flow did not finish.');
  entries.push({ name: 'dashboard.first_render_ms_5y', unit: 'ms', value: metrics.dashboard_first_render_ms_5y, goal: 300, better: 'lower' });
  if (typeof metrics.activation_ms !== 'number' || typeof metrics.load_to_ready_ms !== 'number') throw new Error('metrics.json has no activation figures: the e2e UI flows did not finish.');
  entries.push({ name: 'extension.activation_ms', unit: 'ms', value: metrics.activation_ms, goal: 50, better: 'lower' });
  // Issue 16 is open while this misses. The log splits it: loading the bundle, and VS Code's wait before it calls
  // activate() (creating the extension's context), which is most of it.
  entries.push({ name: 'extension.load_to_ready_ms', unit: 'ms', value: metrics.load_to_ready_ms, goal: 50, better: 'lower', openIssue: 16 });
  if (typeof metrics.ux_cold_click_to_tree_ms !== 'number' || typeof metrics.ux_first_run_to_first_result_ms !== 'number') throw new Error("metrics.json has no newcomer figures: the e2e newcomer flow did not finish.");
  // Issue 19: a fresh window with Workspace Trust on, measured by the newcomer flow.
  entries.push({ name: 'ux.cold_click_to_tree_ms', unit: 'ms', value: metrics.ux_cold_click_to_tree_ms, goal: 1000, better: 'lower', openIssue: 19 });
  entries.push({ name: 'ux.first_run_to_first_result_ms', unit: 'ms', value: metrics.ux_first_run_to_first_result_ms, goal: 15000, better: 'lower', openIssue: 19 });
  if (typeof metrics.quiz_first_question_ms !== 'number') throw new Error('metrics.json has no quiz_first_question_ms: the e2e readiness flow did not finish.');
  // Issue 13's goal. Each sample opens a new panel; in code-server every new webview registers its own service worker
  // and its page waits for that worker to take control (the e2e reads the worker's activation through the DevTools
  // protocol: about a second here, most of it the browser's own delay between "activating" and "activated").
  const worker = typeof metrics.quiz_webview_worker_ms === 'number' ? metrics.quiz_webview_worker_ms : null;
  entries.push({
    name: 'quiz.first_question_ms', unit: 'ms', value: metrics.quiz_first_question_ms, goal: 200, better: 'lower', openIssue: 13,
    note: worker === null ? undefined : `of which ${worker} ms (median) the browser activating the new webview's service worker`,
  });
  // The part of it that is ML Reps' own: drawing the quiz, creating the panel, answering the page's ready. Held to
  // the same goal; the bank's size shows here.
  if (typeof metrics.quiz_own_ms !== 'number') throw new Error('metrics.json has no quiz_own_ms: the e2e readiness flow did not finish.');
  entries.push({ name: 'quiz.own_ms', unit: 'ms', value: metrics.quiz_own_ms, goal: 200, better: 'lower' });
  return entries;
}
