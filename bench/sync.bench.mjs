// Sync benchmark: merging another machine's five-year log (50,000 sessions, 20,000 test runs, 20,000 answers,
// the same synthetic history as the store bench) into a fresh store, timed from the first read to the last
// change applied, with the longest event-loop stall while it runs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildChanges } from './store.bench.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(import.meta.url);
const { StudyStore } = require(join(root, 'out/src/core/store/studyStore.js'));
const { loadSqlJs } = require(join(root, 'out/src/core/store/sqlJsLoader.js'));
const { SyncEngine } = require(join(root, 'out/src/core/sync/syncEngine.js'));
const { changeLine, headerLine } = require(join(root, 'out/src/core/sync/logFormat.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function run() {
  const SQL = await loadSqlJs(join(root, 'dist'));
  const dir = mkdtempSync(join(tmpdir(), 'mlreps-bench-sync-'));
  const now = Date.now();
  try {
    const folder = join(dir, 'sync');
    mkdirSync(folder);
    const changes = buildChanges(now);
    writeFileSync(join(folder, 'laptop-0001.mlreps.jsonl'), [headerLine({ machine: 'laptop-0001', epoch: 'bench' }), ...changes.map(changeLine)].join('\n') + '\n');
    const times = [];
    const stalls = [];
    // CPU time beside wall time: on a shared, loaded machine the wall time includes waiting for a core.
    const cpu = [];
    for (let i = 0; i < 5; i++) {
      const store = StudyStore.open({ path: join(dir, `fresh-${i}.sqlite`), sql: SQL, flushDelayMs: 3_600_000, origin: 'desktop-0002' });
      const engine = new SyncEngine({ folder, machineId: 'desktop-0002', store, now: () => now });
      const h = monitorEventLoopDelay({ resolution: 1 });
      h.enable();
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const status = await engine.syncNow();
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      h.disable();
      stalls.push(h.max / 1e6);
      const sessions = Number(store.query('SELECT COUNT(*) FROM sessions')[0][0]);
      if (status.state !== 'ok' || sessions !== 50_000 || status.warnings.length) throw new Error(`the merge is incomplete: ${sessions} sessions, ${JSON.stringify(status).slice(0, 300)}`);
      engine.dispose();
      store.close();
    }
    console.log(`  sync: merge of a 5-year log ${median(times).toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')}), longest stall ${median(stalls).toFixed(1)} ms (median of the runs' longest; runs ${stalls.map((t) => t.toFixed(0)).join(', ')}); CPU ${median(cpu).toFixed(0)} ms`);
    return [
      // Issue 17 is open while this misses.
      { name: 'sync.merge_ms_5y', unit: 'ms', value: median(times), goal: 2000, better: 'lower' },
      // Each run's longest stall; the median of those, as with every timed figure on these noisy machines.
      { name: 'sync.merge_max_stall_ms_5y', unit: 'ms', value: median(stalls), goal: 50, better: 'lower' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
