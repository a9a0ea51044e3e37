import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { exportCsvFiles, exportData, parseImport } from '../../src/core/store/exportFormat';
import { importFile } from '../../src/core/store/importer';
import { StudyStore } from '../../src/core/store/studyStore';
import { bankShortfalls, bankStats } from '../../src/core/problems/bankStats';
import { readinessTooltip } from '../../src/core/readiness/readinessSnapshot';
import { session, sqlJs } from '../support/store';

const DAY = new Date(2026, 10, 20, 9, 0).getTime();

describe('export and import (real sql.js on real files)', () => {
  let SQL: SqlJsStatic;
  let dir: string;
  before(async () => (SQL = await sqlJs()));
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlreps-export-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const open = (name: string) => StudyStore.open({ path: join(dir, name), sql: SQL, flushDelayMs: 60_000 });

  it('an export imports into an empty store with every record, and importing it again adds nothing', async () => {
    const a = open('a.sqlite');
    a.apply({ kind: 'session', record: session(DAY, 25, { note: 'first' }) }, { kind: 'session', record: session(DAY + 3_600_000, 40, { category: 'gss.oralRecitation' }) });
    a.apply({ kind: 'preference', record: { key: 'track', value: 'ds', updatedAt: DAY } });
    const data = exportData(a, new Date(DAY + 86_400_000));
    const file = join(dir, 'export.json');
    writeFileSync(file, JSON.stringify(data));
    const parsed = parseImport(JSON.stringify(data), DAY + 86_400_000);
    assert.ok(parsed.ok);
    const b = open('b.sqlite');
    const first = await importFile(b, file, { now: DAY + 86_400_000 });
    assert.ok(first.ok, JSON.stringify(first));
    assert.equal(b.sessions().length, 2);
    assert.equal(b.preference('track'), 'ds');
    const again = await importFile(b, file, { now: DAY + 86_400_000 });
    assert.ok(again.ok);
    assert.equal(b.sessions().length, 2, 'no duplicates');
    // CSV files carry one row per session under a header.
    const csv = exportCsvFiles(data);
    const sessions = Object.entries(csv).find(([name]) => name.startsWith('sessions'))![1];
    assert.equal(sessions.trim().split('\n').length, 3);
    a.close();
    b.close();
  });

  it('refuses a file that is not an export, and one with an impossible record, applying nothing', async () => {
    const b = open('c.sqlite');
    assert.equal(parseImport('{"hello": 1}').ok, false);
    assert.equal(parseImport('not json').ok, false);
    const bad = { ...exportData(b), sessions: [{ ...session(DAY, 10), start: 1e300 }] };
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = await importFile(b, file, { now: DAY });
    assert.equal(r.ok, false);
    assert.equal(b.sessions().length, 0);
    b.close();
  });
});

describe('import in batches (a reader thread and an applying thread)', () => {
  let SQL: SqlJsStatic;
  let dir: string;
  before(async () => (SQL = await sqlJs()));
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlreps-batches-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const open = (name = 'db.sqlite') => StudyStore.open({ path: join(dir, name), sql: SQL, flushDelayMs: 60_000 });
  const frame = (sessions: unknown[]) => ({ format: 'ml-reps-export', version: 1, exportedAt: new Date(DAY).toISOString(), sessions, testRuns: [], preferences: [] });
  const many = (n: number) => Array.from({ length: n }, (_, i) => session(DAY - (i + 1) * 3_600_000, 20, { id: `b${i}` }));
  const write = (text: string) => {
    const file = join(dir, `import-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, text);
    return file;
  };
  const ids = (store: StudyStore) => store.sessions({ includeDeleted: true }).map((x) => x.id).sort();

  it('a bad record in the last batch rejects the whole file: the batches before it were applied to the copy only', async () => {
    const store = open();
    store.apply({ kind: 'session', record: session(DAY, 30, { id: 'mine' }) });
    assert.equal(store.flush(), true);
    const fileBefore = readFileSync(store.path);
    const sessions: unknown[] = many(5000);
    sessions[4321] = { ...(sessions[4321] as object), durationMs: undefined, end: 1e300 };
    const r = await importFile(store, write(JSON.stringify(frame(sessions))), { now: DAY, batch: 1000 });
    assert.equal(r.ok, false);
    assert.match((r as { error: string }).error, /^sessions\[4321\] \(id "b4321"\): end .*Nothing was imported\.$/);
    assert.deepEqual(ids(store), ['mine']);
    assert.deepEqual(readFileSync(store.path), fileBefore, 'the file is untouched');
    store.close();
  });

  it('broken JSON in a later batch is refused with the parser\'s message, nothing applied', async () => {
    const store = open();
    const text = JSON.stringify(frame(many(3000)));
    const cut = text.indexOf('"b2500"');
    const r = await importFile(store, write(`${text.slice(0, cut)}"b2500" oops${text.slice(cut + 7)}`), { now: DAY, batch: 1000 });
    assert.equal(r.ok, false);
    assert.match((r as { error: string }).error, /^The file is not valid JSON \(.+\)\.$/);
    assert.equal(store.sessions().length, 0);
    store.close();
  });

  it('reads any valid layout as JSON.parse does: pretty-printed, keys in any order, brackets and quotes inside strings, a key given twice', async () => {
    const tricky = [
      session(DAY - 86_400_000, 30, { id: 'q1', note: 'a "quoted" note with ] and } and [{ inside, a \\ backslash and \\"' }),
      session(DAY - 2 * 86_400_000, 30, { id: 'q2', problemId: 'p-\u00e9\u4e2d', note: '\\' }),
    ];
    const pretty = JSON.stringify({ sessions: tricky, preferences: [], testRuns: [], version: 1, exportedAt: 'x', format: 'ml-reps-export' }, null, 2);
    for (const [text, expected] of [
      [pretty, ['q1', 'q2']],
      // A key given twice: JSON.parse keeps the last, and so does the import.
      [`{"format":"ml-reps-export","version":1,"exportedAt":"x","testRuns":[],"preferences":[],"sessions":[${JSON.stringify(tricky[0])}],"sessions":[${JSON.stringify(tricky[1])}]}`, ['q2']],
    ] as const) {
      const store = open(`layout-${expected.length}.sqlite`);
      const r = await importFile(store, write(text), { now: DAY, batch: 1 });
      assert.ok(r.ok, JSON.stringify(r));
      assert.deepEqual(ids(store), expected);
      const q = store.sessions({ includeDeleted: true });
      for (const want of tricky.filter((t) => expected.includes(t.id as never))) {
        const got = q.find((x) => x.id === want.id)!;
        assert.equal(got.note, want.note);
        assert.equal(got.problemId, want.problemId);
      }
      store.close();
    }
  });

  it('over existing sessions, a newer version moves study time off the day it left; an older one changes nothing', async () => {
    const store = open();
    const d1 = new Date(2025, 10, 10, 9).getTime();
    const d2 = new Date(2025, 10, 12, 9).getTime();
    store.apply({ kind: 'session', record: session(d1, 60, { id: 'moved', updatedAt: d1 }) }, { kind: 'session', record: session(d1, 30, { id: 'kept', category: 'iss.informationGathering', updatedAt: d1 + 10 }) });
    assert.equal(store.flush(), true);
    const sessions = [
      ...many(3000),
      session(d2, 45, { id: 'moved', updatedAt: d1 + 5 }),
      session(d2, 90, { id: 'kept', updatedAt: d1 }),
    ];
    const r = await importFile(store, write(JSON.stringify(frame(sessions))), { now: DAY, batch: 500 });
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.newSessions, 3000);
    const byDay = (day: string) => store.dailyTotals(day, day).map((t) => `${t.category}:${t.ms / 60_000}`);
    assert.deepEqual(byDay('2025-11-10'), ['iss.informationGathering:30']);
    assert.deepEqual(byDay('2025-11-12'), ['iss.problemSets:45']);
    store.close();
  });

  it('into an empty store, versions of one id within the file end as the newest, with study time only on its day', async () => {
    const store = open();
    const d1 = new Date(2025, 10, 10, 9).getTime();
    const d2 = new Date(2025, 10, 12, 9).getTime();
    const d3 = new Date(2025, 10, 14, 9).getTime();
    const sessions = [session(d1, 60, { id: 'x', updatedAt: d1 }), ...many(2500), session(d2, 45, { id: 'x', updatedAt: d1 + 2 }), session(d3, 15, { id: 'x', updatedAt: d1 + 1 })];
    const r = await importFile(store, write(JSON.stringify(frame(sessions))), { now: DAY, batch: 1000 });
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.newSessions, 2501);
    assert.equal(store.sessions({ id: 'x' })[0].start, d2);
    assert.deepEqual(store.dailyTotals('2025-11-10', '2025-11-14').map((t) => `${t.day} ${t.ms / 60_000}`), ['2025-11-12 45']);
    store.close();
  });

  it('into an empty store, study time per day is what applying the same sessions one by one gives (ties, deletions, any order)', async () => {
    let seed = 11;
    const rnd = (n: number) => Math.floor(((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32) * n);
    const cats = ['iss.problemSets', 'iss.informationGathering', 'gss.oralRecitation', 'gss.groupProblemSet'] as const;
    const sources = ['auto', 'timer', 'logged'] as const;
    const t0 = new Date(2025, 2, 20, 0).getTime(); // across a DST change in many zones
    const sessions = Array.from({ length: 3000 }, (_, i) => {
      // Starts on a 15-minute grid, so many sessions start at the same instant.
      const start = t0 + rnd(20 * 96) * 900_000;
      return session(start, 1 + rnd(300), { id: i % 7 === 0 ? `\u00e9t\u00e9-${i}` : i % 5 === 0 ? `Z${i}` : `a${i}`, category: cats[rnd(4)], source: sources[rnd(3)], deleted: rnd(10) === 0 });
    });
    const imported = open('packed.sqlite');
    const r = await importFile(imported, write(JSON.stringify(frame(sessions))), { now: DAY, batch: 400 });
    assert.ok(r.ok, JSON.stringify(r));
    const applied = open('applied.sqlite');
    applied.applyAll(sessions.map((record) => ({ kind: 'session' as const, record })));
    const totals = (store: StudyStore) => store.dailyTotals().map((t) => `${t.day} ${t.category} ${t.ms}`).sort();
    assert.ok(totals(applied).length > 40, totals(applied).join('\n'));
    assert.deepEqual(totals(imported), totals(applied));
    imported.close();
    applied.close();
  });

  it('the saved file is exactly its pages (the room the copy grew into is cut off) and passes integrity_check', async () => {
    const store = open();
    const r = await importFile(store, write(JSON.stringify(frame(many(20_000)))), { now: DAY, batch: 2000 });
    assert.ok(r.ok, JSON.stringify(r));
    store.close();
    const db = new SQL.Database(readFileSync(join(dir, 'db.sqlite')));
    const pragma = (q: string) => db.exec(q)[0].values[0][0];
    assert.equal(statSync(join(dir, 'db.sqlite')).size, Number(pragma('PRAGMA page_count')) * Number(pragma('PRAGMA page_size')));
    assert.equal(pragma('PRAGMA integrity_check'), 'ok');
    db.close();
    const again = open();
    assert.equal(again.sessions().length, 20_000);
    again.close();
  });
});

describe('small core summaries', () => {
  it('counts the bank per track and says what is short', () => {
    const stats = bankStats([
      { track: 'ds', topic: 'statistics', difficulty: 'easy' },
      { track: 'both', topic: 'numerics', difficulty: 'hard' },
    ]);
    assert.equal(stats.total, 2);
    assert.ok(bankShortfalls(stats, { total: 3, perTrack: 1 }).length >= 1);
    assert.deepEqual(bankShortfalls(stats, { total: 2, perTrack: 1 }), []);
  });

  it('says readiness and due cards in the status-bar tooltip', () => {
    const status = { headline: 'Not yet' } as Parameters<typeof readinessTooltip>[0] extends infer S ? S extends { status: infer T } ? T : never : never;
    assert.equal(readinessTooltip(undefined), '');
    assert.equal(readinessTooltip({ status, due: 0 }), 'Readiness: Not yet');
    assert.equal(readinessTooltip({ status, due: 1 }), 'Readiness: Not yet · 1 review card due');
    assert.equal(readinessTooltip({ status, due: 3 }), 'Readiness: Not yet · 3 review cards due');
  });
});
