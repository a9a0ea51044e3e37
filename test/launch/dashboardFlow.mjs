// The dashboard in the real workbench: it shows what the database holds, and a session logged from the command
// palette shows up in it within a second, with no reload.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findWebviewFrame } from './uiFlows.mjs';
import { runCommand } from './loopFlow.mjs';

const mins = (m) => (m >= 60 ? `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min` : `${m} min`);

/**
 * Minutes of study from `daysAgo` local days back through today, computed here from the raw sessions table (read
 * from the database file as another process would), not by the extension's own aggregation: every instant counts
 * once whatever its category, so the total is the length of the union of the sessions' intervals in the window.
 */
let sqlJs;
/** The database file as it is on disk now (sql.js is set up once; the file is read afresh each time). */
async function openFile(repoRoot, dbPath) {
  if (!sqlJs) {
    const initSqlJs = createRequire(import.meta.url)('sql.js/dist/sql-wasm.js');
    sqlJs = await initSqlJs({ locateFile: (f) => join(repoRoot, 'dist', f) });
  }
  return new sqlJs.Database(readFileSync(dbPath));
}

/** Whether the database file holds a session with this note (it lands there with the next save). */
async function sessionInFile(repoRoot, dbPath, note) {
  const db = await openFile(repoRoot, dbPath);
  try {
    return (db.exec('SELECT COUNT(*) FROM sessions WHERE note = ?', [note])[0]?.values[0][0] ?? 0) > 0;
  } finally {
    db.close();
  }
}

async function totalFromFile(repoRoot, dbPath, daysAgo) {
  const db = await openFile(repoRoot, dbPath);
  const now = new Date();
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo).getTime();
  const to = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  const rows = db.exec('SELECT start, end FROM sessions WHERE deleted = 0 AND end > ? AND start < ? ORDER BY start', [from, to])[0]?.values ?? [];
  db.close();
  let total = 0;
  let coveredTo = from;
  for (const [start, end] of rows) {
    const s = Math.max(start, coveredTo);
    const e = Math.min(end, to);
    if (e > s) total += e - s;
    coveredTo = Math.max(coveredTo, Math.min(end, to));
  }
  return Math.round(total / 60_000);
}

export async function dashboardFlow({ page, server, resultsDir, step, repoRoot, metrics }) {
  const dbPath = join(server.userDataDir, 'User', 'globalStorage', 'ml-reps.ml-reps', 'ml-reps.sqlite');
  let frame;
  await step('F1 → "ML Reps: Show Dashboard" shows the figures the database holds', async () => {
    await runCommand(page, 'ML Reps: Show Dashboard');
    frame = await findWebviewFrame(page, 'ML Reps dashboard', 30_000);
    await frame.locator('#window-total').waitFor({ timeout: 10_000 });
    // Let pending saves land, then compare with the file.
    await new Promise((r) => setTimeout(r, 2500));
    const expected = mins(await totalFromFile(repoRoot, dbPath, 6));
    const shown = await frame.locator('#window-total').innerText();
    if (shown !== expected) throw new Error(`the dashboard shows ${shown} for 7 days, the database holds ${expected}`);
    await page.screenshot({ path: join(resultsDir, 'dashboard-workbench.png') });
    return shown;
  });

  /** Logs a session of today through the palette's own prompts; resolves when the last prompt is answered. */
  async function logSession(category, minutes, note, beforeLastEnter = () => undefined) {
    await runCommand(page, 'ML Reps: Log a Past Session');
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: category }).first();
    await pick.waitFor({ timeout: 10_000 });
    await pick.click();
    const input = page.locator('.quick-input-widget input');
    await page.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-title')?.textContent?.includes('date'), null, { timeout: 10_000 });
    await page.keyboard.press('Enter'); // today
    await page.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-title')?.textContent?.includes('duration'), null, { timeout: 10_000 });
    await input.fill(String(minutes));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-title')?.textContent?.includes('note'), null, { timeout: 10_000 });
    await input.fill(note);
    await beforeLastEnter();
    await page.keyboard.press('Enter');
  }

  /** The dashboard's 7-day total once it matches the database file (its saves land within a couple of seconds). */
  async function sevenDayTotalsAgree() {
    let expected;
    let shown;
    for (let attempt = 0; attempt < 10; attempt++) {
      await new Promise((r) => setTimeout(r, 500));
      expected = mins(await totalFromFile(repoRoot, dbPath, 6));
      shown = await frame.locator('#window-total').innerText();
      if (shown === expected) return shown;
    }
    throw new Error(`the dashboard shows ${shown} for 7 days, the database holds ${expected}`);
  }

  await step('a session logged from the command palette appears on the dashboard within 1 s', async () => {
    const before = await frame.locator('#window-total').innerText();
    let t0 = 0;
    await logSession('ISS · information gathering', 25, 'read about calibration', () => (t0 = Date.now()));
    await frame.waitForFunction((b) => document.getElementById('window-total')?.textContent !== b, before, { timeout: 5000 });
    const ms = Date.now() - t0;
    metrics.dashboard_update_ms = ms;
    if (ms > 1000) throw new Error(`the dashboard took ${ms} ms to show the new session`);
    const after = await sevenDayTotalsAgree();
    return `${before} → ${after} in ${ms} ms`;
  });

  await step('a second session over the same minutes counts once: the dashboard still agrees with the database', async () => {
    // 20 min of oral recitation ending now lies inside the 25 min just logged: the time it adds is the few seconds
    // between the two, whatever the category, so summing sessions instead of their union would show 20 min more.
    const before = await frame.locator('#window-total').innerText();
    const note = 'explained calibration to a friend';
    await logSession('GSS · oral recitation', 20, note);
    // Saved within the store's flush delay (2 s); the dashboard is then compared with the file.
    for (let polls = 0; polls < 50 && !(await sessionInFile(repoRoot, dbPath, note)); polls++) await new Promise((r) => setTimeout(r, 200));
    if (!(await sessionInFile(repoRoot, dbPath, note))) throw new Error('the second logged session never reached the database file');
    const after = await sevenDayTotalsAgree();
    return `${before} → ${after}`;
  });

  await step('the sidebar Progress view shows the same today total as the database', async () => {
    await runCommand(page, 'ML Reps: Focus on Progress View');
    const sidebar = await findWebviewFrame(page, 'Ready to apply when:', 20_000);
    await new Promise((r) => setTimeout(r, 2500)); // let the logged session's save land on disk
    const expected = `Today: ${await totalFromFile(repoRoot, dbPath, 0)} min`;
    await sidebar.waitForFunction((t) => document.body.innerText.includes(t), expected, { timeout: 5000 }).catch(() => undefined);
    const text = await sidebar.evaluate(() => document.body.innerText);
    if (!text.includes(expected)) throw new Error(`the sidebar does not show "${expected}":\n${text.slice(0, 300)}`);
    await page.screenshot({ path: join(resultsDir, 'sidebar-progress.png') });
    return expected;
  });
}
