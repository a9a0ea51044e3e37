import { randomBytes } from 'node:crypto';
import { appendFileSync, promises as fsp, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlValue } from 'sql.js';
import { CATEGORY_FROM_CODE, type StoreChange } from '../store/records';
import { Slicer } from '../store/slicer';
import type { StudyStore } from '../store/studyStore';
import { changeLine, completeLines, headerLine, isLogFile, logFileName, parseChangeLine, parseHeader, type LogHeader } from './logFormat';

/** Preferences that describe this machine only (a running timer, an open group session): never synced. */
export const LOCAL_PREFERENCES: ReadonlySet<string> = new Set(['timer.active', 'group.active']);

export interface SyncEngineOptions {
  folder: string;
  machineId: string;
  store: StudyStore;
  now?: () => number;
  /** The own log is compacted when it grows past this many bytes. */
  compactBytes?: number;
  /** Lines parsed, and changes applied, per slice of the event loop. */
  batch?: number;
}

export interface SyncStatus {
  state: 'not-started' | 'ok' | 'folder-missing' | 'unreadable';
  folder: string;
  /** Other machines whose logs are in the folder. */
  otherMachines: string[];
  /** When another machine's log last changed (its file time), if any. */
  lastChangeAt?: number;
  lastSyncAt?: number;
  /** What went wrong, when `state` is not ok, or writing this machine's log failed. */
  problem?: string;
  /** Recent warnings about skipped lines, each naming file and line. */
  warnings: string[];
}

interface FileState {
  header?: LogHeader;
  /** Bytes of complete lines read so far, and how many lines that was. */
  offset: number;
  lines: number;
  size: number;
  mtimeMs: number;
}

const tick = () => new Promise<void>((r) => setImmediate(r));
const MAX_WARNINGS = 50;

/** The key a record is merged by. */
function keyOf(c: StoreChange): string {
  return c.kind === 'preference' ? `preference:${c.record.key}` : `${c.kind}:${c.record.id}`;
}

/** The version a record's change carries: `updatedAt`, or 0 for records that never change once written. */
function versionOf(c: StoreChange): number {
  return 'updatedAt' in c.record ? c.record.updatedAt : 0;
}

/**
 * Sync through a folder another tool keeps in sync. This machine appends its own changes to its own log and is
 * the only writer of that file; it merges every other log into its database by the store's rules (keyed by id,
 * last `updatedAt` wins, ties by machine id, deletes as tombstones). Changes that came from another machine are
 * never written into this machine's log. Merging is idempotent: reading a file twice changes nothing.
 */
export class SyncEngine {
  private readonly files = new Map<string, FileState>();
  /** What this machine's log holds: record key → version. */
  private readonly logged = new Map<string, number>();
  private readonly own: string;
  private readonly now: () => number;
  private readonly batch: number;
  private running: Promise<SyncStatus> | undefined;
  private statusValue: SyncStatus;
  private subscription: { dispose(): void } | undefined;
  private ownEpoch: string | undefined;
  /** Changes this machine made that could not be appended yet (folder missing); the next sync publishes them. */
  private unpublished = false;
  private reconciledAt = 0;
  private warnings: string[] = [];
  private readonly slicer: Slicer;

  constructor(private readonly options: SyncEngineOptions) {
    this.own = logFileName(options.machineId);
    this.now = options.now ?? Date.now;
    this.batch = options.batch ?? 500;
    this.slicer = new Slicer(12, Math.min(this.batch, 200));
    this.statusValue = { state: 'not-started', folder: options.folder, otherMachines: [], warnings: [] };
  }

  get ownLogPath(): string {
    return join(this.options.folder, this.own);
  }

  status(): SyncStatus {
    return { ...this.statusValue, warnings: [...this.warnings] };
  }

  /** Starts listening for this machine's changes and runs a first sync. */
  start(): Promise<SyncStatus> {
    this.subscription ??= this.options.store.onDidApply((changes) => this.publish(changes.filter((c) => c.origin === undefined)));
    return this.syncNow();
  }

  dispose(): void {
    this.subscription?.dispose();
    this.subscription = undefined;
  }

  /** Reads what is new in every log and merges it, then makes sure this machine's log holds all its records. */
  syncNow(): Promise<SyncStatus> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<SyncStatus> {
    const { folder } = this.options;
    let names: string[];
    try {
      if (!statSync(folder).isDirectory()) return this.setState('unreadable', `${folder} is not a folder`);
      names = (await fsp.readdir(folder)).filter(isLogFile).sort();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return this.setState(code === 'ENOENT' ? 'folder-missing' : 'unreadable', code === 'ENOENT' ? `the sync folder ${folder} does not exist` : `the sync folder cannot be read (${(err as Error).message})`);
    }
    // This machine's own file first, so what it holds is known before anything is published.
    names.sort((a, b) => Number(b === this.own) - Number(a === this.own));
    for (const name of names) {
      try {
        await this.readIncrement(name);
      } catch (err) {
        this.warn(`${name}: cannot be read now (${(err as Error).message}); it will be read again later.`);
      }
    }
    let problem: string | undefined;
    try {
      await this.reconcile();
      await this.compactIfLarge();
    } catch (err) {
      problem = `this machine's log cannot be written (${(err as Error).message})`;
    }
    const others = new Set<string>();
    let lastChangeAt: number | undefined;
    for (const st of this.files.values()) {
      if (!st.header || st.header.machine === this.options.machineId) continue;
      others.add(st.header.machine);
      lastChangeAt = Math.max(lastChangeAt ?? 0, st.mtimeMs);
    }
    this.statusValue = { state: 'ok', folder, otherMachines: [...others].sort(), lastChangeAt, lastSyncAt: this.now(), problem, warnings: [] };
    return this.status();
  }

  private setState(state: SyncStatus['state'], problem: string): SyncStatus {
    this.statusValue = { ...this.statusValue, state, problem, lastSyncAt: this.now() };
    return this.status();
  }

  private warn(message: string): void {
    this.warnings.push(message);
    if (this.warnings.length > MAX_WARNINGS) this.warnings.splice(0, this.warnings.length - MAX_WARNINGS);
  }

  /**
   * Reads what was appended to a log since the last read. A new epoch (the machine compacted its log) or a shorter
   * file starts again from the top; merging again is harmless. A trailing partial line waits for the next read.
   */
  private async readIncrement(name: string): Promise<void> {
    const path = join(this.options.folder, name);
    const stat = await fsp.stat(path);
    let st = this.files.get(name);
    if (st && st.size === stat.size && st.mtimeMs === stat.mtimeMs) return;
    const handle = await fsp.open(path, 'r');
    try {
      const head = Buffer.alloc(Math.min(stat.size, 512));
      await handle.read(head, 0, head.length, 0);
      const firstLine = head.indexOf(0x0a);
      const header = firstLine > 0 ? parseHeader(head.subarray(0, firstLine).toString('utf8')) : undefined;
      if (!header) {
        // Not complete yet (the sync tool is still writing), or not a log: looked at again next time.
        if (firstLine > 0 && head.length > 0) this.warnOnce(name, `${name} line 1: not an ML Reps sync log header; the file is ignored.`);
        this.files.set(name, { offset: 0, lines: 0, size: stat.size, mtimeMs: stat.mtimeMs });
        return;
      }
      if (!st || !st.header || st.header.epoch !== header.epoch || st.header.machine !== header.machine || stat.size < st.offset) {
        st = { header, offset: 0, lines: 0, size: 0, mtimeMs: 0 };
        // This machine's log was rewritten (compacted by another window): learn again what it holds.
        if (name === this.own) this.logged.clear();
      }
      const mine = header.machine === this.options.machineId;
      if (mine && name === this.own) this.ownEpoch = header.epoch;
      let offset = st.offset;
      let lineNo = st.lines;
      const CHUNK = 1 << 20; // a megabyte of lines at a time keeps each split and its garbage small
      let carry = Buffer.alloc(0);
      while (offset + carry.length < stat.size) {
        const want = Math.min(CHUNK, stat.size - offset - carry.length);
        const buf = Buffer.alloc(want);
        const { bytesRead } = await handle.read(buf, 0, want, offset + carry.length);
        if (bytesRead === 0) break;
        const data = carry.length ? Buffer.concat([carry, buf.subarray(0, bytesRead)]) : buf.subarray(0, bytesRead);
        const { lines, consumed } = completeLines(data);
        carry = data.subarray(consumed);
        const changes: StoreChange[] = [];
        for (let i = 0; i < lines.length; i++) {
          lineNo++;
          if (lineNo === 1) continue; // the header
          const line = lines[i];
          if (!line.trim()) continue;
          const parsed = parseChangeLine(line, header.machine, `${name} line ${lineNo}`, this.now());
          if (!parsed.ok) this.warn(parsed.warning);
          else if (mine) {
            if (name === this.own) this.logged.set(keyOf(parsed.change), Math.max(this.logged.get(keyOf(parsed.change)) ?? -1, versionOf(parsed.change)));
          } else changes.push(parsed.change);
          if (i % this.batch === this.batch - 1) await tick();
        }
        offset += consumed;
        await this.merge(changes);
      }
      this.files.set(name, { header, offset, lines: lineNo, size: stat.size, mtimeMs: stat.mtimeMs });
    } finally {
      await handle.close();
    }
  }

  private readonly warnedFiles = new Set<string>();
  private warnOnce(name: string, message: string): void {
    if (this.warnedFiles.has(name)) return;
    this.warnedFiles.add(name);
    this.warn(message);
  }

  /** Applies other machines' changes in slices, each stamped with its machine (never published again). */
  private async merge(changes: StoreChange[]): Promise<void> {
    const { store } = this.options;
    await this.slicer.run(changes, (slice) => store.applyAll(slice, { quiet: true }));
    if (changes.length) store.notifyChanged();
  }

  /** Appends this machine's own changes to its log (the fast path; `reconcile` catches anything missed). */
  private publish(changes: StoreChange[]): void {
    const shared = changes.filter((c) => !(c.kind === 'preference' && LOCAL_PREFERENCES.has(c.record.key)));
    if (!shared.length) return;
    try {
      this.append(shared);
    } catch {
      this.unpublished = true;
    }
  }

  private append(changes: readonly StoreChange[]): void {
    const path = this.ownLogPath;
    if (this.ownEpoch === undefined) {
      const epoch = randomBytes(8).toString('hex');
      try {
        writeFileSync(path, `${headerLine({ machine: this.options.machineId, epoch })}\n`, { flag: 'wx' });
        this.ownEpoch = epoch;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        // Another window of this machine made it: its header stands; the next read learns the epoch.
      }
    }
    appendFileSync(path, changes.map((c) => `${changeLine(c)}\n`).join(''));
    for (const c of changes) this.logged.set(keyOf(c), Math.max(this.logged.get(keyOf(c)) ?? -1, versionOf(c)));
  }

  /**
   * Makes sure this machine's log holds the current version of every record this machine made: those changed
   * since the last check (two days back, for clocks and other windows), or all of them on the first run.
   */
  private async reconcile(): Promise<void> {
    const since = this.reconciledAt && !this.unpublished ? this.reconciledAt - 2 * 86_400_000 : 0;
    const startedAt = this.now();
    const missing: StoreChange[] = [];
    for await (const c of ownRecords(this.options.store, this.options.machineId, since)) {
      const have = this.logged.get(keyOf(c));
      if (have === undefined || have < versionOf(c)) missing.push(c);
    }
    for (let i = 0; i < missing.length; i += 5000) this.append(missing.slice(i, i + 5000));
    this.unpublished = false;
    this.reconciledAt = startedAt;
  }

  /**
   * When this machine's log passes the threshold, writes the current state of every record it owns to a new file
   * with a new epoch, fsyncs it and renames it over the log. A reader sees the old file or the new one, never a
   * part; the new one holds every record's latest version, and merged records are never removed from a database,
   * so nothing a reader has seen goes missing.
   */
  private async compactIfLarge(): Promise<void> {
    const path = this.ownLogPath;
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      return;
    }
    if (size < (this.options.compactBytes ?? 8 << 20)) return;
    await this.compact();
  }

  /** Rewrites this machine's log compacted (see `compactIfLarge`). */
  async compact(): Promise<void> {
    const epoch = randomBytes(8).toString('hex');
    const tmp = join(this.options.folder, `.${this.own}.tmp-${randomBytes(6).toString('hex')}`);
    const lines: string[] = [headerLine({ machine: this.options.machineId, epoch })];
    const logged = new Map<string, number>();
    for await (const c of ownRecords(this.options.store, this.options.machineId, 0)) {
      lines.push(changeLine(c));
      logged.set(keyOf(c), versionOf(c));
    }
    const text = `${lines.join('\n')}\n`;
    try {
      const handle = await fsp.open(tmp, 'wx');
      try {
        await handle.writeFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      renameSync(tmp, this.ownLogPath);
    } catch (err) {
      try {
        unlinkSync(tmp);
      } catch {
        // Never made.
      }
      throw err;
    }
    this.ownEpoch = epoch;
    this.logged.clear();
    for (const [k, v] of logged) this.logged.set(k, v);
    const st = statSync(this.ownLogPath);
    this.files.set(this.own, { header: { machine: this.options.machineId, epoch }, offset: st.size, lines: lines.length, size: st.size, mtimeMs: st.mtimeMs });
  }
}

/** The current version of every record this machine made (origin this machine, or '' from before sync), changed since `since`. */
async function* ownRecords(store: StudyStore, machine: string, since: number): AsyncGenerator<StoreChange> {
  const q = (sql: string): SqlValue[][] => store.query(sql, [machine, since]);
  const own = "origin IN (?, '')";
  const json = (v: SqlValue) => (v === null ? null : JSON.parse(v as string));
  const str = (v: SqlValue) => (v === null ? null : String(v));
  for (const [id, c, s, e, src, p, n, u, d] of q(`SELECT id, category, start, end, source, problem_id, note, updated_at, deleted FROM sessions WHERE ${own} AND updated_at >= ?`)) {
    yield { kind: 'session', record: { id: id as string, category: CATEGORY_FROM_CODE[c as string], start: s as number, end: e as number, source: src as 'auto', problemId: str(p), note: str(n), updatedAt: u as number, deleted: d === 1 } };
  }
  await tick();
  for (const [id, p, at, suite, passed, total, dur, solved, error, check] of q(`SELECT id, problem_id, at, suite, passed, total, duration_ms, solved, error, check_id FROM test_runs WHERE ${own} AND at >= ?`)) {
    yield { kind: 'testRun', record: { id: id as string, problemId: p as string, at: at as number, suite: suite as string, passed: passed as number, total: total as number, durationMs: dur as number, solved: solved === 1, error: str(error), checkId: str(check) } };
  }
  await tick();
  for (const [id, kind, track, seed, draw, started, finished, status, score, total, elapsed, state, u] of q(
    `SELECT id, kind, track, seed, draw, started_at, finished_at, status, score, total, elapsed_ms, state, updated_at FROM checks WHERE ${own} AND updated_at >= ?`,
  )) {
    yield {
      kind: 'check',
      record: { id: id as string, kind: kind as 'coding', track: track as 'ds', seed: seed as number, draw: json(draw) as string[], startedAt: started as number, finishedAt: finished as number | null, status: status as 'open', score: score as number | null, total: total as number, elapsedMs: elapsed as number, state: json(state), updatedAt: u as number },
    };
  }
  for (const [id, qid, at, choice, correct, context, check] of q(`SELECT id, question_id, at, choice, correct, context, check_id FROM question_answers WHERE ${own} AND at >= ?`)) {
    yield { kind: 'questionAnswer', record: { id: id as string, questionId: qid as string, at: at as number, choice: choice as number | null, correct: correct === 1, context: context as 'check', checkId: str(check) } };
  }
  await tick();
  for (const [id, card, due, u] of q(`SELECT id, card, due, updated_at FROM review_cards WHERE ${own} AND updated_at >= ?`)) {
    yield { kind: 'reviewCard', record: { id: id as string, card: json(card), due: due as number, updatedAt: u as number } };
  }
  for (const [key, value, u] of q(`SELECT key, value, updated_at FROM preferences WHERE ${own} AND updated_at >= ?`)) {
    if (!LOCAL_PREFERENCES.has(key as string)) yield { kind: 'preference', record: { key: key as string, value: json(value), updatedAt: u as number } };
  }
  for (const [id, concept, session, at, covered, points, self, peer] of q(`SELECT id, concept_id, session_id, at, covered, points, self_rating, peer_rating FROM recitations WHERE ${own} AND at >= ?`)) {
    yield { kind: 'recitation', record: { id: id as string, conceptId: concept as string, sessionId: str(session), at: at as number, covered: json(covered) as number[], points: points as number, selfRating: self as 'good', peerRating: peer as number | null } };
  }
  for (const [id, session, problem, at, participants, notes, solved] of q(`SELECT id, session_id, problem_id, at, participants, notes, solved FROM group_sessions WHERE ${own} AND at >= ?`)) {
    yield { kind: 'groupSession', record: { id: id as string, sessionId: str(session), problemId: str(problem), at: at as number, participants: participants as string, notes: str(notes), solved: solved === 1 } };
  }
}

/** "Synced with 2 other machines, last change 3 min ago", or why not. */
export function describeSync(status: SyncStatus, now: number): string {
  if (status.state === 'not-started') return 'Sync is starting…';
  if (status.state === 'folder-missing') return `Not syncing: the sync folder is missing (${status.folder}).`;
  if (status.state === 'unreadable') return `Not syncing: ${status.problem ?? 'the sync folder cannot be read'}.`;
  const n = status.otherMachines.length;
  const who = n === 0 ? 'No other machine has synced yet' : `Synced with ${n} other machine${n === 1 ? '' : 's'}`;
  const when = status.lastChangeAt !== undefined ? `, last change ${ago(now - status.lastChangeAt)}` : '';
  const problem = status.problem ? ` (${status.problem})` : '';
  return `${who}${when}${problem}.`;
}

function ago(ms: number): string {
  const min = Math.max(0, Math.round(ms / 60_000));
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const h = Math.round(min / 60);
  if (h < 48) return `${h} h ago`;
  return `${Math.round(h / 24)} days ago`;
}
