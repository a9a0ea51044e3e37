import * as assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import type { SessionRecord } from '../../src/core/store/records';
import { StudyStore } from '../../src/core/store/studyStore';
import { changeLine, headerLine, isLogFile } from '../../src/core/sync/logFormat';
import { describeSync, SyncEngine } from '../../src/core/sync/syncEngine';
import { sqlJs } from '../support/store';

const T0 = Date.UTC(2026, 2, 2, 9);
const NOW = T0 + 86_400_000;
const rec = (id: string, over: Partial<SessionRecord> = {}): SessionRecord => ({ id, category: 'iss.problemSets', start: T0, end: T0 + 1_800_000, source: 'timer', problemId: null, note: null, updatedAt: T0, deleted: false, ...over });

describe('sync through a shared folder: merge rules', () => {
  let SQL: SqlJsStatic;
  let dir: string;
  let folder: string;
  const stores: StudyStore[] = [];
  const engines: SyncEngine[] = [];
  before(async () => (SQL = await sqlJs()));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlreps-sync-'));
    folder = join(dir, 'Dropbox', 'ml-reps');
    mkdirSync(folder, { recursive: true });
  });
  afterEach(() => {
    for (const e of engines.splice(0)) e.dispose();
    for (const s of stores.splice(0)) s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A machine: its own database, and sync on the shared folder. */
  function machine(id: string, extra: { compactBytes?: number; folder?: string } = {}) {
    const store = StudyStore.open({ path: join(dir, `${id}.sqlite`), sql: SQL, flushDelayMs: 3_600_000, origin: id, now: () => NOW });
    const engine = new SyncEngine({ folder: extra.folder ?? folder, machineId: id, store, now: () => NOW, compactBytes: extra.compactBytes, batch: 7 });
    stores.push(store);
    engines.push(engine);
    return { store, engine, log: () => readFileSync(join(extra.folder ?? folder, `${id}.mlreps.jsonl`), 'utf8') };
  }
  const state = (store: StudyStore) => store.sessions({ includeDeleted: true }).map((s) => `${s.id}:${s.note}:${s.updatedAt}:${s.deleted}`).sort();

  it('carries a session from one machine to another, and never writes it into the receiver\'s log', async () => {
    const a = machine('laptop-a1');
    const b = machine('desktop-b2');
    await a.engine.start();
    await b.engine.start();
    a.store.apply({ kind: 'session', record: rec('s1', { note: 'from laptop' }) });
    await b.engine.syncNow();
    assert.equal(b.store.session('s1')?.note, 'from laptop');
    b.store.apply({ kind: 'session', record: rec('s2') });
    await b.engine.syncNow();
    assert.ok(!b.log().includes('"s1"'), 'a merged record is not published again by the receiver');
    assert.ok(b.log().includes('"s2"'));
    await a.engine.syncNow();
    assert.deepEqual(state(a.store), state(b.store));
    const status = a.engine.status();
    assert.deepEqual(status.otherMachines, ['desktop-b2']);
    assert.match(describeSync(status, (status.lastChangeAt ?? 0) + 3 * 60_000), /^Synced with 1 other machine, last change 3 min ago\.$/);
  });

  it('last updatedAt wins whichever order the machines sync in; an older edit never overwrites a newer one', async () => {
    const a = machine('aa-machine');
    const b = machine('bb-machine');
    await a.engine.start();
    await b.engine.start();
    a.store.apply({ kind: 'session', record: rec('x', { note: 'v1', updatedAt: T0 + 1 }) });
    await b.engine.syncNow();
    b.store.apply({ kind: 'session', record: rec('x', { note: 'v3 newer', updatedAt: T0 + 3 }) });
    a.store.apply({ kind: 'session', record: rec('x', { note: 'v2 older', updatedAt: T0 + 2 }) });
    await a.engine.syncNow();
    await b.engine.syncNow();
    assert.equal(a.store.session('x')?.note, 'v3 newer');
    assert.equal(b.store.session('x')?.note, 'v3 newer');
  });

  it('breaks a tie of equal updatedAt by machine id, the same on every machine', async () => {
    const a = machine('aa-machine');
    const b = machine('bb-machine');
    await a.engine.start();
    await b.engine.start();
    a.store.apply({ kind: 'session', record: rec('t', { note: 'by a', updatedAt: T0 + 5 }) });
    b.store.apply({ kind: 'session', record: rec('t', { note: 'by b', updatedAt: T0 + 5 }) });
    await a.engine.syncNow();
    await b.engine.syncNow();
    assert.equal(a.store.session('t')?.note, 'by b', 'the greater machine id wins on a');
    assert.equal(b.store.session('t')?.note, 'by b', 'and on b');
  });

  it('deletes travel as tombstones, and a later edit elsewhere does not resurrect an older state', async () => {
    const a = machine('aa-machine');
    const b = machine('bb-machine');
    await a.engine.start();
    await b.engine.start();
    a.store.apply({ kind: 'session', record: rec('d', { updatedAt: T0 + 1 }) });
    await b.engine.syncNow();
    a.store.apply({ kind: 'session', record: rec('d', { updatedAt: T0 + 2, deleted: true }) });
    await b.engine.syncNow();
    assert.equal(b.store.sessions().length, 0);
    assert.equal(b.store.session('d')?.deleted, true);
    assert.equal(b.store.dailyTotals().length, 0, 'the deleted session no longer counts');
  });

  it('merging the same files again changes nothing', async () => {
    const a = machine('aa-machine');
    const b = machine('bb-machine');
    await a.engine.start();
    for (let i = 0; i < 40; i++) a.store.apply({ kind: 'session', record: rec(`m${i}`, { start: T0 - i * 3_600_000, end: T0 - i * 3_600_000 + 60_000 }) });
    await b.engine.start();
    const before = state(b.store);
    const unsaved = b.store.status().unsaved;
    const logBefore = existsSync(join(folder, 'bb-machine.mlreps.jsonl')) ? b.log() : '';
    // A fresh reader of the same files (as after a restart) merges them all again.
    const again = new SyncEngine({ folder, machineId: 'bb-machine', store: b.store, now: () => NOW });
    engines.push(again);
    await again.syncNow();
    await b.engine.syncNow();
    assert.deepEqual(state(b.store), before);
    assert.equal(before.length, 40);
    assert.equal(existsSync(join(folder, 'bb-machine.mlreps.jsonl')) ? b.log() : '', logBefore, 'nothing new published');
    assert.ok(b.store.status().unsaved >= unsaved);
  });

  it('ignores a trailing partial line until it is complete', async () => {
    const b = machine('bb-machine');
    const file = join(folder, 'cc-machine.mlreps.jsonl');
    const line3 = changeLine({ kind: 'session', record: rec('p3') });
    writeFileSync(file, [headerLine({ machine: 'cc-machine', epoch: 'e1' }), changeLine({ kind: 'session', record: rec('p1') }), changeLine({ kind: 'session', record: rec('p2') }), line3.slice(0, 25)].join('\n'));
    await b.engine.start();
    assert.deepEqual(b.store.sessions().map((s) => s.id).sort(), ['p1', 'p2']);
    assert.deepEqual(b.engine.status().warnings, [], 'a partial line is not malformed, just not there yet');
    appendFileSync(file, `${line3.slice(25)}\n`);
    await b.engine.syncNow();
    assert.deepEqual(b.store.sessions().map((s) => s.id).sort(), ['p1', 'p2', 'p3']);
  });

  it('skips malformed lines and impossible data with a warning naming file and line, and merges the rest', async () => {
    const b = machine('bb-machine');
    const name = 'cc-machine.mlreps.jsonl';
    writeFileSync(
      join(folder, name),
      [
        headerLine({ machine: 'cc-machine', epoch: 'e1' }),
        changeLine({ kind: 'session', record: rec('good1') }),
        '{"k":"session","r":{"id":"torn"',
        changeLine({ kind: 'session', record: rec('bad-start', { start: 1e300 }) }),
        '{"k":"not-a-kind","r":{}}',
        changeLine({ kind: 'session', record: rec('good2') }),
      ].join('\n') + '\n',
    );
    const status = await b.engine.start();
    assert.deepEqual(b.store.sessions().map((s) => s.id).sort(), ['good1', 'good2']);
    assert.equal(status.warnings.length, 3);
    assert.match(status.warnings[0], /^cc-machine\.mlreps\.jsonl line 3: not valid JSON/);
    assert.match(status.warnings[1], /^cc-machine\.mlreps\.jsonl line 4 \(id "bad-start"\): start is 1e\+300/);
    assert.match(status.warnings[2], /^cc-machine\.mlreps\.jsonl line 5: not an ML Reps change/);
  });

  it('merges a conflict copy like any other file and never deletes it', async () => {
    const b = machine('bb-machine');
    const copies = ['cc-machine (conflicted copy 2026-03-02).mlreps.jsonl', 'cc-machine.mlreps.sync-conflict-20260302-101010-ABCDEF.jsonl'];
    copies.forEach((name, i) => writeFileSync(join(folder, name), `${headerLine({ machine: 'cc-machine', epoch: `e${i}` })}\n${changeLine({ kind: 'session', record: rec(`copy${i}`) })}\n`));
    assert.ok(copies.every(isLogFile));
    assert.equal(isLogFile('.cc-machine.mlreps.jsonl.tmp-1234'), false, 'temp files are not logs');
    await b.engine.start();
    assert.deepEqual(b.store.sessions().map((s) => s.id).sort(), ['copy0', 'copy1']);
    for (const name of copies) assert.ok(existsSync(join(folder, name)));
    assert.deepEqual(b.engine.status().otherMachines, ['cc-machine']);
  });

  it('publishes records made before sync was set up, once', async () => {
    const a = machine('aa-machine');
    a.store.apply({ kind: 'session', record: rec('old1') }, { kind: 'testRun', record: { id: 'run1', problemId: 'p', at: T0, suite: 'all', passed: 3, total: 3, durationMs: 10, solved: true, error: null, checkId: null } });
    a.store.apply({ kind: 'preference', record: { key: 'timer.active', value: { running: true }, updatedAt: T0 } });
    await a.engine.start();
    const first = a.log();
    assert.ok(first.includes('"old1"') && first.includes('"run1"'));
    assert.ok(!first.includes('timer.active'), 'this machine\'s running timer is not shared');
    await a.engine.syncNow();
    assert.equal(a.log(), first, 'not published twice');
  });

  it('compacts its own log atomically: each record once at its latest version, and a reader mid-way loses nothing', async () => {
    const a = machine('aa-machine', { compactBytes: 4000 });
    const b = machine('bb-machine');
    await a.engine.start();
    for (let v = 1; v <= 30; v++) a.store.apply({ kind: 'session', record: rec('edited', { note: `v${v}`, updatedAt: T0 + v }) });
    a.store.apply({ kind: 'session', record: rec('gone', { updatedAt: T0 + 1 }) });
    a.store.apply({ kind: 'session', record: rec('gone', { updatedAt: T0 + 2, deleted: true }) });
    // b reads the log as it is, then a compacts, then b reads again.
    await b.engine.syncNow();
    const seen = state(b.store);
    const sizeBefore = statSync(join(folder, 'aa-machine.mlreps.jsonl')).size;
    assert.ok(sizeBefore > 4000);
    await a.engine.syncNow();
    const compacted = a.log().trim().split('\n');
    assert.ok(statSync(join(folder, 'aa-machine.mlreps.jsonl')).size < sizeBefore);
    assert.equal(compacted.length, 3, 'a header and two records');
    assert.match(compacted[1] + compacted[2], /"v30"/);
    assert.match(compacted[1] + compacted[2], /"deleted":true/);
    assert.deepEqual(readdirSync(folder).sort(), ['aa-machine.mlreps.jsonl'], 'no temp file left; the old log is gone');
    a.store.apply({ kind: 'session', record: rec('after', { updatedAt: T0 + 40 }) });
    await b.engine.syncNow();
    for (const s of seen) assert.ok(state(b.store).includes(s), `${s} went missing`);
    assert.deepEqual(state(b.store), state(a.store));
  });

  it('says why not when the folder is missing, and recovers when it appears', async () => {
    const missing = join(dir, 'not-yet');
    const a = machine('aa-machine', { folder: missing });
    const status = await a.engine.start();
    assert.equal(status.state, 'folder-missing');
    assert.match(describeSync(status, NOW), /Not syncing: the sync folder is missing/);
    a.store.apply({ kind: 'session', record: rec('while-missing') });
    mkdirSync(missing);
    const again = await a.engine.syncNow();
    assert.equal(again.state, 'ok');
    assert.match(readFileSync(join(missing, 'aa-machine.mlreps.jsonl'), 'utf8'), /while-missing/, 'published once the folder is back');
  });
});
