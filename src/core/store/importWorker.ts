/**
 * The import's own threads. The host never parses, checks or inserts a record, whatever the size of the file: an
 * import of years of history takes seconds of these threads' time and none of the editor's.
 *
 * Two threads work at once, one per core:
 * - the reader (`role: 'parse'`) reads the file as it goes, cuts each section's list into batches of records,
 *   parses and checks each batch and hands it on, packed; once through, it computes the study time per day of the
 *   sessions it sent while the applier catches up;
 * - the applier (the thread the host starts) applies each batch to a copy of the database, taken under the store's
 *   lock, as it arrives; at the end it writes the study time of the days touched (the reader's, when its table was
 *   empty and no id came twice; else rebuilt from the database) and hands the new database back.
 * A bad record anywhere means the copy is thrown away: nothing is applied. Anything the reader's quick cut does not
 * expect (a file that is not an export, broken JSON, a bad record, a key given twice) makes it start again the
 * plain way, parsing the whole file at once, which also gives the message; the applier starts again from the copy
 * as it was handed over.
 *
 * Protocol (host → applier): the `workerData` starts the reading; then `{ type: 'apply', bytes }` or `{ type: 'stop' }`.
 * (applier → host): `progress` messages, then `checked` (every record read, checked and applied to the copy) or
 * `error`, then `applied` (or `error`).
 */
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { Database } from 'sql.js';
import { applyChanges, dayTotalsOfPacked, localDaysOf, packSessions, PackedSessionWriter, rebuildDays, writeDayTotals, type DayTotals, type PackedSessions } from './applyChange';
import { EXPORT_SECTIONS, exportFrameError, importRecords } from './exportFormat';
import { readSessionsFast } from './fastSessions';
import type { StoreChange } from './records';
import { loadSqlJs } from './sqlJsLoader';
import type { ChangeKind } from './validate';

export interface ImportWorkerData {
  file: string;
  now: number;
  /** Where sql-wasm.wasm is. */
  wasmDir: string;
  /** This machine's origin, stamped on every imported row. */
  origin: string;
  /** Records per batch (and per progress message while checking). */
  batch: number;
  /** Set on the reader thread the applier starts. */
  role?: 'parse';
}

export type ImportWorkerMessage =
  | { type: 'progress'; phase: 'reading' | 'checking' | 'applying'; done: number; total: number }
  | { type: 'checked'; counts: Record<string, number>; changes: number }
  | { type: 'applied'; bytes: Uint8Array; newSessions: number }
  | { type: 'error'; error: string };

export type ImportHostMessage = { type: 'apply'; bytes: Uint8Array } | { type: 'stop' };

/** Reader → applier. */
type ReaderMessage =
  | { type: 'progress'; phase: 'reading' | 'checking'; done: number; total: number }
  | { type: 'batch'; sessions?: PackedSessions; others: StoreChange[] }
  | { type: 'restart' }
  | { type: 'done'; counts: Record<string, number>; changes: number; days: DayTotals }
  | { type: 'error'; error: string };

// ---------------------------------------------------------------------------------------------------------------
// The reader

/** Checks batches of raw records and hands them on; the first bad record stops it. */
export class BatchSender {
  readonly counts: Record<string, number> = Object.fromEntries(EXPORT_SECTIONS.map(([s]) => [s, 0]));
  changes = 0;
  error: string | undefined;
  /** Copies of every batch of sessions sent, for `dayTotals`. */
  private readonly sessions: PackedSessions[] = [];
  constructor(
    readonly now: number,
    private readonly post: (m: ReaderMessage, transfer?: ArrayBuffer[]) => void,
  ) {}

  /** Checks one batch of a section (the next after those already sent) and sends it; false on a bad record. */
  send(section: string, kind: ChangeKind, records: readonly unknown[]): boolean {
    const offset = this.counts[section] ?? 0;
    const changes: StoreChange[] = [];
    const error = importRecords(section, kind, records, offset, this.now, changes);
    if (error) {
      this.error = error;
      return false;
    }
    this.counts[section] = offset + records.length;
    this.changes += changes.length;
    if (kind === 'session') {
      this.postSessions(packSessions(changes.map((c) => c.record as Extract<StoreChange, { kind: 'session' }>['record'])));
    } else if (changes.length) {
      this.post({ type: 'batch', others: changes });
    }
    this.progress();
    return true;
  }

  /** Sends a batch of sessions the quick reader has read and checked already. */
  sendPacked(section: string, sessions: PackedSessions): void {
    const n = sessions.idEnds.length;
    this.counts[section] = (this.counts[section] ?? 0) + n;
    this.changes += n;
    this.postSessions(sessions);
    this.progress();
  }

  /**
   * The study time per day of the sessions sent, computed here while the applier is still inserting: it is the
   * final one when the table held no sessions before and no id came twice, which the applier checks.
   */
  dayTotals(): DayTotals {
    return dayTotalsOfPacked(this.sessions);
  }

  private postSessions(sessions: PackedSessions): void {
    this.sessions.push({ ...sessions, times: sessions.times.slice(), codes: sessions.codes.slice(), idEnds: sessions.idEnds.slice() });
    this.post({ type: 'batch', sessions, others: [] }, [sessions.times.buffer as ArrayBuffer, sessions.codes.buffer as ArrayBuffer, sessions.idEnds.buffer as ArrayBuffer]);
  }

  private progress(): void {
    const done = Object.values(this.counts).reduce((a, b) => a + b, 0);
    this.post({ type: 'progress', phase: 'checking', done, total: 0 });
  }
}

const WS = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) WS[c] = 1;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function skipWs(buf: Uint8Array, i: number): number {
  while (i < buf.length && WS[buf[i]]) i++;
  return i;
}

/** The end (exclusive) of the JSON string starting at `i`, or -1. */
function stringEnd(buf: Buffer, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = buf.indexOf(QUOTE, j);
    if (q < 0) return -1;
    let k = q - 1;
    while (buf[k] === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/**
 * The end (exclusive) of the JSON value starting at `i`, or -1: strings skipped whole, brackets counted (never
 * recursion, whatever the depth). Only cuts: whatever it passes over is checked by JSON.parse afterwards.
 */
function valueEnd(buf: Buffer, i: number): number {
  const c = buf[i];
  if (c === QUOTE) return stringEnd(buf, i);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (let j = i; j < buf.length; ) {
      const x = buf[j];
      if (x === QUOTE) {
        j = stringEnd(buf, j);
        if (j < 0) return -1;
        continue;
      }
      if (x === 0x7b || x === 0x5b) depth++;
      else if (x === 0x7d || x === 0x5d) {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return -1;
  }
  let j = i;
  while (j < buf.length && !WS[buf[j]] && buf[j] !== 0x2c && buf[j] !== 0x7d && buf[j] !== 0x5d) j++;
  return j > i ? j : -1;
}

const SECTION_KINDS = new Map<string, ChangeKind>(EXPORT_SECTIONS.map(([s, k]) => [s, k]));

/**
 * The quick way: cuts the file's top-level object into its keys and each section's list into batches, parsing
 * and sending one batch at a time. False when anything is not as an export written by ML Reps would have it.
 */
export function readInBatches(buf: Buffer, batch: number, sender: BatchSender, ahead: (i: number) => void): boolean {
  ahead(0);
  let i = skipWs(buf, 0);
  if (buf[i] !== 0x7b) return false;
  i = skipWs(buf, i + 1);
  const frame: Record<string, unknown> = {};
  const seen = new Set<string>();
  if (buf[i] === 0x7d) return false;
  for (;;) {
    ahead(i);
    if (buf[i] !== QUOTE) return false;
    const keyEnd = stringEnd(buf, i);
    if (keyEnd < 0) return false;
    const key = JSON.parse(buf.toString('utf8', i, keyEnd)) as string;
    if (seen.has(key)) return false;
    seen.add(key);
    i = skipWs(buf, keyEnd);
    if (buf[i] !== 0x3a) return false;
    i = skipWs(buf, i + 1);
    const kind = SECTION_KINDS.get(key);
    if (kind && buf[i] === 0x5b) {
      i = readList(buf, i, key, kind, batch, sender, ahead);
      if (i < 0) return false;
      frame[key] = [];
    } else {
      const end = valueEnd(buf, i);
      if (end < 0) return false;
      frame[key] = JSON.parse(buf.toString('utf8', i, end));
      i = end;
    }
    i = skipWs(buf, i);
    if (buf[i] === 0x2c) {
      i = skipWs(buf, i + 1);
      continue;
    }
    if (buf[i] !== 0x7d) return false;
    break;
  }
  ahead(buf.length);
  if (skipWs(buf, i + 1) !== buf.length) return false;
  return exportFrameError(frame) === undefined;
}

/** The text of buf[from, end): ASCII (the usual case) read as such, which is much cheaper than decoding UTF-8. */
function text(buf: Buffer, from: number, end: number): string {
  const piece = buf.subarray(from, end);
  return isAscii(piece) ? piece.toString('latin1') : piece.toString('utf8');
}

/** Sends the list starting at `i` in batches; returns the index after its `]`, or -1. */
function readList(buf: Buffer, i: number, section: string, kind: ChangeKind, batch: number, sender: BatchSender, ahead: (i: number) => void): number {
  i = skipWs(buf, i + 1);
  if (buf[i] === 0x5d) return i + 1;
  for (;;) {
    // `i` is the start of the batch's first record.
    ahead(i);
    if (kind === 'session') {
      const fast = readSessionsFast(buf, i, batch, sender.now);
      if (fast) {
        sender.sendPacked(section, fast.packed);
        if (fast.closed) return fast.next;
        i = fast.next;
        continue;
      }
    }
    const from = i;
    let n = 0;
    let end: number;
    for (;;) {
      ahead(i);
      end = valueEnd(buf, i);
      if (end < 0) return -1;
      n++;
      i = skipWs(buf, end);
      if (buf[i] !== 0x2c && buf[i] !== 0x5d) return -1;
      if (n === batch || buf[i] === 0x5d) break;
      i = skipWs(buf, i + 1);
    }
    const records = JSON.parse(`[${text(buf, from, end)}]`) as unknown[];
    if (!sender.send(section, kind, records)) return -1;
    if (buf[i] === 0x5d) return i + 1;
    i = skipWs(buf, i + 1);
  }
}

/** The plain way: the whole file parsed at once, the frame checked, then every section in batches. */
function readWhole(buf: Buffer, batch: number, sender: BatchSender): string | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(buf.toString('utf8'));
  } catch (err) {
    return `The file is not valid JSON (${(err as Error).message}).`;
  }
  const frame = exportFrameError(raw);
  if (frame) return frame;
  const o = raw as Record<string, unknown[] | undefined>;
  for (const [section, kind] of EXPORT_SECTIONS) {
    const records = o[section] ?? [];
    for (let i = 0; i < records.length; i += batch) if (!sender.send(section, kind, records.slice(i, i + batch))) return sender.error;
    o[section] = undefined;
  }
  return undefined;
}

/**
 * The file's bytes, read as the reader gets to them (so the applier has work from the first batch on, not once the
 * whole file is in memory). Bytes not read yet are zeros, which no scan takes for JSON: a record longer than the
 * read-ahead only sends the reader the plain way, which reads everything first.
 */
export class FileBytes {
  readonly buf: Buffer;
  loaded = 0;
  private fd: number | undefined;
  constructor(
    path: string,
    private readonly chunk = READ_CHUNK,
  ) {
    this.fd = openSync(path, 'r');
    try {
      this.buf = Buffer.alloc(fstatSync(this.fd).size);
    } catch (err) {
      this.close();
      throw err;
    }
    this.load(0);
  }
  load(upTo: number): void {
    const end = Math.min(upTo, this.buf.length);
    while (this.loaded < end && this.fd !== undefined) {
      const n = readSync(this.fd, this.buf, this.loaded, Math.min(this.chunk, this.buf.length - this.loaded), this.loaded);
      if (n <= 0) break;
      this.loaded += n;
    }
    if (this.loaded >= this.buf.length || this.loaded < end) this.close();
  }
  private close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

export const READ_AHEAD = 32 << 20;
const READ_CHUNK = 4 << 20;

function readerMain(port: MessagePort, data: ImportWorkerData): void {
  const post = (m: ReaderMessage, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);
  post({ type: 'progress', phase: 'reading', done: 0, total: 0 });
  let file: FileBytes;
  try {
    file = new FileBytes(data.file);
  } catch (err) {
    post({ type: 'error', error: `Cannot read ${data.file} (${(err as Error).message}).` });
    return;
  }
  const buf = file.buf;
  let sender = new BatchSender(data.now, post);
  let quick = false;
  try {
    quick = readInBatches(buf, data.batch, sender, (i) => file.load(i + READ_AHEAD));
  } catch {
    quick = false;
  }
  if (!quick) {
    post({ type: 'restart' });
    try {
      file.load(buf.length);
    } catch (err) {
      post({ type: 'error', error: `Cannot read ${data.file} (${(err as Error).message}).` });
      return;
    }
    sender = new BatchSender(data.now, post);
    const error = readWhole(buf, data.batch, sender);
    if (error) {
      post({ type: 'error', error });
      return;
    }
  }
  post({ type: 'done', counts: sender.counts, changes: sender.changes, days: sender.dayTotals() });
}

// ---------------------------------------------------------------------------------------------------------------
// The applier

/**
 * Opens a copy of the database with room to grow: the in-memory file sql.js keeps grows by an eighth at a time,
 * copying itself each time, which cost seconds on a large import. The room is zeros after the last page, which
 * SQLite never reads (the header says where the database ends); `exportTrimmed` cuts it off again.
 */
function openCopy(SQL: Awaited<ReturnType<typeof loadSqlJs>>, bytes: Uint8Array, room: number): Database {
  const padded = new Uint8Array(bytes.length + room);
  padded.set(bytes);
  const db = new SQL.Database(padded);
  // A copy: when anything fails it is thrown away, so it needs no rollback journal.
  db.exec('PRAGMA journal_mode = OFF; PRAGMA cache_size = -131072;');
  return db;
}

function exportTrimmed(db: Database): Uint8Array {
  const pages = Number(db.exec('PRAGMA page_count')[0].values[0][0]);
  const size = Number(db.exec('PRAGMA page_size')[0].values[0][0]);
  const bytes = db.export();
  if (pages * size > bytes.length) throw new Error(`the database holds ${pages} pages of ${size} bytes but its file only ${bytes.length} bytes`);
  return bytes.subarray(0, pages * size);
}

const count = (db: Database) => Number(db.exec('SELECT COUNT(*) FROM sessions')[0].values[0][0]);

function applierMain(port: MessagePort, data: ImportWorkerData): void {
  const post = (m: ImportWorkerMessage, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);
  const reader = new Worker(__filename, { workerData: { ...data, role: 'parse' } satisfies ImportWorkerData });
  const room = (() => {
    try {
      // The database takes less room than the JSON it is made from (about 0.4 of it for sessions); more than it
      // needs costs copies of zeros, less only some growing at the end.
      return Math.min(1 << 30, Math.ceil(statSync(data.file).size * 0.5));
    } catch {
      return 0;
    }
  })();
  // Loaded while the reader starts, so it is ready when the copy arrives.
  const engine = loadSqlJs(data.wasmDir);
  let SQL: Awaited<ReturnType<typeof loadSqlJs>> | undefined;
  let handed: Uint8Array | undefined;
  let db: Database | undefined;
  let writer: PackedSessionWriter | undefined;
  let before = 0;
  let utcDays = new Set<number>();
  let appliedCount = 0;
  const queue: Extract<ReaderMessage, { type: 'batch' }>[] = [];
  let done: Extract<ReaderMessage, { type: 'done' }> | undefined;
  let over = false;

  const fail = (error: string) => {
    if (over) return;
    over = true;
    post({ type: 'error', error });
    void reader.terminate();
  };
  const close = () => {
    writer?.free();
    writer = undefined;
    db?.close();
    db = undefined;
  };
  const open = () => {
    close();
    db = openCopy(SQL!, handed!, room);
    before = count(db);
    utcDays = new Set<number>();
    appliedCount = 0;
    writer = new PackedSessionWriter(db, data.origin, utcDays, before > 0);
    db.run('BEGIN');
  };
  const pump = () => {
    if (over || !db) return;
    try {
      for (let b = queue.shift(); b; b = queue.shift()) {
        if (b.sessions) {
          writer!.write(b.sessions);
          appliedCount += b.sessions.idEnds.length;
        }
        if (b.others.length) {
          db.run('COMMIT');
          applyChanges(db, b.others, data.origin);
          db.run('BEGIN');
        }
      }
      if (done) finish(done);
    } catch (err) {
      close();
      fail(`The import could not be applied (${err instanceof Error ? err.message : String(err)}). Nothing was imported.`);
    }
  };
  const finish = (d: Extract<ReaderMessage, { type: 'done' }>) => {
    done = undefined;
    post({ type: 'checked', counts: d.counts, changes: d.changes });
    post({ type: 'progress', phase: 'applying', done: 0, total: d.changes });
    const database = db!;
    writer!.free();
    writer = undefined;
    database.run('COMMIT');
    const after = count(database);
    if (before === 0 && after === appliedCount) {
      // Into an empty table with no id given twice, the table now holds exactly the sessions the reader sent, whose
      // study time per day it has computed meanwhile.
      database.run('BEGIN');
      writeDayTotals(database, d.days);
      database.run('COMMIT');
    } else {
      rebuildDays(database, localDaysOf(utcDays));
    }
    const newSessions = after - before;
    database.exec('PRAGMA journal_mode = MEMORY');
    const bytes = exportTrimmed(database);
    close();
    over = true;
    post({ type: 'progress', phase: 'applying', done: d.changes, total: d.changes });
    post({ type: 'applied', bytes, newSessions }, [bytes.buffer as ArrayBuffer]);
    void reader.terminate();
  };

  reader.on('message', (m: ReaderMessage) => {
    if (over) return;
    switch (m.type) {
      case 'progress':
        post(m);
        break;
      case 'batch':
        queue.push(m);
        pump();
        break;
      case 'restart':
        // Start again from the copy as it was handed over.
        queue.length = 0;
        if (db) open();
        break;
      case 'done':
        done = m;
        pump();
        break;
      case 'error':
        close();
        fail(m.error);
        break;
    }
  });
  reader.on('error', (err) => fail(`Cannot read the file (${err.message}). Nothing was imported.`));
  reader.on('exit', () => {
    if (!done) fail(`Cannot read ${data.file}: the import stopped early.`);
  });
  port.on('message', (m: ImportHostMessage) => {
    if (m.type === 'stop') {
      over = true;
      close();
      void reader.terminate();
      port.close();
      return;
    }
    engine.then(
      (sql) => {
        if (over) return;
        SQL = sql;
        handed = m.bytes;
        try {
          open();
        } catch (err) {
          close();
          fail(`The import could not be applied (${(err as Error).message}). Nothing was imported.`);
          return;
        }
        pump();
      },
      (err: unknown) => fail(`The import could not be applied (${err instanceof Error ? err.message : String(err)}). Nothing was imported.`),
    );
  });
}

function main(): void {
  const port = parentPort;
  if (!port) return;
  const data = workerData as ImportWorkerData;
  if (data.role === 'parse') readerMain(port, data);
  else applierMain(port, data);
}

main();
