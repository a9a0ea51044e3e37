/**
 * A separate writer process for the store reliability tests (not a test file itself).
 *   node storeWriter.js <db> <prefix> <count|forever> <flushEvery> [stall]
 * Prints "flushed <n>" after each save that succeeded, so the parent knows what must survive a kill -9.
 * With "stall", the first save stops itself (SIGSTOP) after writing its temp file and before the fencing check
 * and rename, printing "stalling" first: a writer frozen mid-save while holding the lock.
 */
import { StudyStore } from '../../src/core/store/studyStore';
import { sqlJs } from '../support/store';

async function main(): Promise<void> {
  const [path, prefix, countArg, flushEveryArg, mode] = process.argv.slice(2);
  const count = countArg === 'forever' ? Infinity : Number(countArg);
  const flushEvery = Number(flushEveryArg || 1);
  let stalled = false;
  const store = StudyStore.open({
    path,
    sql: await sqlJs(),
    flushDelayMs: 3_600_000,
    beforeRename:
      mode === 'stall'
        ? () => {
            if (stalled) return;
            stalled = true;
            process.stdout.write('stalling\n');
            process.kill(process.pid, 'SIGSTOP');
          }
        : undefined,
  });
  process.stdout.write('ready\n');
  const t0 = new Date(2026, 0, 1, 8).getTime();
  for (let i = 0; i < count; i++) {
    const start = t0 + i * 7 * 60_000;
    store.apply({
      kind: 'session',
      record: { id: `${prefix}-${i}`, category: 'iss.problemSets', start, end: start + 5 * 60_000, source: 'auto', problemId: null, note: null, updatedAt: start, deleted: false },
    });
    if ((i + 1) % flushEvery === 0) {
      while (!(await store.flushAsync(60_000))) {
        // The other writer holds the lock: wait again (asynchronously).
      }
      process.stdout.write(`flushed ${i}\n`);
    }
  }
  while (!(await store.flushAsync(60_000))) {
    // Retry until saved.
  }
  process.stdout.write('done\n');
  store.close();
}

void main();
