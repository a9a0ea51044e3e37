import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { StudyStore } from '../../src/core/store/studyStore';
import { SyncEngine } from '../../src/core/sync/syncEngine';
import { sqlJs } from '../support/store';

const MACHINES = ['alpha-01', 'bravo-02', 'charlie-03'];
const COUNT = 1000;
const writer = join(__dirname, 'syncWriter.js');

/**
 * A simulated sync tool between per-machine copies of the folder: it copies each machine's log to the others
 * late (one pair per tick), sometimes in two parts with the first cut mid-line, and once leaves a conflict copy.
 */
class FakeSyncTool {
  private tick = 0;
  private readonly partial = new Map<string, Buffer>();
  conflictCopies = 0;
  constructor(private readonly folders: Map<string, string>) {}

  /** One tick; returns whether every copy is already identical to its source. */
  step(): boolean {
    this.tick++;
    let settled = true;
    const pairs: [string, string][] = [];
    for (const m of MACHINES) for (const n of MACHINES) if (m !== n) pairs.push([m, n]);
    pairs.forEach(([m, n], index) => {
      const src = join(this.folders.get(m)!, `${m}.mlreps.jsonl`);
      const dst = join(this.folders.get(n)!, `${m}.mlreps.jsonl`);
      if (!existsSync(src)) return;
      const content = readFileSync(src);
      const current = existsSync(dst) ? readFileSync(dst) : undefined;
      if (current?.equals(content)) return;
      settled = false;
      if (this.tick % pairs.length !== index % 3) return; // late: not every pair on every tick
      const key = `${m}>${n}`;
      const pending = this.partial.get(key);
      if (pending) {
        writeFileSync(dst, pending);
        this.partial.delete(key);
      } else if (this.tick % 4 === 0 && content.length > 200) {
        // A partial delivery: the first part ends mid-line; the rest comes on a later tick.
        const cut = content.indexOf(0x0a, Math.floor(content.length * 0.6)) + 5;
        if (cut > 5 && cut < content.length) {
          writeFileSync(dst, content.subarray(0, cut));
          this.partial.set(key, content);
        } else writeFileSync(dst, content);
      } else writeFileSync(dst, content);
      if (this.conflictCopies === 0 && this.tick > 60 && m === MACHINES[0]) {
        writeFileSync(join(this.folders.get(n)!, `${m} (conflicted copy).mlreps.jsonl`), content);
        this.conflictCopies++;
      }
    });
    return settled && this.partial.size === 0;
  }
}

describe('sync across machines through a folder-sync tool', function () {
  this.timeout(600_000);
  let SQL: SqlJsStatic;
  let dir: string;
  before(async () => (SQL = await sqlJs()));
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlreps-syncrel-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('three machines writing 1,000 sessions each with edits and deletes end with identical databases, no duplicate, no lost edit', async () => {
    const folders = new Map(MACHINES.map((m) => [m, join(dir, `folder-${m}`)]));
    for (const f of folders.values()) mkdirSync(f);
    const db = (m: string) => join(dir, `${m}.sqlite`);
    const tool = new FakeSyncTool(folders);
    const children = MACHINES.map((m) => {
      const child = spawn(process.execPath, [writer, db(m), folders.get(m)!, m, String(COUNT)], { stdio: ['ignore', 'pipe', 'inherit'] });
      return new Promise<number | null>((resolve) => child.on('exit', resolve));
    });
    let running = true;
    void Promise.all(children).then(() => (running = false));
    while (running) {
      tool.step();
      await new Promise((r) => setTimeout(r, 15));
    }
    assert.deepEqual(await Promise.all(children), [0, 0, 0]);

    // Each machine keeps syncing until the tool has delivered everything and nothing new is published.
    const open = (m: string) => StudyStore.open({ path: db(m), sql: SQL, flushDelayMs: 3_600_000, origin: m });
    for (let round = 0; round < 4; round++) {
      for (let t = 0; t < 500 && !tool.step(); t++);
      assert.ok(tool.step(), 'the sync tool settles');
      for (const m of MACHINES) {
        const store = open(m);
        const engine = new SyncEngine({ folder: folders.get(m)!, machineId: m, store });
        const status = await engine.start();
        assert.equal(status.state, 'ok');
        assert.equal(await store.save(), true);
        engine.dispose();
        store.close();
      }
    }
    assert.equal(tool.conflictCopies, 1);
    const copies = [...folders.values()].filter((f) => readdirSync(f).includes(`${MACHINES[0]} (conflicted copy).mlreps.jsonl`));
    assert.equal(copies.length, 1, 'the conflict copy is never deleted');

    // What every machine must hold: per record, the last version in any machine's log (ties by machine id).
    const expected = new Map<string, { updatedAt: number; machine: string; line: string }>();
    for (const m of MACHINES) {
      const lines = readFileSync(join(folders.get(m)!, `${m}.mlreps.jsonl`), 'utf8').trim().split('\n').slice(1);
      for (const line of lines) {
        const { r } = JSON.parse(line) as { r: { id: string; updatedAt: number; note: string | null; deleted: boolean } };
        const best = expected.get(r.id);
        if (!best || r.updatedAt > best.updatedAt || (r.updatedAt === best.updatedAt && m >= best.machine)) expected.set(r.id, { updatedAt: r.updatedAt, machine: m, line: `${r.id}:${r.note}:${r.updatedAt}:${r.deleted}` });
      }
    }
    const want = [...expected.values()].map((e) => e.line).sort();
    const states = MACHINES.map((m) => {
      const store = open(m);
      const rows = store.sessions({ includeDeleted: true }).map((s) => `${s.id}:${s.note}:${s.updatedAt}:${s.deleted}`).sort();
      store.close();
      return rows;
    });
    assert.equal(want.length, MACHINES.length * COUNT, 'every session is in some log, once');
    for (const [i, rows] of states.entries()) {
      assert.equal(rows.length, MACHINES.length * COUNT, `${MACHINES[i]} holds every session exactly once`);
      assert.deepEqual(rows, want, `${MACHINES[i]} holds the last edit of every session`);
    }
    const deleted = want.filter((l) => l.endsWith(':true')).length;
    const crossEdits = want.filter((l) => / edits /.test(l)).length;
    assert.ok(deleted > 100 && crossEdits > 20, `the run exercised deletes (${deleted}) and cross-machine edits (${crossEdits})`);

    // Merging again changes nothing: not the databases, not the logs.
    const logs = MACHINES.map((m) => readFileSync(join(folders.get(m)!, `${m}.mlreps.jsonl`), 'utf8'));
    for (const [i, m] of MACHINES.entries()) {
      const store = open(m);
      const engine = new SyncEngine({ folder: folders.get(m)!, machineId: m, store });
      await engine.start();
      assert.deepEqual(store.sessions({ includeDeleted: true }).map((s) => `${s.id}:${s.note}:${s.updatedAt}:${s.deleted}`).sort(), states[i]);
      assert.equal(readFileSync(join(folders.get(m)!, `${m}.mlreps.jsonl`), 'utf8'), logs[i], `${m}'s log is unchanged`);
      engine.dispose();
      store.close();
    }
  });
});
