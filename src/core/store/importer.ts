import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportHostMessage, ImportWorkerData, ImportWorkerMessage } from './importWorker';
import { sqlJsDir } from './sqlJsLoader';
import type { StudyStore } from './studyStore';

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'applying' | 'saving';
  /** Records done in this phase, of `total` (0 while the total is not known). */
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  /** Cancels while reading and checking (nothing applied). Once applying has begun the import finishes. */
  signal?: { readonly aborted: boolean };
  now?: number;
  /** Records per progress report while checking. */
  batch?: number;
  /**
   * Runs once every record is checked, before the new database is written (the caller's backup). The store's lock
   * is held meanwhile, so the file on disk is the database as it was; a save attempted here waits for the import.
   */
  beforeApply?: () => void;
}

export type ImportResult =
  | { ok: true; counts: Record<string, number>; newSessions: number; saved: boolean }
  | { ok: false; error: string; cancelled?: boolean };

/**
 * Imports an export file without blocking the host. Worker threads read, parse and check the file and apply it,
 * batch by batch as it is checked, to a copy of the database taken under the store's lock, and hand the result
 * back; a bad record anywhere rejects the whole file and the copy is thrown away. The store saves the result as its
 * next version and carries on from it, with any change made meanwhile applied again on top. The caller backs up
 * the database before the result is written (`beforeApply`).
 */
export async function importFile(store: StudyStore, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const now = options.now ?? Date.now();
  const batch = options.batch ?? 2000;
  const report = options.onProgress ?? (() => undefined);
  const cancelled = { ok: false as const, error: 'The import was cancelled; nothing was imported.', cancelled: true };
  const wasmDir = sqlJsDir();
  if (!wasmDir) return { ok: false, error: 'The SQLite engine is not loaded, so nothing was imported.' };
  if (store.mode !== 'read-write') return { ok: false, error: 'The ML Reps database is read-only, so nothing was imported.' };
  report({ phase: 'reading', done: 0, total: 0 });

  const data: ImportWorkerData = { file, now, wasmDir, origin: store.origin, batch };
  const worker = new Worker(join(__dirname, 'importWorker.js'), { workerData: data });
  // Every message from the worker, in order; `next` waits for the next one that is not progress.
  const queue: ImportWorkerMessage[] = [];
  let wake: (() => void) | undefined;
  let ended: string | undefined;
  worker.on('message', (m: ImportWorkerMessage) => {
    if (m.type === 'progress') report({ phase: m.phase, done: m.done, total: m.total });
    else queue.push(m);
    wake?.();
  });
  worker.on('error', (err) => {
    ended = `Cannot read ${file} (${err.message}).`;
    wake?.();
  });
  worker.on('exit', () => {
    ended ??= `Cannot read ${file}: the import stopped early.`;
    wake?.();
  });
  const next = async (cancellable: boolean): Promise<ImportWorkerMessage | 'cancelled'> => {
    for (;;) {
      if (cancellable && options.signal?.aborted) return 'cancelled';
      const m = queue.shift();
      if (m) return m;
      if (ended) return { type: 'error', error: ended };
      // Woken by the worker, or after a while to look at the cancel signal again.
      await new Promise<void>((r) => {
        const t = setTimeout(r, 50);
        wake = () => {
          clearTimeout(t);
          r();
        };
      });
      wake = undefined;
    }
  };

  try {
    let newSessions = 0;
    let counts: Record<string, number> = {};
    let failure: ImportResult | undefined;
    // The copy is taken under the lock while the worker reads, so records are applied to it as they are checked.
    const saved = await store.replaceInBackground(async (bytes) => {
      worker.postMessage({ type: 'apply', bytes }, [bytes.buffer as ArrayBuffer]);
      const checked = await next(true);
      if (checked === 'cancelled') {
        failure = cancelled;
        return undefined;
      }
      if (checked.type !== 'checked') {
        failure = { ok: false, error: checked.type === 'error' ? checked.error : 'The import stopped unexpectedly; nothing was imported.' };
        return undefined;
      }
      counts = checked.counts;
      // Every record is checked: the file on disk is still the database as it was, under our lock.
      options.beforeApply?.();
      // Once applying has begun the import finishes: cancelling is no longer looked at.
      const applied = await next(false);
      if (applied === 'cancelled' || applied.type !== 'applied') {
        failure = { ok: false, error: applied !== 'cancelled' && applied.type === 'error' ? applied.error : 'The import stopped unexpectedly; nothing was imported.' };
        return undefined;
      }
      newSessions = applied.newSessions;
      report({ phase: 'saving', done: 0, total: 1 });
      return applied.bytes;
    });
    if (failure) return failure;
    if (!saved.ok) return { ok: false, error: `${saved.error} Nothing was imported.` };
    store.notifyChanged();
    return { ok: true, counts, newSessions, saved: true };
  } finally {
    worker.postMessage({ type: 'stop' } satisfies ImportHostMessage);
    void worker.terminate();
  }
}
