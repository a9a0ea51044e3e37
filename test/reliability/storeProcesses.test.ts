import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { StudyStore } from '../../src/core/store/studyStore';
import { sqlJs } from '../support/store';
import { startWriter } from './writerProcess';

describe('store reliability across processes', function () {
  this.timeout(600_000);
  let SQL: SqlJsStatic;
  let dir: string;
  before(async () => (SQL = await sqlJs()));
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlreps-rel-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('survives kill -9 after the Nth save, N spread over the whole run: the file always opens and every flushed session is there', async () => {
    const path = join(dir, 'ml-reps.sqlite');
    const ROUNDS = 30;
    let saves = 0;
    let expected = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Kill after the Nth "flushed" line, N cycling 1..12 so kills land early and late in a writer's run; the
      // file grows round after round, so they also land on small and large files. Counted, not timed.
      const n = 1 + ((round * 5) % 12);
      expected += n;
      const w = startWriter(path, `r${round}`, 'forever');
      while ((w.output().match(/flushed /g) ?? []).length < n) {
        const code = await Promise.race([w.exited, new Promise((r) => setTimeout(() => r('wait'), 5))]);
        assert.equal(code, 'wait', `round ${round}: the writer exited early`);
      }
      w.child.kill('SIGKILL');
      await w.exited;
      const flushed = [...w.output().matchAll(/flushed (\d+)/g)].map((m) => `r${round}-${m[1]}`);
      assert.ok(flushed.length >= n, `round ${round}: killed after ${flushed.length} saves, expected ${n}`);
      saves += flushed.length;
      const store = StudyStore.open({ path, sql: SQL, flushDelayMs: 60_000 });
      assert.deepEqual(store.notices, [], `round ${round}: the file did not open cleanly`);
      const ids = new Set(store.sessions().map((s) => s.id));
      for (const id of flushed) assert.ok(ids.has(id), `round ${round}: flushed session ${id} is missing`);
      store.close();
    }
    assert.ok(saves >= expected && expected >= ROUNDS * 6, `the writers saved ${saves} times, at least ${expected} expected`);
    // Killed writers leave at most their lock (their process is gone); temp files and open marks are cleaned on
    // open, and the next save takes that lock over and leaves nothing behind but the clean-close mark.
    assert.deepEqual(readdirSync(dir).filter((f) => !['ml-reps.sqlite', 'ml-reps.sqlite.lock', 'ml-reps.sqlite.mlreps-clean'].includes(f)), [], 'temp files of killed writers are cleaned up on open');
    const next = StudyStore.open({ path, sql: SQL, flushDelayMs: 60_000 });
    next.apply({ kind: 'preference', record: { key: 'after', value: true, updatedAt: 1 } });
    assert.equal(next.flush(), true, 'the next save takes over a stale lock');
    next.close();
    assert.deepEqual(readdirSync(dir).sort(), ['ml-reps.sqlite', 'ml-reps.sqlite.mlreps-clean']);
  });

  it('two writer processes writing 1,000 sessions each at the same time end with exactly 2,000', async () => {
    const path = join(dir, 'ml-reps.sqlite');
    const a = startWriter(path, 'a', '1000', 1);
    const b = startWriter(path, 'b', '1000', 1);
    assert.deepEqual(await Promise.all([a.exited, b.exited]), [0, 0]);
    const store = StudyStore.open({ path, sql: SQL });
    const ids = store.sessions().map((s) => s.id);
    assert.equal(ids.length, 2000);
    assert.equal(new Set(ids).size, 2000);
    assert.equal(ids.filter((id) => id.startsWith('a-')).length, 1000);
    store.close();
  });

  describe('bad files are moved aside or left untouched, and reported', () => {
    const cases: [string, () => Buffer][] = [
      ['a zero-byte file', () => Buffer.alloc(0)],
      ['random garbage', () => Buffer.from(Array.from({ length: 8192 }, () => Math.floor(Math.random() * 256)))],
      ['a truncated database', () => Buffer.alloc(0)], // replaced below with a real truncated file
    ];
    for (const [name, make] of cases) {
      it(`${name} is moved aside, kept byte for byte, and a fresh database starts`, () => {
        const path = join(dir, 'ml-reps.sqlite');
        let content = make();
        if (name === 'a truncated database') {
          const good = StudyStore.open({ path, sql: SQL });
          for (let i = 0; i < 200; i++) good.apply({ kind: 'session', record: { id: `s${i}`, category: 'iss.problemSets', start: i * 1e6, end: i * 1e6 + 1000, source: 'auto', problemId: null, note: 'x'.repeat(200), updatedAt: 1, deleted: false } });
          good.close();
          content = readFileSync(path).subarray(0, 6000);
        }
        writeFileSync(path, content);
        const store = StudyStore.open({ path, sql: SQL });
        assert.equal(store.notices.length, 1);
        assert.equal(store.notices[0].kind, 'moved-aside');
        const aside = store.notices[0].path!;
        assert.ok(readFileSync(aside).equals(content), 'the bad file is kept unchanged');
        assert.match(store.notices[0].message, /kept as .*ml-reps\.sqlite\.corrupt-/);
        assert.equal(store.sessions().length, 0);
        store.apply({ kind: 'preference', record: { key: 'k', value: 1, updatedAt: 1 } });
        assert.equal(store.flush(), true);
        store.close();
        assert.ok(existsSync(aside), 'never deleted');
      });
    }

    it('a newer-version file is left untouched and opened read-only', () => {
      const path = join(dir, 'ml-reps.sqlite');
      const db = new SQL.Database();
      db.run('CREATE TABLE future (x); PRAGMA user_version = 42;');
      writeFileSync(path, db.export());
      db.close();
      const before = readFileSync(path);
      const store = StudyStore.open({ path, sql: SQL });
      assert.equal(store.mode, 'read-only');
      assert.match(store.notices[0].message, /newer version of ML Reps/);
      assert.equal(store.apply({ kind: 'preference', record: { key: 'k', value: 1, updatedAt: 1 } }), false, 'changes are refused');
      store.close();
      assert.ok(readFileSync(path).equals(before));
      assert.deepEqual(readdirSync(dir), ['ml-reps.sqlite']);
    });
  });
});
