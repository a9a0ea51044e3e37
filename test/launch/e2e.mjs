// The e2e suite: the integration tests inside code-server's extension host, then UI flows through the
// real workbench in headless Chromium, then the packaged .vsix installed and loaded.
// Screenshots and metrics go to test-results/ (git-ignored).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureCodeServer, installVsix, launchBrowser, leftoverProcesses, repoRoot, runExtensionTests, startCodeServer as startServer } from './codeServer.mjs';
import { uiFlows } from './uiFlows.mjs';
import { dashboardFixtureFlows } from './dashboardFixtures.mjs';
import { newcomerFlow } from './newcomerFlow.mjs';

const resultsDir = join(repoRoot, 'test-results');
mkdirSync(resultsDir, { recursive: true });
const vsix = join(repoRoot, 'ml-reps.vsix');
const outTests = join(repoRoot, 'out', 'test', 'integration');

// ML_REPS_E2E_ONLY=integration runs just the launcher check and the integration suite (ML_REPS_TEST_GREP narrows
// it); ML_REPS_E2E_ONLY=ui just the UI flows; ML_REPS_E2E_ONLY=newcomer just the newcomer's first minutes. All are
// for quick iteration: CI always runs everything.
const ONLY = process.env.ML_REPS_E2E_ONLY;
// The integration suite runs in reverse order here (each test sets up its own state, so any order passes; a test
// leaning on another's leftovers fails). ML_REPS_TEST_ORDER=shuffle:<seed> tries other orders; "" keeps the authored one.
process.env.ML_REPS_TEST_ORDER ??= 'reverse';
class SkipRest extends Error {}
const checks = [];
function record(name, ok, detail = '') {
  checks.push({ name, ok });
  console.log(`${ok ? '  ✔' : '  ✘'} ${name}${detail ? ` — ${detail}` : ''}`);
}

/** Runs `fn` and records it; a throw is a failed check with its message, never an aborted run. */
async function step(name, fn) {
  try {
    const detail = await fn();
    record(name, true, typeof detail === 'string' ? detail : '');
  } catch (err) {
    record(name, false, err instanceof Error ? err.stack ?? err.message : String(err));
  }
}

const overall = setTimeout(() => {
  console.error('e2e: overall time limit (25 min) reached');
  process.exit(124);
}, 25 * 60_000);
overall.unref();

for (const f of [vsix, join(outTests, 'index.js'), join(repoRoot, 'dist', 'extension.js')]) {
  if (!existsSync(f)) {
    console.error(`e2e: ${f} is missing; run through \`npm run test:e2e\`, which builds it first.`);
    process.exit(2);
  }
}

// Every code-server this run starts, so that the end of the run can prove none of them left a process behind.
const startedRuns = [];
async function startCodeServer(options) {
  const server = await startServer(options);
  startedRuns.push({ tag: server.tag, paths: [server.userDataDir, server.extensionsDir, options.workspace] });
  return server;
}

// Compiled tests whose source was deleted must not run: `compile-tests` empties out/, and this guards it.
const staleTests = compiledWithoutSource(join(repoRoot, 'out', 'test'), join(repoRoot, 'test'));
if (staleTests.length) {
  console.error(`e2e: compiled tests without a source (run \`npm run compile-tests\`): ${staleTests.join(', ')}`);
  process.exit(2);
}

const entry = ensureCodeServer();
const workspace = mkdtempSync(join(tmpdir(), 'mlreps-e2e-ws-'));
const browser = await launchBrowser();
const server = await startCodeServer({ entry, workspace });
const metrics = {};
let integrationSummary = '';
const integrationSummaries = [];

try {
  if (ONLY === 'newcomer') throw new SkipRest();
  console.log('\nLauncher');
  if (ONLY !== 'ui' && !process.env.ML_REPS_TEST_GREP) await step('a failing integration test makes the launcher exit non-zero', async () => {
    const lines = [];
    const code = await runExtensionTests(browser, server, {
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(outTests, 'fixtures', 'failing', 'index.js'),
      timeoutMs: 180_000,
      onLog: (line) => lines.push(line),
    });
    if (code === 0) throw new Error('exit code 0 for a failing suite');
    if (!lines.some((l) => l.includes('launcher-fixture: 0 passed, 1 failed'))) throw new Error(`the fixture's failure was not reported:\n${lines.join('\n')}`);
    return `exit code ${code}`;
  });

  console.log('\nIntegration suite (code-server extension host)');
  if (ONLY !== 'ui') await step(`integration suite passes in the real extension host${process.env.ML_REPS_TEST_ORDER ? ` (tests in ${process.env.ML_REPS_TEST_ORDER} order)` : ''}`, async () => {
    const code = await runExtensionTests(browser, server, {
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(outTests, 'index.js'),
      timeoutMs: 15 * 60_000,
      onLog: (line) => {
        if (/^integration: \d+ passed, \d+ failed/.test(line)) integrationSummary = line;
        console.log(`    ${line}`);
      },
    });
    if (code !== 0) throw new Error(`exit code ${code}`);
    if (!integrationSummary) throw new Error('no integration summary line was printed');
  });

  if (ONLY === 'integration') throw new SkipRest();
  console.log('\nTwo extension hosts writing at once');
  if (ONLY !== 'ui') await step('two extension hosts writing to the one database at once lose nothing', async () => {
    const paths = new Set();
    const tags = new Set();
    const runOne = () =>
      runExtensionTests(browser, server, {
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath: join(outTests, 'concurrent', 'index.js'),
        timeoutMs: 180_000,
        onLog: (line) => {
          const m = /concurrent-writer (host-\d+) wrote \d+ sessions to (.*)$/.exec(line);
          if (m) {
            tags.add(m[1]);
            paths.add(m[2]);
          }
        },
      });
    const codes = await Promise.all([runOne(), runOne()]);
    if (codes.some((c) => c !== 0)) throw new Error(`exit codes ${codes.join(', ')}`);
    if (tags.size !== 2 || paths.size !== 1) throw new Error(`expected two hosts sharing one file, got ${[...tags]} on ${[...paths]}`);
    const counts = await countSessionsByNote([...paths][0], [...tags]);
    for (const tag of tags) if (counts[tag] !== 200) throw new Error(`${tag}: ${counts[tag]} of 200 sessions in the file`);
    return Object.entries(counts).map(([t, n]) => `${t}: ${n}`).join(', ');
  });

  console.log('\nRestricted mode (Workspace Trust on, folder not trusted)');
  if (ONLY !== 'ui') await step('an untrusted workspace runs no user code', async () => {
    const untrustedWorkspace = mkdtempSync(join(tmpdir(), 'mlreps-untrusted-ws-'));
    const trustServer = await startCodeServer({ entry, workspace: untrustedWorkspace, workspaceTrust: true });
    try {
      let summary = '';
      const code = await runExtensionTests(browser, trustServer, {
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath: join(outTests, 'untrusted', 'index.js'),
        timeoutMs: 180_000,
        onLog: (line) => {
          if (/^untrusted: \d+ passed/.test(line)) summary = line;
          console.log(`    ${line}`);
        },
      });
      if (code !== 0 || !summary) throw new Error(`exit code ${code}`);
      integrationSummaries.push(summary);
    } finally {
      await trustServer.stop();
    }
  });

  console.log('\nDashboard rendering from fixtures (headless Chromium)');
  if (ONLY !== 'integration') await dashboardFixtureFlows({ browser, repoRoot, resultsDir, step, metrics });

  console.log('\nUI flows (workbench in headless Chromium)');
  await uiFlows({ browser, server, workspace, resultsDir, step, metrics, repoRoot });
} catch (err) {
  if (!(err instanceof SkipRest)) throw err;
} finally {
  await server.stop();
}

if (!ONLY || ONLY === 'newcomer') {
  console.log("\nA newcomer's first minutes (fresh user data, Workspace Trust on)");
  // One more attempt on a new fresh window when the first fails, said in the output: about one run in ten here the
  // workbench ignored a pick or showed no tree (see the screenshot newcomer-failed.png), a cause not yet found.
  let firstFailure;
  await newcomerFlow({
    browser, entry, repoRoot, resultsDir, metrics, startCodeServer,
    step: async (name, fn) => {
      try {
        const detail = await fn();
        record(name, true, typeof detail === 'string' ? detail : '');
      } catch (err) {
        firstFailure = err;
        console.log(`  ↻ ${name}: the first attempt failed, trying once more on a new fresh window — ${err instanceof Error ? err.message.replace(/\n/g, '\n      ') : String(err)}`);
      }
    },
  });
  if (firstFailure) await newcomerFlow({ browser, entry, repoRoot, resultsDir, step, metrics, startCodeServer });
}

if (!ONLY) {
console.log('\nPackaged .vsix');
  const base = mkdtempSync(join(tmpdir(), 'mlreps-vsix-'));
  const extensionsDir = join(base, 'ext');
  const userDataDir = join(base, 'data');
  mkdirSync(extensionsDir, { recursive: true });
  await step(`the .vsix (${Math.round(statSync(vsix).size / 1024)} KB) installs with code-server --install-extension`, async () => {
    const out = installVsix(entry, vsix, extensionsDir, userDataDir);
    if (!/successfully installed/i.test(out)) throw new Error(out);
  });
  await step('the .vsix ships no reference solutions, mutants or sources', async () => {
    const listed = execFileSync(process.execPath, [join(repoRoot, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    const leaked = listed.filter((f) => /reference\.py$|\/mutants\/|^src\/|^test\/|\.map$/.test(f));
    if (leaked.length) throw new Error(`would ship: ${leaked.slice(0, 10).join(', ')}`);
    if (!listed.some((f) => f.endsWith('test_hidden.py'))) throw new Error('hidden tests are missing from the package');
    return `${listed.length} files`;
  });
  const vsixWorkspace = mkdtempSync(join(tmpdir(), 'mlreps-vsix-ws-'));
  const server2 = await startCodeServer({ entry, workspace: vsixWorkspace, extensionsDir, userDataDir });
  try {
    await step('the installed .vsix loads and shows the ML Reps container', async () => {
      const { openWorkbench, openMlRepsContainer } = await import('./uiFlows.mjs');
      const { page, context } = await openWorkbench(browser, server2.url({}));
      try {
        await openMlRepsContainer(page);
        await page.screenshot({ path: join(resultsDir, 'vsix-sidebar.png') });
      } finally {
        await context.close();
      }
    });
  } finally {
    await server2.stop();
  }
}

await browser.close();

console.log('\nTeardown');
await step('no process of this run outlives it (code-server, extension hosts)', async () => {
  const left = leftoverProcesses({ tags: startedRuns.map((r) => r.tag), paths: startedRuns.flatMap((r) => r.paths) });
  if (left.length) throw new Error(`still alive:\n${left.map((p) => `  ${p.pid} ${p.args.slice(0, 200)}`).join('\n')}`);
  return `${startedRuns.length} code-server runs, 0 processes left`;
});

// The bench takes these figures only from a run of the same build: the hash of the extension bundle it measured.
const build = { runId: randomUUID(), finishedAt: new Date().toISOString(), extensionSha256: createHash('sha256').update(readFileSync(join(repoRoot, 'dist', 'extension.js'))).digest('hex') };
writeFileSync(join(resultsDir, 'metrics.json'), JSON.stringify({ ...build, ...metrics }, null, 2) + '\n');
console.log(`\nmetrics: ${JSON.stringify(metrics)}`);
const passed = checks.filter((c) => c.ok).length;
const failed = checks.length - passed;
if (integrationSummary) console.log(integrationSummary);
for (const s of integrationSummaries) console.log(s);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** Compiled `*.js` test files under `outDir` whose `.ts` source no longer exists under `srcDir`. */
function compiledWithoutSource(outDir, srcDir, rel = '') {
  const stale = [];
  if (!existsSync(join(outDir, rel))) return stale;
  for (const e of readdirSync(join(outDir, rel), { withFileTypes: true })) {
    const r = join(rel, e.name);
    if (e.isDirectory()) stale.push(...compiledWithoutSource(outDir, srcDir, r));
    else if (e.name.endsWith('.js') && !existsSync(join(srcDir, r.replace(/\.js$/, '.ts')))) stale.push(r);
  }
  return stale;
}

/** Reads the database file with sql.js, as a separate process would. */
async function countSessionsByNote(path, notes) {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const initSqlJs = require('sql.js/dist/sql-wasm.js');
  const SQL = await initSqlJs({ locateFile: (f) => join(repoRoot, 'dist', f) });
  const db = new SQL.Database(readFileSync(path));
  const out = {};
  for (const note of notes) out[note] = db.exec('SELECT COUNT(*) FROM sessions WHERE note = ? AND deleted = 0', [note])[0].values[0][0];
  db.close();
  return out;
}
