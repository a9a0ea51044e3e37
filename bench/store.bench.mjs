// Store and tracker benchmarks on a synthetic store of five years of heavy use:
// 50,000 sessions, 20,000 test runs and 20,000 question answers, on a real file.
import fs, { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(import.meta.url);
const { StudyStore } = require(join(root, 'out/src/core/store/studyStore.js'));
const { loadSqlJs } = require(join(root, 'out/src/core/store/sqlJsLoader.js'));
const { IdleIntervalTracker } = require(join(root, 'out/src/core/tracking/idleIntervalTracker.js'));
const { ActivityClassifier } = require(join(root, 'out/src/core/tracking/activityClassifier.js'));
const { dayKey, dayKeyDaysAgo } = require(join(root, 'out/src/core/tracking/timeline.js'));
const { computeSplit } = require(join(root, 'out/src/core/split/split.js'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const CATS = ['iss.problemSets', 'iss.informationGathering', 'gss.oralRecitation', 'gss.groupProblemSet'];
const SOURCES = ['auto', 'timer', 'logged'];

/** A deterministic pseudo-random generator, so every run builds the same store. */
function lcg(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function buildChanges(now) {
  const rnd = lcg(42);
  const changes = [];
  const span = 5 * 365 * 86_400_000;
  const t0 = now - span;
  for (let i = 0; i < 50_000; i++) {
    const start = Math.floor(t0 + (i / 50_000) * span + rnd() * 3_600_000);
    const minutes = 5 + Math.floor(rnd() * 55);
    changes.push({ kind: 'session', record: { id: `s${i.toString(36)}`, category: CATS[i % 4 === 3 ? Math.floor(rnd() * 4) : 0], start, end: start + minutes * 60_000, source: SOURCES[i % 3], problemId: i % 3 === 0 ? `problem-${i % 68}` : null, note: i % 10 === 0 ? 'synthetic note' : null, updatedAt: start, deleted: false } });
  }
  for (let i = 0; i < 20_000; i++) {
    const at = Math.floor(t0 + (i / 20_000) * span);
    const total = 10;
    const passed = Math.floor(rnd() * 11);
    changes.push({ kind: 'testRun', record: { id: `r${i.toString(36)}`, problemId: `problem-${i % 68}`, at, suite: 'all', passed, total, durationMs: 200 + Math.floor(rnd() * 300), solved: passed === total, error: null, checkId: null } });
  }
  for (let i = 0; i < 20_000; i++) {
    const at = Math.floor(t0 + (i / 20_000) * span);
    changes.push({ kind: 'questionAnswer', record: { id: `a${i.toString(36)}`, questionId: `q-${i % 260}`, at, choice: i % 4, correct: rnd() < 0.7, context: i % 5 === 0 ? 'check' : 'practice', checkId: null } });
  }
  return changes;
}

/** Every figure the dashboard shows, computed the way the dashboard computes it. */
export function dashboardFigures(store, now) {
  const today = dayKey(now);
  const windows = { today: [today, today], week: [dayKeyDaysAgo(now, 6), today], month: [dayKeyDaysAgo(now, 29), today], all: ['0000-00-00', today] };
  const splits = Object.fromEntries(Object.entries(windows).map(([k, [a, b]]) => [k, computeSplit(store.categoryTotals(a, b))]));
  return {
    splits,
    heatmap: store.dailyTotals(dayKeyDaysAgo(now, 26 * 7 - 1), today),
    progress: store.problemProgress(),
    accuracy: store.query('SELECT question_id, SUM(correct), COUNT(*) FROM question_answers GROUP BY question_id'),
    recent: store.sessions({ limit: 20 }),
    checks: store.query('SELECT id, kind, status, score, total, finished_at FROM checks ORDER BY started_at'),
  };
}

function trackerBench() {
  const N = 1_000_000;
  const practice = '/home/user/project/ml-reps';
  const ids = new Set(Array.from({ length: 68 }, (_, i) => `problem-${i}`));
  const classifier = new ActivityClassifier(practice, ids);
  const paths = Array.from({ length: 8 }, (_, i) => `${practice}/problem-${i}/solution.py`);
  let wall = Date.UTC(2026, 0, 1);
  let mono = 0;
  let closed = 0;
  const tracker = new IdleIntervalTracker({ idleMs: () => 300_000, clock: { wall: () => wall, mono: () => mono }, newId: () => 'x', onClose: () => closed++ });
  // Count every write the process makes during the run: there must be none.
  let writes = 0;
  const originals = {};
  for (const name of ['writeSync', 'writeFileSync', 'appendFileSync', 'openSync']) {
    originals[name] = fs[name];
    fs[name] = (...args) => {
      writes++;
      return originals[name](...args);
    };
  }
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    wall += 700;
    mono += 700;
    const target = classifier.classify(paths[(i >> 10) & 7]);
    if (target) tracker.activity(target.category, target.problemId);
  }
  const ns = Number(process.hrtime.bigint() - t0) / N;
  Object.assign(fs, originals);
  if (writes !== 0) throw new Error(`the tracker wrote to disk ${writes} times during the run`);
  if (closed < 100) throw new Error(`only ${closed} intervals closed; the events did not exercise the tracker`);
  return ns;
}

export async function run() {
  const trackerNs = median([trackerBench(), trackerBench(), trackerBench()]);

  const SQL = await loadSqlJs(join(root, 'dist'));
  const dir = mkdtempSync(join(tmpdir(), 'mlreps-bench-store-'));
  const path = join(dir, 'ml-reps.sqlite');
  const now = Date.now();
  try {
    const build = StudyStore.open({ path, sql: SQL, flushDelayMs: 3_600_000 });
    build.applyAll(buildChanges(now));
    if (!build.flush()) throw new Error('could not save the synthetic store');
    build.close();

    const opens = [];
    const aggregates = [];
    const persists = [];
    let store;
    for (let i = 0; i < 9; i++) {
      store?.close();
      const t0 = performance.now();
      store = StudyStore.open({ path, sql: SQL, flushDelayMs: 3_600_000 });
      opens.push(performance.now() - t0);
      if (store.notices.length) throw new Error(store.notices[0].message);
    }
    if (store.sessions().length !== 50_000) throw new Error(`the synthetic store holds ${store.sessions().length} sessions`);
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const figures = dashboardFigures(store, now);
      aggregates.push(performance.now() - t0);
      if (figures.progress.size !== 68 || figures.heatmap.length === 0) throw new Error('the dashboard figures are incomplete');
    }
    for (let i = 0; i < 15; i++) {
      store.apply({ kind: 'session', record: { id: `p${i}`, category: 'iss.problemSets', start: now - 3_600_000, end: now - 3_000_000 + i, source: 'auto', problemId: null, note: null, updatedAt: now + i, deleted: false } });
      const t0 = performance.now();
      if (!store.flush()) throw new Error('save failed');
      persists.push(performance.now() - t0);
    }
    store.close();
    const sizeMb = statSync(path).size / (1024 * 1024);
    console.log(`  store: open ${median(opens).toFixed(1)} ms, figures ${median(aggregates).toFixed(1)} ms, save ${median(persists).toFixed(1)} ms, ${sizeMb.toFixed(2)} MB; tracker ${trackerNs.toFixed(0)} ns/event`);
    return [
      { name: 'tracker.ns_per_event', unit: 'ns', value: trackerNs, goal: 1000, better: 'lower' },
      { name: 'store.open_ms_5y', unit: 'ms', value: median(opens), goal: 200, better: 'lower' },
      { name: 'store.aggregate_ms_5y', unit: 'ms', value: median(aggregates), goal: 30, better: 'lower' },
      { name: 'store.persist_ms_5y', unit: 'ms', value: median(persists), goal: 80, better: 'lower' },
      { name: 'store.file_mb_5y', unit: 'MB', value: sizeMb, goal: 10, better: 'lower' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
