// Renders the dashboard webview's real bundle in headless Chromium from fixture data (empty, a typical month,
// five years of heavy use), in light and dark themes; checks the numbers on screen against the fixture and times
// the first render with the 5-year fixture from the page's own performance mark.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const THEMES = {
  light: { '--vscode-foreground': '#3b3b3b', '--vscode-descriptionForeground': '#717171', '--vscode-editor-background': '#ffffff', '--vscode-editorWidget-background': '#f8f8f8', '--vscode-widget-border': '#e5e5e5', '--vscode-button-background': '#005fb8', '--vscode-button-foreground': '#ffffff', '--vscode-button-hoverBackground': '#0258a8', '--vscode-button-secondaryBackground': '#e5e5e5', '--vscode-button-secondaryForeground': '#3b3b3b', '--vscode-focusBorder': '#005fb8', '--vscode-progressBar-background': '#005fb8', '--vscode-charts-green': '#388a34', '--vscode-charts-blue': '#1a85ff', '--vscode-charts-orange': '#d18616', '--vscode-testing-iconPassed': '#388a34', '--vscode-testing-iconFailed': '#e51400', '--vscode-textBlockQuote-background': '#f2f2f2', '--vscode-textLink-foreground': '#005fb8', '--vscode-list-hoverBackground': '#f2f2f2', '--vscode-editor-inactiveSelectionBackground': '#e5ebf1', '--vscode-font-family': 'system-ui, sans-serif', '--vscode-font-size': '13px', '--vscode-editor-font-family': 'monospace' },
  dark: { '--vscode-foreground': '#cccccc', '--vscode-descriptionForeground': '#9d9d9d', '--vscode-editor-background': '#1f1f1f', '--vscode-editorWidget-background': '#202020', '--vscode-widget-border': '#313131', '--vscode-button-background': '#0078d4', '--vscode-button-foreground': '#ffffff', '--vscode-button-hoverBackground': '#026ec1', '--vscode-button-secondaryBackground': '#313131', '--vscode-button-secondaryForeground': '#cccccc', '--vscode-focusBorder': '#0078d4', '--vscode-progressBar-background': '#0078d4', '--vscode-charts-green': '#89d185', '--vscode-charts-blue': '#3794ff', '--vscode-charts-orange': '#d18616', '--vscode-testing-iconPassed': '#73c991', '--vscode-testing-iconFailed': '#f14c4c', '--vscode-textBlockQuote-background': '#2b2b2b', '--vscode-textLink-foreground': '#4daafc', '--vscode-list-hoverBackground': '#2a2d2e', '--vscode-editor-inactiveSelectionBackground': '#3a3d41', '--vscode-font-family': 'system-ui, sans-serif', '--vscode-font-size': '13px', '--vscode-editor-font-family': 'monospace' },
  hc: { '--vscode-foreground': '#ffffff', '--vscode-descriptionForeground': '#ffffff', '--vscode-editor-background': '#000000', '--vscode-editorWidget-background': '#0c141f', '--vscode-widget-border': '#6fc3df', '--vscode-contrastBorder': '#6fc3df', '--vscode-button-background': '#000000', '--vscode-button-foreground': '#ffffff', '--vscode-button-border': '#6fc3df', '--vscode-button-secondaryBackground': '#000000', '--vscode-button-secondaryForeground': '#ffffff', '--vscode-focusBorder': '#f38518', '--vscode-progressBar-background': '#6fc3df', '--vscode-charts-green': '#89d185', '--vscode-charts-blue': '#3794ff', '--vscode-charts-orange': '#f38518', '--vscode-testing-iconPassed': '#73c991', '--vscode-testing-iconFailed': '#f48771', '--vscode-textBlockQuote-background': '#000000', '--vscode-textLink-foreground': '#21a6ff', '--vscode-list-hoverBackground': '#000000', '--vscode-editor-inactiveSelectionBackground': '#3a3d41', '--vscode-font-family': 'system-ui, sans-serif', '--vscode-font-size': '13px', '--vscode-editor-font-family': 'monospace' },
};

const mins = (m) => (m >= 60 ? `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min` : `${m} min`);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function buildFixtures(repoRoot) {
  const require = createRequire(import.meta.url);
  const out = (p) => require(join(repoRoot, 'out/src/core', p));
  const { StudyStore } = out('store/studyStore.js');
  const { loadSqlJs } = out('store/sqlJsLoader.js');
  const { dashboardState } = out('dashboard/dashboardModel.js');
  const { loadProblemBank } = out('problems/problemBank.js');
  const { loadQuestionBank } = out('questions/questionBank.js');
  const { DEFAULT_SPLIT_TARGETS } = out('method/targets.js');
  const { buildChanges } = await import(pathToFileURL(join(repoRoot, 'bench/store.bench.mjs')).href);
  const SQL = await loadSqlJs(join(repoRoot, 'dist'));
  const problems = loadProblemBank(join(repoRoot, 'problems')).problems;
  const questions = loadQuestionBank(join(repoRoot, 'questions')).questions;
  const now = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'mlreps-dash-fixtures-'));
  const check = (kind, score, daysAgo) => ({ id: `${kind}${daysAgo}`, kind, track: 'ds', seed: 1, draw: [], startedAt: now - daysAgo * 864e5 - 36e5, finishedAt: now - daysAgo * 864e5, status: 'completed', score, total: kind === 'coding' ? 20 : 50, elapsedMs: 0, state: null });
  const make = (name, fill, checks) => {
    const store = StudyStore.open({ path: join(dir, `${name}.sqlite`), sql: SQL, flushDelayMs: 3_600_000 });
    fill(store);
    const state = dashboardState({ store, track: 'ds', targets: DEFAULT_SPLIT_TARGETS, problems, questions, checks, dueCards: name === 'empty' ? 0 : 7, now });
    store.close();
    return state;
  };
  const month = (store) => {
    const cats = ['iss.problemSets', 'iss.problemSets', 'iss.informationGathering', 'gss.oralRecitation', 'gss.groupProblemSet'];
    const changes = [];
    for (let d = 0; d < 30; d++) {
      if (d % 6 === 5) continue;
      for (let k = 0; k < 3; k++) {
        const start = now - d * 864e5 - (k + 2) * 36e5;
        changes.push({ kind: 'session', record: { id: `m${d}-${k}`, category: cats[(d + k) % cats.length], start, end: start + (20 + ((d * 7 + k * 13) % 40)) * 6e4, source: k === 0 ? 'auto' : 'timer', problemId: k === 0 ? problems[d % problems.length].id : null, note: null, updatedAt: start, deleted: false } });
      }
      changes.push({ kind: 'testRun', record: { id: `t${d}`, problemId: problems[d % problems.length].id, at: now - d * 864e5, suite: 'all', passed: 8, total: 10, durationMs: 300, solved: d % 3 === 0, error: null, checkId: null } });
    }
    store.applyAll(changes);
  };
  try {
    return {
      empty: make('empty', () => undefined, []),
      month: make('month', month, [check('noncoding', 31, 20), check('coding', 14, 12), check('noncoding', 37, 3)]),
      '5y': make('5y', (store) => store.applyAll(buildChanges(now)), Array.from({ length: 40 }, (_, i) => check(i % 2 ? 'coding' : 'noncoding', i % 2 ? 10 + (i % 11) : 25 + (i % 25), 1800 - i * 45))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pageHtml(repoRoot, state, theme) {
  const vars = Object.entries(THEMES[theme]).map(([k, v]) => `${k}: ${v};`).join(' ');
  const css = pathToFileURL(join(repoRoot, 'media/webview.css')).href;
  const js = pathToFileURL(join(repoRoot, 'dist/webview/dashboard.js')).href;
  const codicons = pathToFileURL(join(repoRoot, 'dist/webview/codicon.css')).href;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><link rel="stylesheet" href="${css}"><link rel="stylesheet" href="${codicons}" id="vscode-codicon-stylesheet">
<style>:root { ${vars} } body { background: var(--vscode-editor-background); }</style>
<script>
const FIXTURE = ${JSON.stringify(state)};
window.acquireVsCodeApi = () => ({
  postMessage(m) {
    if (m.type === 'ready') setTimeout(() => window.postMessage({ type: 'state', state: FIXTURE }, '*'), 0);
    if (m.type === 'rendered') window.__rendered = m.ms;
  },
  getState() { return undefined; },
  setState() {},
});
</script></head><body><main id="root"></main><script src="${js}"></script></body></html>`;
}

export async function dashboardFixtureFlows({ browser, repoRoot, resultsDir, step, metrics }) {
  const fixtures = await buildFixtures(repoRoot);
  const dir = join(resultsDir, 'dashboard-fixture');
  mkdirSync(dir, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    for (const [name, state] of Object.entries(fixtures)) {
      await step(`dashboard fixture "${name}" renders its numbers, in light, dark and high contrast`, async () => {
        for (const theme of ['light', 'dark', 'hc']) {
          const file = join(dir, `${name}-${theme}.html`);
          writeFileSync(file, pageHtml(repoRoot, state, theme));
          await page.goto(pathToFileURL(file).href);
          await page.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 10_000 });
          const text = (id) => page.locator(`#${id}`).innerText();
          const week = state.windows.find((w) => w.id === '7d');
          const checks = [
            ['window-total', mins(week.totalMinutes)],
            ['streak', `${state.heatmap.streak} day${state.heatmap.streak === 1 ? '' : 's'}`],
            ['latest-coding', state.readiness.latestCoding],
            ['latest-noncoding', state.readiness.latestNonCoding],
          ];
          for (const [id, expected] of checks) {
            const got = await text(id);
            if (got !== expected) throw new Error(`${name}/${theme}: #${id} shows "${got}", the fixture says "${expected}"`);
          }
          const body = await page.evaluate(() => document.body.innerText);
          if (name === 'empty' && !body.includes('Welcome to ML Reps')) throw new Error('the empty state does not say what to do first');
          if (state.readiness.checks.length && !(await page.locator('svg.chart').count())) throw new Error('no readiness chart');
          await page.screenshot({ path: join(resultsDir, `dashboard-${name}-${theme}.png`), fullPage: true });
        }
      });
    }
    await step('dashboard first render with 5 years of heavy data (performance mark in the page)', async () => {
      const file = join(dir, '5y-light.html');
      const samples = [];
      for (let i = 0; i < 7; i++) {
        await page.goto(pathToFileURL(file).href);
        await page.waitForFunction(() => performance.getEntriesByName('mlreps-dashboard-rendered').length > 0, null, { timeout: 10_000 });
        samples.push(await page.evaluate(() => performance.getEntriesByName('mlreps-dashboard-rendered')[0].startTime));
      }
      metrics.dashboard_first_render_ms_5y = Number(median(samples).toFixed(1));
      if (metrics.dashboard_first_render_ms_5y > 300) throw new Error(`first render took ${metrics.dashboard_first_render_ms_5y} ms (goal ≤ 300)`);
      return `${metrics.dashboard_first_render_ms_5y} ms`;
    });
  } finally {
    await context.close();
  }
}
