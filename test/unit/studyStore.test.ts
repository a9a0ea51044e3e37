import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { StudyStore } from '../../src/core/store/studyStore';
import { dayKey } from '../../src/core/tracking/timeline';
import { session, sqlJs } from '../support/store';

const MIN = 60_000;
const DAY0 = new Date(2026, 10, 20, 9, 0).getTime();

describe('study store (real sql.js on real files)', () => {
  let SQL: SqlJsStatic;
  let dir: string;
  let path: string;
  before(async () => (SQL = await sqlJs()));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlreps-store-'));
    path = join(dir, 'ml-reps.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const open = () => StudyStore.open({ path, sql: SQL, flushDelayMs: 60_000 });

  it('saves changes to the file and reads them back in a new process-like instance', () => {
    const a = open();
    const s = session(DAY0, 25, { problemId: 'stable-softmax', note: 'first try' });
    a.apply({ kind: 'session', record: s });
    assert.equal(existsSync(path), false, 'nothing is written before a flush');
    assert.equal(a.flush(), true);
    a.close();
    const b = open();
    assert.deepEqual(b.sessions(), [s]);
    assert.deepEqual(b.dailyTotals(), [{ day: dayKey(DAY0), category: 'iss.problemSets', ms: 25 * MIN }]);
    assert.deepEqual(b.notices, []);
    b.close();
  });

  it('two instances writing the same file lose nothing', () => {
    const a = open();
    const b = open();
    const s1 = session(DAY0, 10);
    const s2 = session(DAY0 + 60 * MIN, 20, { category: 'iss.informationGathering', source: 'timer' });
    a.apply({ kind: 'session', record: s1 });
    b.apply({ kind: 'session', record: s2 });
    assert.equal(a.flush(), true);
    assert.equal(b.flush(), true, 'b re-reads a\'s write and adds its own');
    assert.equal(a.reloadIfChanged(), true);
    assert.deepEqual(new Set(a.sessions().map((s) => s.id)), new Set([s1.id, s2.id]));
    a.close();
    b.close();
    const c = open();
    assert.equal(c.sessions().length, 2);
    c.close();
  });

  it('edits are last-writer-wins by updatedAt, and deletes are kept as tombstones', () => {
    const a = open();
    const s = session(DAY0, 30);
    a.apply({ kind: 'session', record: s });
    a.apply({ kind: 'session', record: { ...s, end: s.start + 40 * MIN, updatedAt: s.updatedAt + 10 } });
    a.apply({ kind: 'session', record: { ...s, end: s.start + 5 * MIN, updatedAt: s.updatedAt + 5 } }); // older edit arrives late
    assert.equal(a.sessions()[0].end, s.start + 40 * MIN);
    a.apply({ kind: 'session', record: { ...s, deleted: true, updatedAt: s.updatedAt + 20 } });
    assert.deepEqual(a.sessions(), []);
    assert.equal(a.sessions({ includeDeleted: true }).length, 1);
    assert.deepEqual(a.dailyTotals(), [], 'a deleted session counts no time');
    a.close();
  });

  it('counts overlapping time once, and timers win over automatic time', () => {
    const a = open();
    a.apply(
      { kind: 'session', record: session(DAY0, 60) },
      { kind: 'session', record: session(DAY0 + 30 * MIN, 60) }, // another window, overlapping by 30 min
      { kind: 'session', record: session(DAY0 + 60 * MIN, 60, { category: 'gss.groupProblemSet', source: 'timer' }) },
    );
    const totals = a.categoryTotals();
    assert.equal(totals.get('iss.problemSets'), 60 * MIN, 'auto 9:00-10:30 minus the timer from 10:00');
    assert.equal(totals.get('gss.groupProblemSet'), 60 * MIN);
    a.close();
  });

  it('splits a session across midnight into both days', () => {
    const a = open();
    const lateEvening = new Date(2026, 10, 20, 23, 30).getTime();
    a.apply({ kind: 'session', record: session(lateEvening, 60) });
    assert.deepEqual(a.dailyTotals().map((d) => [d.day, d.ms]), [['2026-11-20', 30 * MIN], ['2026-11-21', 30 * MIN]]);
    a.close();
  });

  it('derives problem progress from test runs', () => {
    const a = open();
    const run = (at: number, solved: boolean) => ({ kind: 'testRun' as const, record: { id: `r${at}`, problemId: 'p', at, suite: 'all', passed: solved ? 5 : 1, total: 5, durationMs: 100, solved, error: null, checkId: null } });
    a.apply(run(1, false), run(2, true), run(3, false));
    const p = a.problemProgress().get('p');
    assert.equal(p?.status, 'solved');
    assert.equal(p?.attempts, 3);
    assert.equal(p?.lastSolvedAt, 2);
    assert.equal(p?.last?.at, 3);
    a.apply(run(2, true)); // the same run again (a merge) changes nothing
    assert.equal(a.problemProgress().get('p')?.attempts, 3);
    a.close();
  });

  it('keeps preferences, last writer wins', () => {
    const a = open();
    a.apply({ kind: 'preference', record: { key: 'track', value: 'ds', updatedAt: 5 } });
    a.apply({ kind: 'preference', record: { key: 'track', value: 'mle', updatedAt: 4 } });
    assert.equal(a.preference('track'), 'ds');
    a.close();
  });

  it('moves a corrupt file aside, says where, and starts fresh', () => {
    writeFileSync(path, Buffer.from('SQLite format 3\0' + 'garbage'.repeat(100)));
    const a = open();
    assert.equal(a.notices.length, 1);
    assert.equal(a.notices[0].kind, 'moved-aside');
    assert.ok(a.notices[0].path && existsSync(a.notices[0].path));
    assert.match(readFileSync(a.notices[0].path, 'latin1'), /garbage/);
    assert.equal(a.mode, 'read-write');
    a.apply({ kind: 'session', record: session(DAY0, 5) });
    assert.equal(a.flush(), true);
    a.close();
  });

  it('never writes over a file from a newer schema: read-only, and says so', () => {
    const a = open();
    a.apply({ kind: 'session', record: session(DAY0, 5) });
    a.flush();
    a.close();
    const db = new SQL.Database(readFileSync(path));
    db.run('PRAGMA user_version = 99');
    writeFileSync(path, db.export());
    db.close();
    const before = readFileSync(path);
    const b = open();
    assert.equal(b.mode, 'read-only');
    assert.equal(b.notices[0].kind, 'newer-version');
    assert.equal(b.sessions().length, 1, 'it can still be read');
    assert.equal(b.apply({ kind: 'session', record: session(DAY0, 5) }), false);
    assert.equal(b.flush(), true);
    b.close();
    assert.ok(readFileSync(path).equals(before), 'the file is untouched');
  });

  it('progress per problem: attempted after any practice run, solved once one solved it, check runs never count', () => {
    const a = open();
    const run = (id: string, problemId: string, at: number, solved: boolean, checkId: string | null = null) => ({
      kind: 'testRun' as const,
      record: { id, problemId, at: DAY0 + at * MIN, suite: 'all' as const, passed: solved ? 5 : 2, total: 5, durationMs: 100, solved, error: null, checkId },
    });
    a.apply(run('r1', 'a1', 1, false), run('r2', 'a1', 5, true), run('r3', 'a1', 9, false), run('r4', 'b1', 3, false), run('r5', 'b2', 4, true, 'check-1'));
    const p = a.problemProgress();
    assert.deepEqual(
      [...p.entries()].map(([id, g]) => [id, g.status, g.attempts, g.lastSolvedAt, g.last?.at]).sort(),
      [
        ['a1', 'solved', 3, DAY0 + 5 * MIN, DAY0 + 9 * MIN],
        ['b1', 'attempted', 1, undefined, DAY0 + 3 * MIN],
      ],
    );
    a.close();
  });

  it('per-problem practice progress from the database is the same as counting the runs one by one', () => {
    // A small generator, so every run of the test sees the same history.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const runs = Array.from({ length: 400 }, (_, i) => ({
      id: `r${String(i).padStart(3, '0')}`,
      problemId: `p${Math.floor(rnd() * 9)}`,
      at: DAY0 + Math.floor(rnd() * 40) * MIN, // many equal times: the tie rule matters
      suite: 'all' as const,
      passed: 3,
      total: 8,
      durationMs: 100 + i,
      solved: rnd() < 0.2,
      error: null,
      checkId: rnd() < 0.25 ? 'check-1' : null,
    }));
    const a = open();
    // Half before a save and a reopen, half after: the count survives the file.
    for (const r of runs.slice(0, 200)) a.apply({ kind: 'testRun', record: r });
    assert.equal(a.flush(), true);
    a.close();
    const b = open();
    for (const r of runs.slice(200)) b.apply({ kind: 'testRun', record: r });
    b.apply({ kind: 'testRun', record: runs[5] }); // the same run again changes nothing
    // The rules, stated run by run: attempts count practice runs only; solved once any practice run solved it;
    // the last solve is the latest solved run; the last run is the latest, ties to the larger id.
    const practice = runs.filter((r) => r.checkId === null);
    const actual = b.problemProgress();
    assert.deepEqual([...actual.keys()].sort(), [...new Set(practice.map((r) => r.problemId))].sort(), 'only problems with practice runs');
    let solvedSeen = 0;
    for (const [pid, got] of actual) {
      const mine = practice.filter((r) => r.problemId === pid);
      const solvedRuns = mine.filter((r) => r.solved);
      solvedSeen += solvedRuns.length ? 1 : 0;
      assert.equal(got.attempts, mine.length, `${pid}: attempts`);
      assert.equal(got.status, solvedRuns.length ? 'solved' : 'attempted', `${pid}: status`);
      assert.equal(got.lastSolvedAt, solvedRuns.length ? Math.max(...solvedRuns.map((r) => r.at)) : undefined, `${pid}: last solved`);
      const last = [...mine].sort((x, y) => y.at - x.at || y.id.localeCompare(x.id))[0];
      assert.equal(got.last?.at, last.at, `${pid}: the last run is the latest`);
      assert.equal(got.last?.durationMs, last.durationMs, `${pid}: on equal times, the run with the larger id`);
    }
    assert.ok(solvedSeen > 0, 'the history has solved problems (the hand-made test above has unsolved ones)');
    b.close();
  });

  it('a database from before the progress table gets it filled from its runs on open', () => {
    const a = open();
    a.apply({ kind: 'testRun', record: { id: 'x1', problemId: 'kmeans', at: DAY0, suite: 'all', passed: 8, total: 8, durationMs: 5, solved: true, error: null, checkId: null } });
    a.apply({ kind: 'testRun', record: { id: 'x2', problemId: 'kmeans', at: DAY0 + MIN, suite: 'all', passed: 1, total: 8, durationMs: 5, solved: false, error: null, checkId: null } });
    a.apply({ kind: 'testRun', record: { id: 'x3', problemId: 'pca', at: DAY0, suite: 'all', passed: 8, total: 8, durationMs: 5, solved: true, error: null, checkId: 'c' } });
    assert.equal(a.flush(), true);
    a.close();
    // Back to schema 3, as an older ML Reps left it.
    const db = new SQL.Database(readFileSync(path));
    db.run('DROP TRIGGER test_runs_count_practice; DROP TABLE problem_progress; PRAGMA user_version = 3');
    writeFileSync(path, db.export());
    db.close();
    const b = open();
    const p = b.problemProgress();
    assert.deepEqual([...p.keys()], ['kmeans'], 'a check run is not practice');
    assert.equal(p.get('kmeans')!.attempts, 2);
    assert.equal(p.get('kmeans')!.status, 'solved');
    assert.equal(p.get('kmeans')!.lastSolvedAt, DAY0);
    assert.equal(p.get('kmeans')!.last?.at, DAY0 + MIN);
    assert.equal(b.flush(), true);
    b.close();
    assert.ok(readdirSync(dir).includes('ml-reps.sqlite.v3.bak'), 'the old file is kept');
  });

  it('query runs one SELECT and refuses anything that could write', () => {
    const a = open();
    a.apply({ kind: 'session', record: session(DAY0, 5) });
    assert.equal(a.query('SELECT COUNT(*) FROM sessions')[0][0], 1);
    for (const sql of ['DELETE FROM sessions', 'SELECT 1; DELETE FROM sessions', ' update sessions set note = 1', 'DROP TABLE sessions']) {
      assert.throws(() => a.query(sql), /runs one SELECT/, sql);
    }
    assert.equal(a.query('SELECT COUNT(*) FROM sessions')[0][0], 1, 'nothing was deleted');
    a.close();
  });

  it('backs up an older schema before its first write in the new one', () => {
    const db = new SQL.Database();
    db.run('PRAGMA user_version = 0');
    writeFileSync(path, db.export());
    db.close();
    const a = open();
    assert.equal(a.flush(), true);
    a.close();
    assert.ok(readdirSync(dir).includes('ml-reps.sqlite.v0.bak'));
  });

  it('takes a batch of any size, such as an import of years of history (no stack overflow)', () => {
    const a = open();
    const changes = Array.from({ length: 200_000 }, (_, i) => ({ kind: 'preference' as const, record: { key: 'k', value: i, updatedAt: i } }));
    assert.equal(a.applyAll(changes), true);
    assert.equal(a.preference('k'), 199_999);
    a.close();
  });

  it('leaves no temp or lock files behind after a save, only the clean-close mark', () => {
    const a = open();
    a.apply({ kind: 'session', record: session(DAY0, 5) });
    assert.ok(readdirSync(dir).some((f) => f.startsWith('ml-reps.sqlite.mlreps-open-')), 'an open store is marked, to tell a crash from a clean close');
    a.flush();
    a.close();
    assert.deepEqual(readdirSync(dir).sort(), ['ml-reps.sqlite', 'ml-reps.sqlite.mlreps-clean']);
  });

  it('counts the file generation up by one per save, under the lock', () => {
    const a = open();
    const gen = () => Number(a.query("SELECT value FROM store_meta WHERE key = 'generation'")[0]?.[0] ?? 0);
    for (let i = 1; i <= 3; i++) {
      a.apply({ kind: 'session', record: session(DAY0 + i * 60 * MIN, 5) });
      assert.equal(a.flush(), true);
      assert.equal(gen(), i);
    }
    const b = open();
    b.apply({ kind: 'session', record: session(DAY0, 5) });
    assert.equal(b.flush(), true);
    assert.equal(Number(b.query("SELECT value FROM store_meta WHERE key = 'generation'")[0][0]), 4, 'the second window continues from the file');
    a.close();
    b.close();
  });

  it('breaks updatedAt ties by origin, the same whatever order versions arrive in', () => {
    const v = (origin: string, note: string) => ({ kind: 'session' as const, origin, record: { ...session(DAY0, 5, { id: 'same', note }), updatedAt: DAY0 } });
    const a = open();
    a.applyAll([v('machine-b', 'b'), v('machine-a', 'a')]);
    const b = StudyStore.open({ path: join(dir, 'other.sqlite'), sql: SQL, flushDelayMs: 60_000 });
    b.applyAll([v('machine-a', 'a'), v('machine-b', 'b')]);
    assert.equal(a.session('same')?.note, 'b');
    assert.equal(b.session('same')?.note, 'b');
    a.close();
    b.close();
  });
});
