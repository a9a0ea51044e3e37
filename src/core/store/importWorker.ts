/**
 * The import's own thread. It reads, parses and checks an export file, then (when the host says so) applies it to
 * a copy of the database the host hands over, and hands the new database back. The host thread never parses,
 * checks or inserts a record, whatever the size of the file: an import of years of history takes seconds of this
 * thread's time and none of the editor's.
 *
 * Protocol (host → worker): the `workerData` starts the reading; then `{ type: 'apply', bytes }` or `{ type: 'stop' }`.
 * (worker → host): `progress` messages, then `checked` (or `error`), then, after `apply`, `applied` (or `error`).
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { applyChanges, rebuildDays } from './applyChange';
import { EXPORT_SECTIONS, exportFrameError, importRecords } from './exportFormat';
import type { StoreChange } from './records';
import { loadSqlJs } from './sqlJsLoader';

export interface ImportWorkerData {
  file: string;
  now: number;
  /** Where sql-wasm.wasm is. */
  wasmDir: string;
  /** This machine's origin, stamped on every imported row. */
  origin: string;
  /** Records per progress message. */
  batch: number;
}

export type ImportWorkerMessage =
  | { type: 'progress'; phase: 'reading' | 'checking' | 'applying'; done: number; total: number }
  | { type: 'checked'; counts: Record<string, number>; changes: number }
  | { type: 'applied'; bytes: Uint8Array; newSessions: number }
  | { type: 'error'; error: string };

export type ImportHostMessage = { type: 'apply'; bytes: Uint8Array } | { type: 'stop' };

/** Parses and checks the whole file: either every change, or the first problem, naming the record. */
export function readExport(data: ImportWorkerData, post: (m: ImportWorkerMessage) => void): { counts: Record<string, number>; changes: StoreChange[] } | { error: string } {
  post({ type: 'progress', phase: 'reading', done: 0, total: 0 });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(data.file, 'utf8'));
  } catch (err) {
    return { error: err instanceof SyntaxError ? `The file is not valid JSON (${err.message}).` : `Cannot read ${data.file} (${(err as Error).message}).` };
  }
  const frame = exportFrameError(raw);
  if (frame) return { error: frame };
  const o = raw as Record<string, unknown[] | undefined>;
  const total = EXPORT_SECTIONS.reduce((n, [s]) => n + (o[s]?.length ?? 0), 0);
  const changes: StoreChange[] = [];
  const counts: Record<string, number> = {};
  let done = 0;
  for (const [section, kind] of EXPORT_SECTIONS) {
    const records = o[section] ?? [];
    counts[section] = records.length;
    for (let i = 0; i < records.length; i += data.batch) {
      const error = importRecords(section, kind, records.slice(i, i + data.batch), i, data.now, changes);
      if (error) return { error };
      done += Math.min(data.batch, records.length - i);
      post({ type: 'progress', phase: 'checking', done, total });
    }
    o[section] = undefined; // let the parsed records go as soon as they are changes
  }
  return { counts, changes };
}

/** Applies the changes to a copy of the database and returns the new database's bytes. */
export async function applyToCopy(
  data: ImportWorkerData,
  changes: readonly StoreChange[],
  bytes: Uint8Array,
  post: (m: ImportWorkerMessage) => void,
): Promise<{ bytes: Uint8Array; newSessions: number }> {
  const SQL = await loadSqlJs(data.wasmDir);
  const db = new SQL.Database(bytes);
  try {
    // A copy: when anything fails it is thrown away, so it needs no rollback journal.
    db.exec('PRAGMA journal_mode = OFF; PRAGMA cache_size = -131072;');
    const count = () => Number(db.exec('SELECT COUNT(*) FROM sessions')[0].values[0][0]);
    const before = count();
    // In id order, rows go into the table's tree one after another instead of all over it. A stable sort keeps
    // the file's order among versions of one id, which is all that order decides.
    const ordered = changes.length > BULK ? stableSortSessionsById(changes) : changes;
    const days = new Set<string>();
    const step = Math.max(data.batch, 50_000);
    for (let i = 0; i < ordered.length; i += step) {
      applyChanges(db, ordered.slice(i, i + step), data.origin, days);
      post({ type: 'progress', phase: 'applying', done: Math.min(ordered.length, i + step), total: ordered.length });
    }
    rebuildDays(db, days);
    const newSessions = count() - before;
    db.exec('PRAGMA journal_mode = MEMORY');
    return { bytes: db.export(), newSessions };
  } finally {
    db.close();
  }
}

/** Above this many changes, sessions are applied in id order. */
const BULK = 50_000;

function stableSortSessionsById(changes: readonly StoreChange[]): StoreChange[] {
  const sessions: { c: StoreChange; i: number }[] = [];
  const others: StoreChange[] = [];
  changes.forEach((c, i) => (c.kind === 'session' ? sessions.push({ c, i }) : others.push(c)));
  sessions.sort((a, b) => {
    const x = (a.c.record as { id: string }).id;
    const y = (b.c.record as { id: string }).id;
    return x < y ? -1 : x > y ? 1 : a.i - b.i;
  });
  return [...others, ...sessions.map((s) => s.c)];
}

function main(): void {
  const port = parentPort;
  if (!port) return;
  const data = workerData as ImportWorkerData;
  const post = (m: ImportWorkerMessage) => port.postMessage(m);
  let changes: StoreChange[] = [];
  try {
    const read = readExport(data, post);
    if ('error' in read) {
      post({ type: 'error', error: read.error });
      return;
    }
    changes = read.changes;
    post({ type: 'checked', counts: read.counts, changes: changes.length });
  } catch (err) {
    post({ type: 'error', error: `Cannot read the file (${(err as Error).message}). Nothing was imported.` });
    return;
  }
  port.on('message', (m: ImportHostMessage) => {
    if (m.type === 'stop') {
      port.close();
      return;
    }
    applyToCopy(data, changes, m.bytes, post).then(
      (r) => port.postMessage({ type: 'applied', ...r } satisfies ImportWorkerMessage, [r.bytes.buffer as ArrayBuffer]),
      (err: unknown) => post({ type: 'error', error: `The import could not be applied (${err instanceof Error ? err.message : String(err)}). Nothing was imported.` }),
    );
  });
}

main();
