/**
 * A separate writer process for the store reliability tests (not a test file itself).
 *   node storeWriter.js <db> <prefix> <count|forever> <flushEvery>
 * Prints "flushed <n>" after each save that succeeded, so the parent knows what must survive a kill -9.
 */
import { StudyStore } from '../../src/core/store/studyStore';
import { sqlJs } from '../support/store';

async function main(): Promise<void> {
  const [path, prefix, countArg, flushEveryArg] = process.argv.slice(2);
  const count = countArg === 'forever' ? Infinity : Number(countArg);
  const flushEvery = Number(flushEveryArg || 1);
  const store = StudyStore.open({ path, sql: await sqlJs(), flushDelayMs: 3_600_000 });
  process.stdout.write('ready\n');
  const t0 = new Date(2026, 0, 1, 8).getTime();
  for (let i = 0; i < count; i++) {
    const start = t0 + i * 7 * 60_000;
    store.apply({
      kind: 'session',
      record: { id: `${prefix}-${i}`, category: 'iss.problemSets', start, end: start + 5 * 60_000, source: 'auto', problemId: null, note: null, updatedAt: start, deleted: false },
    });
    if ((i + 1) % flushEvery === 0) {
      while (!store.flush()) {
        // The other writer holds the lock: retry.
      }
      process.stdout.write(`flushed ${i}\n`);
    }
  }
  while (!store.flush()) {
    // Retry until saved.
  }
  process.stdout.write('done\n');
  store.close();
}

void main();
