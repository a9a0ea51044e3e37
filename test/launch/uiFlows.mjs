// UI flows through the real workbench, as a person would use it. Each flow takes screenshots into test-results/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { practiceLoopFlow } from './loopFlow.mjs';
import { readinessFlow } from './readinessFlow.mjs';
import { dashboardFlow } from './dashboardFlow.mjs';
import { recitationFlow } from './recitationFlow.mjs';

export async function openWorkbench(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { timeout: 180_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // The activity bar is ready once the Explorer entry is there.
  await page.waitForSelector('.activitybar .action-item', { timeout: 60_000 });
  return { context, page };
}

export async function openMlRepsContainer(page) {
  const item = page.locator('.activitybar .action-item a[aria-label^="ML Reps"]').first();
  await item.waitFor({ timeout: 30_000 });
  await item.click();
  await page.locator('.pane-header[aria-label^="Problems"], .pane-header :text("Problems")').first().waitFor({ timeout: 30_000 });
}

/** Finds the webview frame whose document contains `text`. */
export async function findWebviewFrame(page, text, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      try {
        const body = await frame.evaluate(() => document.body?.innerText ?? '');
        if (body.includes(text)) return frame;
      } catch {
        // Frames come and go while the workbench loads.
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no webview frame shows "${text}" within ${timeoutMs} ms`);
}

export function findLogFiles(dir, name, found = []) {
  if (!existsSync(dir)) return found;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) findLogFiles(p, name, found);
    else if (e.name.endsWith(name)) found.push(p);
  }
  return found;
}

/** The extension's log line saying whether this window's start was a first run, if it has been written. */
function firstRunLine(userDataDir) {
  for (const file of findLogFiles(userDataDir, 'ML Reps.log')) {
    const m = /First run: [^\n]*/.exec(readFileSync(file, 'utf8'));
    if (m) return m[0];
  }
  return undefined;
}

/** Reads "ML Reps activated in X ms" from the extension's own log file in the server's data folder. */
export async function readActivationMs(userDataDir, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of findLogFiles(userDataDir, 'ML Reps.log')) {
      const match = /ML Reps activated in ([\d.]+) ms \(([\d.]+) ms from loading the bundle to ready: ([\d.]+) ms loading the bundle, ([\d.]+) ms before VS Code called activate\)/.exec(readFileSync(file, 'utf8'));
      if (match) return { activation: Number(match[1]), loadToReady: Number(match[2]), bundle: Number(match[3]), wait: Number(match[4]) };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no "ML Reps activated in" line in any ML Reps.log under ${userDataDir}`);
}

export async function uiFlows({ browser, server, workspace, resultsDir, step, metrics, repoRoot }) {
  const { context, page } = await openWorkbench(browser, server.url({ extensionDevelopmentPath: repoRoot }));
  try {
    await step('the ML Reps activity-bar container opens with its Problems view, and the first-run decision is made', async () => {
      await openMlRepsContainer(page);
      // After the tree's first rows and the database's first opening, ML Reps decides whether this is a first run
      // (no track chosen: it opens its walkthrough, which takes the focus). The flows below start once that is done.
      const deadline = Date.now() + 30_000;
      let decided;
      while (!(decided = firstRunLine(server.userDataDir)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      if (!decided) throw new Error('the extension log never said whether this was a first run');
      if (/walkthrough is open/.test(decided)) await page.locator('.tab', { hasText: 'Walkthrough' }).first().waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(resultsDir, 'sidebar.png') });
      return decided;
    });

    await step('the Progress view renders today, the recommendation and the readiness rule', async () => {
      const frame = await findWebviewFrame(page, 'Ready to apply when:');
      const text = await frame.evaluate(() => document.body.innerText);
      for (const expected of ['Today:', 'ISS · problem sets', 'Last 7 days', '17 of 20', '35 of 50']) {
        if (!text.includes(expected)) throw new Error(`Progress view lacks "${expected}":\n${text}`);
      }
      await page.screenshot({ path: join(resultsDir, 'progress-view.png') });
    });

    await step('activation time is read from the extension log', async () => {
      const { activation, loadToReady, bundle, wait } = await readActivationMs(server.userDataDir);
      metrics.activation_ms = activation;
      metrics.load_to_ready_ms = loadToReady;
      // Both figures go to the bench, which holds them to their goals (≤ 50 ms each).
      // Load-to-ready (issue 16's goal of 50 ms) is reported by the bench; activate() itself must stay within 50 ms.
      return `activate() ${activation} ms, bundle load to ready ${loadToReady} ms (loading ${bundle} ms, VS Code's wait before activate ${wait} ms)`;
    });

    await practiceLoopFlow({ page, workspace, resultsDir, step, metrics });
    await readinessFlow({ page, resultsDir, step, repoRoot, metrics, userDataDir: server.userDataDir });
    await dashboardFlow({ page, server, resultsDir, step, repoRoot, metrics });
    await recitationFlow({ page, resultsDir, step });
  } finally {
    await context.close();
  }
}
