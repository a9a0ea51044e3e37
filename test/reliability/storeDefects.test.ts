/**
 * One test per defect of issue 15, each reproducing what the adversarial run found. Numbers follow the issue.
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { parseImport } from '../../src/core/store/exportFormat';
import { importFile } from '../../src/core/store/importer';
import type { SessionRecord } from '../../src/core/store/records';
import { StudyStore } from '../../src/core/store/studyStore';
import { sqlJs } from '../support/store';

// The module object itself (not a namespace import), so the tests can make its functions fail.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs = require('node:fs') as typeof import('node:fs');
import { startWriter } from './writerProcess';

const T0 = Date.UTC(2026, 0, 5, 9);
const s = (id: string, over: Partial<SessionRecord> = {}): SessionRecord => ({ id, category: 'iss.problemSets', start: T0, end: T0 + 600_000, source: 'auto', problemId: null, note: null, updatedAt: T0, deleted: false, ...over });
const exportOf = (sessions: unknown[], extra: Record<string, unknown> = {}) => ({ format: 'ml-reps-export', version: 1, exportedAt: new Date(T0).toISOString(), sessions, testRuns: [], preferences: [], ...extra });

/** A live process that is not ML Reps, to hold a lock in its name. */
function liveProcess(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
}

/** Makes the fs functions the store uses fail with `code` for paths under `dir` (the tests run as root, where chmod cannot). */
function failFs(dir: string, code: string, names: string[]): () => void {
  const originals = new Map<string, unknown>();
  const mod = fs as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of names) {
    const original = mod[name];
    originals.set(name, original);
    mod[name] = (...args: unknown[]) => {
      const target = typeof args[0] === 'string' ? args[0] : '';
      const writing = name !== 'openSync' || (args[1] !== undefined && args[1] !== 'r');
      if (writing && (target.startsWith(dir) || typeof args[0] === 'number')) {
        throw Object.assign(new Error(`${code}: simulated, ${name} '${target}'`), { code });
      }
      return original(...args);
    };
  }
  return () => {
    for (const [name, fn] of originals) mod[name] = fn as (...a: unknown[]) => unknown;
  };
}

describe('store defects of issue 15, one test each', function () {
  this.timeout(120_000);
  let SQL: SqlJsStatic;
  let dir: string;
  let path: string;
  const children: ChildProcess[] = [];
  before(async () => (SQL = await sqlJs()));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlreps-defects-'));
    path = join(dir, 'ml-reps.sqlite');
  });
  afterEach(() => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  const open = (extra: Partial<Parameters<typeof StudyStore.open>[0]> = {}) => StudyStore.open({ path, sql: SQL, flushDelayMs: 3_600_000, ...extra });

  it('1. a lock path that is a folder, or holds garbage, is moved aside with a notice: no spin', () => {
    mkdirSync(`${path}.lock`);
    writeFileSync(join(`${path}.lock`, 'mine.txt'), 'user data');
    const a = open();
    a.apply({ kind: 'session', record: s('a') });
    assert.equal(a.flush(), true, 'saved after moving the folder aside');
    const kept = readdirSync(dir).find((f) => f.startsWith('ml-reps.sqlite.lock.unreadable-'));
    assert.ok(kept, 'the folder is kept');
    assert.equal(readFileSync(join(dir, kept, 'mine.txt'), 'utf8'), 'user data');
    assert.ok(a.notices.some((n) => n.kind === 'lock' && n.message.includes(kept)));
    writeFileSync(`${path}.lock`, 'not a lock at all');
    a.apply({ kind: 'session', record: s('b') });
    assert.equal(a.flush(), true);
    a.close();
  });

  it('2. a lock held by a live process: flush() returns at once, close() keeps the change in a journal, the next open saves it', async () => {
    const holder = liveProcess();
    children.push(holder);
    writeFileSync(`${path}.lock`, `${holder.pid} ${Date.now()} theirs`);
    const a = open();
    a.apply({ kind: 'session', record: s('kept') });
    const t = performance.now();
    assert.equal(a.flush(), false);
    assert.ok(performance.now() - t < 1000, `flush() waited ${(performance.now() - t).toFixed(0)} ms`);
    const closed = a.close();
    assert.equal(closed.saved, false);
    assert.ok(closed.journal && existsSync(closed.journal), 'the change is kept beside the database');
    assert.ok(a.notices.some((n) => n.kind === 'journal-kept'));
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    const b = open();
    assert.equal(b.session('kept')?.id, 'kept', 'the journal is replayed on open');
    assert.ok(b.notices.some((n) => n.kind === 'journal-restored'));
    assert.equal(b.flush(), true);
    assert.equal(existsSync(closed.journal), false, 'the journal is removed once saved');
    b.close();
    const c = open();
    assert.equal(c.session('kept')?.id, 'kept');
    c.close();
  });

  it('3. a lock with a live pid and a future time is taken over after the lease, with a notice', async () => {
    const holder = liveProcess();
    children.push(holder);
    writeFileSync(`${path}.lock`, `${holder.pid} ${Date.now() + 3_600_000} skewed`);
    const a = open({ lockStaleMs: 300 });
    a.apply({ kind: 'session', record: s('skew') });
    assert.equal(a.flush(), false, 'not at once: the holder is alive');
    assert.equal(await a.flushAsync(10_000), true, 'taken over once watched for the lease');
    assert.ok(a.notices.some((n) => n.kind === 'lock' && /future/.test(n.message)));
    a.close();
    const b = open();
    assert.equal(b.session('skew')?.id, 'skew');
    b.close();
  });

  it('4. a writer stopped mid-save cannot rename over a newer file: both windows\' sessions survive', async () => {
    const w = startWriter(path, 'stalled', '1', 1, 'stall');
    while (!w.output().includes('stalling')) await new Promise((r) => setTimeout(r, 5));
    // The writer holds the lock and is frozen. This window takes the lock over after the lease and saves.
    const b = open({ lockStaleMs: 500 });
    b.apply({ kind: 'session', record: s('window-b') });
    assert.equal(await b.flushAsync(20_000), true);
    w.child.kill('SIGCONT');
    assert.equal(await w.exited, 0);
    b.close();
    const c = open();
    assert.deepEqual(c.sessions().map((x) => x.id).sort(), ['stalled-0', 'window-b']);
    c.close();
  });

  it('5. losing the moveAside race to another window opens what the winner left, no ENOENT', () => {
    writeFileSync(path, Buffer.from('garbage that is not a database'.repeat(100)));
    // The other window moves the damaged file first and saves a fresh database with its session.
    const a = open({
      beforeMoveAside: () => {
        fs.renameSync(path, `${path}.corrupt-by-other-window`);
        const other = StudyStore.open({ path, sql: SQL, flushDelayMs: 3_600_000 });
        other.apply({ kind: 'session', record: s('winner') });
        assert.equal(other.flush(), true);
        other.close();
      },
    });
    assert.equal(a.session('winner')?.id, 'winner');
    assert.ok(!a.notices.some((n) => n.kind === 'moved-aside'), 'the loser moves nothing');
    assert.ok(existsSync(`${path}.corrupt-by-other-window`));
    a.close();
    // And when the winner left no file at all, a fresh database starts.
    writeFileSync(path, Buffer.from('garbage'.repeat(300)));
    const b = open({ beforeMoveAside: () => fs.renameSync(path, `${path}.corrupt-2`) });
    assert.equal(b.sessions().length, 0);
    b.close();
  });

  it('6a. a read-only folder gives "not saved yet" mode with a notice, never a throw, and saving resumes by itself', async () => {
    const first = open();
    first.apply({ kind: 'session', record: s('before') });
    assert.equal(first.flush(), true);
    first.close();
    const restore = failFs(dir, 'EACCES', ['openSync', 'writeFileSync', 'linkSync']);
    let a: StudyStore;
    try {
      a = open({ flushDelayMs: 10 });
      assert.equal(a.mode, 'read-write');
      assert.match(a.status().problem ?? '', /cannot be written|EACCES/);
      assert.ok(a.notices.some((n) => n.kind === 'not-saved'));
      a.apply({ kind: 'session', record: s('while-read-only') });
      assert.equal(a.flush(), false);
      assert.equal(a.status().unsaved, 1);
    } finally {
      restore();
    }
    // The folder becomes writable again: the automatic retry saves without anyone calling flush.
    for (let i = 0; i < 400 && a.status().unsaved > 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(a.status().unsaved, 0, 'saved by the automatic retry');
    assert.ok(a.notices.some((n) => n.kind === 'saved-again'));
    a.close();
    const b = open();
    assert.deepEqual(b.sessions().map((x) => x.id).sort(), ['before', 'while-read-only']);
    b.close();
  });

  it('6b. a full disk: flush() and close() do not throw, and no temp or lock file is left', () => {
    const a = open();
    a.apply({ kind: 'session', record: s('x') });
    const restore = failFs(dir, 'ENOSPC', ['writeSync']);
    let closed;
    try {
      assert.equal(a.flush(), false);
      assert.match(a.status().problem ?? '', /ENOSPC/);
      closed = a.close();
    } finally {
      restore();
    }
    assert.equal(closed.saved, false);
    assert.equal(closed.lost, 1, 'the journal could not be written either, and the result says so');
    assert.ok(a.notices.some((n) => n.kind === 'changes-lost'));
    assert.deepEqual(readdirSync(dir).filter((f) => !f.startsWith('ml-reps.sqlite.mlreps-open-')), [], 'no temp file, no private lock file');
  });

  it('7. only the store\'s own temp names are cleaned up: a user\'s look-alike files are never deleted', () => {
    const dead = 2 ** 22 + 12345; // above Linux's default pid_max: never a live process
    const users = ['ml-reps.sqlite.2025.bak', 'ml-reps.sqlite.123.tmp', 'ml-reps.sqlite.lock.99999.abc', `ml-reps.sqlite.mlreps-tmp-${dead}-notours`];
    for (const f of users) writeFileSync(join(dir, f), 'mine');
    const ours = `ml-reps.sqlite.mlreps-tmp-${dead}-0123456789ab`;
    writeFileSync(join(dir, ours), 'left by a killed writer');
    open().close();
    for (const f of users) assert.ok(existsSync(join(dir, f)), `${f} was deleted`);
    assert.equal(existsSync(join(dir, ours)), false, 'the store\'s own leftover is removed');
  });

  it('8. a file changed since the last clean close gets the full integrity_check: a cut of one byte is found', () => {
    const a = open();
    a.applyAll(Array.from({ length: 3000 }, (_, i) => ({ kind: 'session' as const, record: s(`s${i}`, { start: T0 - i * 3_600_000, end: T0 - i * 3_600_000 + 600_000, note: 'n'.repeat(i % 50) }) })));
    assert.equal(a.flush(), true);
    a.close();
    const size = fs.statSync(path).size;
    truncateSync(path, size - 1);
    const b = open();
    assert.equal(b.notices[0]?.kind, 'moved-aside', 'the damage is reported, not 2,999 of 3,000 sessions shown');
    b.close();
  });

  describe('9. import refuses impossible data, naming the record, and applies nothing', () => {
    const cases: [string, unknown, RegExp][] = [
      ['a start of 1e300', exportOf([s('ok'), s('huge', { start: 1e300 })]), /sessions\[1\] \(id "huge"\): start is 1e\+300/],
      ['a start of -1e16', exportOf([s('neg', { start: -1e16 })]), /sessions\[0\] \(id "neg"\): start/],
      ['durationMs 1e999', exportOf([], { testRuns: [{ id: 'r1', problemId: 'p', at: T0, suite: 'all', passed: 1, total: 2, durationMs: 'INF', solved: false, error: null, checkId: null }] }), /testRuns\[0\] \(id "r1"\): durationMs must be a finite number/],
      ['a negative count', exportOf([], { testRuns: [{ id: 'r2', problemId: 'p', at: T0, suite: 'all', passed: -1, total: 2, durationMs: 5, solved: false, error: null, checkId: null }] }), /testRuns\[0\] \(id "r2"\): passed is -1/],
      ['a negative duration', exportOf([], { testRuns: [{ id: 'r3', problemId: 'p', at: T0, suite: 'all', passed: 1, total: 2, durationMs: -5, solved: false, error: null, checkId: null }] }), /durationMs is -5/],
      ['a session ending before it starts', exportOf([s('back', { end: T0 - 1 })]), /id "back"\): end is before start/],
      ['a 64 MB note', exportOf([s('big', { note: 'x'.repeat(64 << 20) })]), /id "big"\): note is 67108864 characters long/],
    ];
    for (const [name, data, error] of cases) {
      it(name, () => {
        const text = JSON.stringify(data).replace('"INF"', '1e999');
        const parsed = parseImport(text, T0);
        assert.equal(parsed.ok, false);
        assert.match((parsed as { error: string }).error, error);
        assert.match((parsed as { error: string }).error, /Nothing was imported/);
      });
    }

    it('100,000-deep nesting is refused without a stack overflow', async () => {
      const deep = '['.repeat(100_000) + ']'.repeat(100_000);
      const check = { id: 'deep', kind: 'coding', track: 'ds', seed: 1, draw: [], startedAt: T0, finishedAt: null, status: 'open', score: null, total: 1, elapsedMs: 0, state: 0, updatedAt: T0 };
      const text = JSON.stringify(exportOf([s('fine')], { checks: [check] })).replace('"state":0', `"state":${deep}`);
      const file = join(dir, 'deep.json');
      writeFileSync(file, text);
      const a = open();
      const r = await importFile(a, file, { now: T0 });
      assert.equal(r.ok, false);
      assert.match((r as { error: string }).error, /checks\[0\] \(id "deep"\): .*nested .*more than 32 levels/);
      assert.equal(a.sessions().length, 0, 'nothing applied, not even the valid session before it');
      a.close();
      const sync = parseImport(text, T0);
      assert.match((sync as { error: string }).error, /checks\[0\] \(id "deep"\): state is nested more than 32 levels deep/);
    });

    it('an updatedAt in the future is clamped to the import time, so later local edits still win', () => {
      const parsed = parseImport(JSON.stringify(exportOf([s('later', { updatedAt: T0 + 3_600_000 })])), T0);
      assert.ok(parsed.ok);
      assert.equal((parsed.changes[0].record as SessionRecord).updatedAt, T0);
    });
  });

  it('10. a large import runs off the host thread, with progress, and can be cancelled with nothing applied', async () => {
    const N = 20_000;
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(exportOf(Array.from({ length: N }, (_, i) => s(`big${i}`, { start: T0 - i * 3_600_000, end: T0 - i * 3_600_000 + 600_000 })))));
    const a = open();
    // Cancelled as soon as progress starts: nothing is applied.
    const signal = { aborted: false };
    const cancelled = await importFile(a, file, { now: T0, batch: 1000, signal, onProgress: () => (signal.aborted = true) });
    assert.equal(cancelled.ok, false);
    assert.equal((cancelled as { cancelled?: boolean }).cancelled, true);
    assert.equal(a.sessions().length, 0);
    // Run to the end while counting turns of the event loop in each phase: the host is free throughout.
    let turns = 0;
    let running = true;
    const spin = () => {
      turns++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    const phases: { phase: string; turns: number }[] = [];
    const r = await importFile(a, file, { now: T0, batch: 1000, onProgress: (p) => phases.push({ phase: p.phase, turns }) });
    running = false;
    assert.ok(r.ok);
    assert.equal(r.newSessions, N);
    assert.equal(a.sessions().length, N);
    const checking = phases.filter((p) => p.phase === 'checking');
    assert.ok(checking.length >= N / 1000, `checked in ${checking.length} reports`);
    const applying = phases.filter((p) => p.phase === 'applying');
    assert.ok(applying.length >= 1, 'applying reports progress');
    // Between the first report and the last the host's event loop kept turning (it never waited on the work).
    assert.ok(phases[phases.length - 1].turns - phases[0].turns >= phases.length, `the event loop turned ${phases[phases.length - 1].turns - phases[0].turns} times over ${phases.length} reports`);
    assert.ok(phases.some((p) => p.phase === 'saving'));
    a.close();
  });

  it('10b. a change made while an import is applied is kept on top of it, and both are saved', async () => {
    const file = join(dir, 'some.json');
    writeFileSync(file, JSON.stringify(exportOf(Array.from({ length: 3000 }, (_, i) => s(`imp${i}`, { start: T0 - (i + 1) * 3_600_000, end: T0 - (i + 1) * 3_600_000 + 600_000 })))));
    const a = open();
    a.apply({ kind: 'session', record: s('before', { start: T0 - 10 * 60_000, end: T0 - 5 * 60_000 }) });
    let made = false;
    const r = await importFile(a, file, {
      now: T0,
      onProgress: (p) => {
        // The user keeps working while the worker applies the file.
        if (p.phase === 'applying' && !made) {
          made = true;
          a.apply({ kind: 'session', record: s('during', { start: T0 - 4 * 60_000, end: T0 - 60_000 }) });
        }
      },
    });
    assert.ok(r.ok, JSON.stringify(r));
    assert.ok(made, 'a change was made during the import');
    const ids = new Set(a.sessions().map((x) => x.id));
    assert.ok(ids.has('before') && ids.has('during') && ids.has('imp0') && ids.has('imp2999'));
    assert.equal(await a.save(), true);
    a.close();
    const b = open();
    assert.equal(b.sessions().length, 3002, 'the file holds the import and both local sessions');
    b.close();
  });

  it('10c. an import whose apply step fails leaves the database as it was', async () => {
    const file = join(dir, 'fine.json');
    writeFileSync(file, JSON.stringify(exportOf([s('x1'), s('x2')])));
    const a = open();
    a.apply({ kind: 'session', record: s('mine') });
    assert.equal(a.flush(), true);
    // The worker's copy is refused when it is not the database handed over (a generation that does not match).
    const original = a.replaceInBackground.bind(a);
    a.replaceInBackground = (work) => original(async (bytes) => {
      const out = await work(bytes);
      const db = new SQL.Database(out);
      db.run("UPDATE store_meta SET value = 999999 WHERE key = 'generation'");
      const bad = db.export();
      db.close();
      return bad;
    });
    const r = await importFile(a, file, { now: T0 });
    assert.equal(r.ok, false);
    assert.match((r as { error: string }).error, /Nothing was imported/);
    assert.deepEqual(a.sessions().map((x) => x.id), ['mine']);
    a.close();
    const b = open();
    assert.deepEqual(b.sessions().map((x) => x.id), ['mine'], 'the file is untouched');
    b.close();
  });
});
