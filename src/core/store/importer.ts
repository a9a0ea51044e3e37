import { Worker } from 'node:worker_threads';
import { EXPORT_SECTIONS, exportFrameError, importRecords } from './exportFormat';
import type { StoreChange } from './records';
import { Slicer } from './slicer';
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
  /** Records per message from the parser and per applied batch: bounds each slice of host time. */
  batch?: number;
  /** Runs before the first change is applied (the caller's backup). */
  beforeApply?: () => void;
}

export type ImportResult =
  | { ok: true; counts: Record<string, number>; newSessions: number; saved: boolean }
  | { ok: false; error: string; cancelled?: boolean };

type WorkerMessage =
  | { type: 'frame'; counts: Record<string, number>; total: number }
  | { type: 'records'; section: string; offset: number; records: unknown[] }
  | { type: 'done' }
  | { type: 'error'; error: string };

/**
 * The parser thread: reads and parses the file off the host thread (JSON.parse of hundreds of megabytes takes
 * seconds), then hands the records over in batches. Plain JavaScript, so it needs no bundling of its own.
 */
const WORKER_SOURCE = `(() => {
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { file, batch, sections } = workerData;
try {
  let raw;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    parentPort.postMessage({ type: 'error', error: err instanceof SyntaxError ? 'The file is not valid JSON (' + err.message + ').' : 'Cannot read ' + file + ' (' + err.message + ').' });
    return;
  }
  parentPort.postMessage({ type: 'frame', raw: raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.fromEntries(Object.entries(raw).filter(([k]) => !sections.includes(k))) : raw,
    sectionTypes: Object.fromEntries(sections.map((s) => [s, raw && typeof raw === 'object' ? (Array.isArray(raw[s]) ? 'list' : raw[s] === undefined ? 'none' : 'other') : 'none'])) });
  // One batch at a time, each sent when the host asks for it: the host never has a backlog of batches to
  // deserialize in one turn of its event loop.
  const batches = (function* () {
    for (const s of sections) {
      const list = raw && Array.isArray(raw[s]) ? raw[s] : [];
      for (let i = 0; i < list.length; i += batch) yield [s, i, list.slice(i, i + batch)];
    }
  })();
  const sendNext = () => {
    const next = batches.next();
    if (next.done) {
      parentPort.postMessage({ type: 'done' });
      return;
    }
    const [s, i, records] = next.value;
    try {
      parentPort.postMessage({ type: 'records', section: s, offset: i, records });
    } catch (err) {
      // Copying to the host thread recurses: a record nested thousands deep cannot cross. Name it.
      for (let j = 0; j < records.length; j++) {
        try {
          structuredClone(records[j]);
        } catch {
          const r = records[j];
          const id = r && typeof r === 'object' && typeof r.id === 'string' ? ' (id ' + JSON.stringify(r.id.slice(0, 40)) + ')' : '';
          parentPort.postMessage({ type: 'error', error: s + '[' + (i + j) + ']' + id + ': a value is nested too deeply (more than 32 levels). Nothing was imported.' });
          return;
        }
      }
      parentPort.postMessage({ type: 'error', error: 'Cannot read the file (' + (err && err.message) + ').' });
    }
  };
  parentPort.on('message', (m) => { if (m === 'next') sendNext(); });
  sendNext();
} catch (err) {
  parentPort.postMessage({ type: 'error', error: 'Cannot read the file (' + (err && err.message) + ').' });
}
})();
`;

/**
 * Imports an export file without blocking the host: parsing happens on a worker thread, each batch of records is
 * validated and later applied in its own slice of the event loop, with progress. A bad record rejects the whole
 * file before anything is applied. The import is saved at the end; the caller backs up the database first.
 */
export async function importFile(store: StudyStore, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const now = options.now ?? Date.now();
  const batch = options.batch ?? 2000;
  const report = options.onProgress ?? (() => undefined);
  const sections = EXPORT_SECTIONS.map(([s]) => s);
  const kindOf = new Map(EXPORT_SECTIONS.map(([s, k]) => [s, k]));
  report({ phase: 'reading', done: 0, total: 0 });

  const changes: StoreChange[] = [];
  const counts: Record<string, number> = Object.fromEntries(sections.map((s) => [s, 0]));
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, batch, sections } });
  const checked = await new Promise<{ ok: true } | { ok: false; error: string; cancelled?: boolean }>((resolve) => {
    let settled = false;
    const finish = (r: { ok: true } | { ok: false; error: string; cancelled?: boolean }) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      void worker.terminate();
      resolve(r);
    };
    const poll = setInterval(() => {
      if (options.signal?.aborted) finish({ ok: false, error: 'The import was cancelled; nothing was imported.', cancelled: true });
    }, 50);
    worker.on('message', (m: WorkerMessage & { raw?: unknown; sectionTypes?: Record<string, string> }) => {
      if (settled) return;
      if (options.signal?.aborted) return finish({ ok: false, error: 'The import was cancelled; nothing was imported.', cancelled: true });
      if (m.type === 'error') return finish({ ok: false, error: m.error });
      if (m.type === 'frame') {
        const frame = m.raw && typeof m.raw === 'object' ? { ...(m.raw as object) } : m.raw;
        if (frame && typeof frame === 'object') for (const [s, t] of Object.entries(m.sectionTypes ?? {})) if (t !== 'none') (frame as Record<string, unknown>)[s] = t === 'list' ? [] : null;
        const error = exportFrameError(frame);
        if (error) return finish({ ok: false, error });
        return;
      }
      if (m.type === 'records') {
        counts[m.section] += m.records.length;
        const error = importRecords(m.section, kindOf.get(m.section)!, m.records, m.offset, now, changes);
        if (error) return finish({ ok: false, error });
        report({ phase: 'checking', done: changes.length, total: 0 });
        // Ask for the next batch on a later turn of the event loop.
        setImmediate(() => {
          if (!settled) worker.postMessage('next');
        });
        return;
      }
      if (m.type === 'done') finish({ ok: true });
    });
    worker.on('error', (err) => finish({ ok: false, error: `Cannot read ${file} (${err.message}).` }));
    // Messages posted before the worker ended may still be queued: give them time before judging it stopped early.
    worker.on('exit', () => setTimeout(() => finish({ ok: false, error: `Cannot read ${file}: the parser stopped early.` }), 1000).unref());
  });
  if (!checked.ok) return checked;
  if (options.signal?.aborted) return { ok: false, error: 'The import was cancelled; nothing was imported.', cancelled: true };
  if (store.mode !== 'read-write') return { ok: false, error: 'The ML Reps database is read-only, so nothing was imported.' };

  options.beforeApply?.();
  const before = Number(store.query('SELECT COUNT(*) FROM sessions')[0][0]);
  await new Slicer(12, Math.min(batch, 200)).run(
    changes,
    (slice) => store.applyAll(slice, { quiet: true }),
    (done) => report({ phase: 'applying', done, total: changes.length }),
  );
  const newSessions = Number(store.query('SELECT COUNT(*) FROM sessions')[0][0]) - before;
  store.notifyChanged();
  report({ phase: 'saving', done: 0, total: 1 });
  const saved = await store.flushAsync(30_000);
  return { ok: true, counts, newSessions, saved };
}
