/**
 * A machine for the sync reliability test (not a test file itself): its own database and its own copy of the
 * sync folder, writing sessions with edits (its own and other machines') and deletes, syncing as it goes.
 *   node syncWriter.js <db> <folder> <machine-id> <count>
 */
import { StudyStore } from '../../src/core/store/studyStore';
import { SyncEngine } from '../../src/core/sync/syncEngine';
import { sqlJs } from '../support/store';

async function main(): Promise<void> {
  const [db, folder, machine, countArg] = process.argv.slice(2);
  const count = Number(countArg);
  const store = StudyStore.open({ path: db, sql: await sqlJs(), flushDelayMs: 300, origin: machine });
  // A small threshold, so that each machine compacts its log several times during the run.
  const engine = new SyncEngine({ folder, machineId: machine, store, compactBytes: 48 * 1024 });
  await engine.start();
  let seed = [...machine].reduce((a, c) => a * 31 + c.charCodeAt(0), 7) >>> 0;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const day = Date.UTC(2026, 0, 1);
  for (let i = 0; i < count; i++) {
    const start = day + i * 3_600_000 + Math.floor(rnd() * 600_000);
    store.apply({ kind: 'session', record: { id: `${machine}-${i}`, category: 'iss.problemSets', start, end: start + 1_200_000, source: 'timer', problemId: null, note: null, updatedAt: Date.now(), deleted: false } });
    if (i % 7 === 6) {
      const s = store.session(`${machine}-${Math.floor(rnd() * i)}`);
      if (s) store.apply({ kind: 'session', record: { ...s, note: `${machine} edit ${i}`, updatedAt: Date.now() } });
    }
    if (i % 11 === 10) {
      // Another machine's session, as merged here: editing it makes this machine its owner.
      const other = store.query('SELECT id FROM sessions WHERE origin != ? ORDER BY id LIMIT 1 OFFSET ?', [machine, Math.floor(rnd() * 50)])[0]?.[0] as string | undefined;
      const s = other ? store.session(other) : undefined;
      if (s) store.apply({ kind: 'session', record: { ...s, note: `${machine} edits ${s.id}`, updatedAt: Date.now() } });
    }
    if (i % 13 === 12) {
      const s = store.session(`${machine}-${Math.floor(rnd() * i)}`);
      if (s) store.apply({ kind: 'session', record: { ...s, deleted: true, updatedAt: Date.now() } });
    }
    if (i % 50 === 49) await engine.syncNow();
    if (i % 10 === 9) await new Promise((r) => setTimeout(r, 1));
  }
  await engine.syncNow();
  while (!(await store.save())) {
    // The lock is ours alone here; a failed save is retried.
  }
  engine.dispose();
  store.close();
  process.stdout.write('done\n');
}

void main();
