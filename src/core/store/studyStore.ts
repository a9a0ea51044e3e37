import { copyFileSync, existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import type { Category } from '../method/targets';
import type { ProblemProgress } from '../practice/runHistory';
import { applyChanges } from './applyChange';
import { atomicWrite, atomicWriteAsync, fileVersion, JOURNAL, journalName, moveAside, readDbFile, removeStaleTempFiles, sameVersion, siblings, tempName, type FileVersion } from './dbFile';
import { LockClaimer, type HeldLock, type LockAttempt } from './fileLock';
import { CATEGORY_FROM_CODE, type CheckRecord, type PreferenceRecord, type ReviewCardRecord, type SessionRecord, type StoreChange, type TestRunRecordRow } from './records';
import { MIGRATIONS, SCHEMA_VERSION } from './schema';
import { isChangeKind, validateChange } from './validate';

export type StoreMode = 'read-write' | 'read-only';

/** Something the user must be told about the database file. */
export interface StoreNotice {
  kind: 'moved-aside' | 'newer-version' | 'unreadable' | 'write-failed' | 'not-saved' | 'saved-again' | 'journal-kept' | 'journal-restored' | 'changes-lost' | 'lock';
  message: string;
  path?: string;
}

/** Where saving stands, for a status line: everything saved, changes waiting, or saving failing and why. */
export interface SaveStatus {
  mode: StoreMode;
  unsaved: number;
  /** Set while saves fail (read-only folder, full disk, unusable lock); retried automatically. */
  problem?: string;
}

export interface CloseResult {
  saved: boolean;
  /** Where unsaved changes were kept, to be saved on the next open. */
  journal?: string;
  /** Changes that could be neither saved nor journaled. */
  lost: number;
}

export interface StudyStoreOptions {
  path: string;
  sql: SqlJsStatic;
  /** Coalescing delay between a change and its save (ms). A crash loses at most this much. */
  flushDelayMs?: number;
  now?: () => number;
  /** This machine's id, stamped on its own changes (sync). Empty: not known yet. */
  origin?: string;
  /** The lock lease: a holder silent this long loses the lock. */
  lockStaleMs?: number;
  /** Test seam: runs after the new file is written and before the fencing check and rename. */
  beforeRename?: () => void | Promise<void>;
  /** Test seam: runs before a damaged file is moved aside (another window may win the race). */
  beforeMoveAside?: () => void;
}

type Listener = (origin: 'local' | 'external') => void;
type ApplyListener = (changes: readonly StoreChange[]) => void;

class BadDatabaseError extends Error {}

const RETRY_BUSY_MS = [20, 50, 100, 200, 400, 800, 1000];
const RETRY_FAILING_MS = [2000, 5000, 10_000, 30_000, 60_000];
/** Changes saved this recently are kept, to re-apply if a stalled writer's rename is found to have replaced ours. */
const RECENT_MS = 120_000;
const RECENT_MAX = 20_000;
const CLEAN_MARK = 'mlreps-clean';

/**
 * The one database of a user, shared by every VS Code window through a file in global storage.
 *
 * Changes are applied to the in-memory database at once and queued. A save takes the lock file, re-reads the file
 * if another window wrote it since (and re-applies the queued changes, which are idempotent), then writes a temp
 * file, fsyncs it, and, only if the lock is still its own (by token) and the file is still the version it read,
 * renames it into place. Otherwise it re-reads, merges and tries again. Each file carries a generation, incremented
 * under the lock; a write found replaced by an older generation's successor has its changes re-applied.
 *
 * Nothing here waits synchronously: `flush()` is one bounded attempt, retries are timers, and the background save
 * writes and fsyncs off the host thread.
 */
export class StudyStore {
  readonly notices: StoreNotice[] = [];
  private db!: Database;
  private version: FileVersion | undefined;
  private pending: StoreChange[] = [];
  private flushTimer: NodeJS.Timeout | undefined;
  private retryIndex = 0;
  private readonly listeners = new Set<Listener>();
  private readonly applyListeners = new Set<ApplyListener>();
  private migratedFrom: number | undefined;
  private modeValue: StoreMode = 'read-write';
  /** True when the file's schema is newer than ours: nothing can be applied to it, not even in memory. */
  private foreignSchema = false;
  private closed = false;
  private saving = false;
  private problem: string | undefined;
  private readonly lock: LockClaimer;
  private readonly now: () => number;
  /** The generation and token of this store's last write, and the changes of its recent writes. */
  private lastWrite: { generation: number; token: string } | undefined;
  private recent: { at: number; changes: StoreChange[] }[] = [];
  /** Journals replayed on open, removed once their changes are saved. */
  private replayed: string[] = [];
  private openMarker: string | undefined;
  private checkFully: boolean;

  private constructor(
    private readonly options: StudyStoreOptions,
    checkFully: boolean,
  ) {
    this.now = options.now ?? Date.now;
    this.lock = new LockClaimer(`${options.path}.lock`, { staleMs: options.lockStaleMs ?? 15_000, now: this.now });
    this.checkFully = checkFully;
  }

  /**
   * Opens (or creates) the database. Never throws for a bad file or folder: a damaged file is moved aside, a newer
   * one left alone, an unwritable folder gives "not saved yet" mode; a notice says which.
   */
  static open(options: StudyStoreOptions): StudyStore {
    let crashed = 0;
    let folderProblem: string | undefined;
    try {
      mkdirSync(dirname(options.path), { recursive: true });
      crashed = removeStaleTempFiles(options.path).crashed;
    } catch (err) {
      folderProblem = (err as Error).message;
    }
    // A full integrity check when the file changed since the last clean close, or a window crashed.
    const store = new StudyStore(options, crashed > 0 || !StudyStore.cleanSinceLastClose(options.path));
    store.loadFromDisk();
    if (store.modeValue === 'read-write') {
      try {
        const marker = tempName(options.path, 'open');
        writeFileSync(marker, '', { flag: 'wx' });
        store.openMarker = marker;
      } catch (err) {
        folderProblem ??= (err as Error).message;
      }
      if (folderProblem) store.failing(`the folder ${dirname(options.path)} cannot be written (${folderProblem})`);
      store.replayJournals();
    }
    return store;
  }

  private static cleanSinceLastClose(path: string): boolean {
    const now = fileVersion(path);
    if (!now) return true;
    try {
      const mark = JSON.parse(readFileSync(`${path}.${CLEAN_MARK}`, 'utf8')) as FileVersion;
      return sameVersion(now, mark);
    } catch {
      return false;
    }
  }

  get mode(): StoreMode {
    return this.modeValue;
  }

  get path(): string {
    return this.options.path;
  }

  /** This machine's id as stamped on its changes. */
  get origin(): string {
    return this.options.origin ?? '';
  }

  status(): SaveStatus {
    return { mode: this.modeValue, unsaved: this.pending.length, problem: this.problem };
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Every batch of changes applied through this store (local and merged), after it is applied. */
  onDidApply(listener: ApplyListener): { dispose(): void } {
    this.applyListeners.add(listener);
    return { dispose: () => this.applyListeners.delete(listener) };
  }

  /**
   * Applies changes now (visible to queries at once) and schedules their save. Returns false when the database
   * cannot take changes (written by a newer ML Reps); the caller tells the user, nothing is written.
   */
  apply(...changes: StoreChange[]): boolean {
    return this.applyAll(changes);
  }

  /** Like `apply`, for batches of any size. `quiet` skips the change event (a caller applying many batches fires once). */
  applyAll(changes: readonly StoreChange[], options: { quiet?: boolean } = {}): boolean {
    if (this.closed) throw new Error('the store is closed');
    if (this.foreignSchema) return false;
    applyChanges(this.db, changes, this.origin);
    if (this.modeValue === 'read-write') {
      for (const c of changes) this.pending.push(c);
      this.scheduleFlush();
    }
    for (const l of [...this.applyListeners]) {
      try {
        l(changes);
      } catch {
        // A listener's failure is its own.
      }
    }
    if (!options.quiet) this.emit('local');
    return true;
  }

  /** Tells listeners about changes applied with `quiet`. */
  notifyChanged(): void {
    this.emit('local');
  }

  /**
   * Saves queued changes without holding the host thread: the lock is waited for, and the file written and
   * fsynced, asynchronously; only the export of the in-memory database and the rename are synchronous. This is
   * what a hot path (after an answer, after a run) should call. Resolves true when nothing is left to save.
   */
  save(): Promise<boolean> {
    return this.flushAsync();
  }

  /**
   * One bounded, synchronous attempt to save queued changes, for shutdown and tests: it never waits for a lock,
   * but it does write and fsync the file on the calling thread, so hot paths call `save()` instead. Returns true when nothing is left to
   * save. When another window holds the lock, or the write fails, the changes stay queued and a retry is scheduled.
   */
  flush(): boolean {
    this.clearTimer();
    if (!this.needsSave()) return true;
    if (this.saving) {
      this.scheduleRetry('busy');
      return false;
    }
    const got = this.lock.tryAcquire();
    if (!this.lockUsable(got)) return false;
    const lock = (got as LockAttempt & { ok: true }).lock;
    try {
      const prepared = this.prepareWrite();
      if (!prepared) return false;
      const renamed = atomicWrite(this.options.path, prepared.bytes, () => {
        void this.options.beforeRename?.();
        return this.fenced(lock, prepared.base);
      });
      if (!renamed) {
        this.scheduleRetry('busy');
        return false;
      }
      return this.wrote(prepared, lock);
    } catch (err) {
      this.failing(`ML Reps could not save its database (${(err as Error).message})`);
      return false;
    } finally {
      lock.release();
    }
  }

  /**
   * Saves queued changes, waiting (asynchronously) for the lock up to `timeoutMs`. The file is written and
   * fsynced off the host thread. Resolves true when nothing is left to save.
   */
  async flushAsync(timeoutMs = 10_000): Promise<boolean> {
    this.clearTimer();
    const deadline = performance.now() + timeoutMs;
    while (this.needsSave()) {
      if (this.saving) {
        await new Promise((r) => setTimeout(r, 10));
      } else {
        const got = await this.lock.acquire(Math.max(0, deadline - performance.now()));
        if (!this.lockUsable(got)) return false;
        const lock = (got as LockAttempt & { ok: true }).lock;
        this.saving = true;
        let renamed = false;
        try {
          const prepared = this.prepareWrite();
          if (!prepared) return false;
          renamed = await atomicWriteAsync(this.options.path, prepared.bytes, async () => {
            await this.options.beforeRename?.();
            return this.fenced(lock, prepared.base);
          });
          if (renamed) this.wrote(prepared, lock);
        } catch (err) {
          this.failing(`ML Reps could not save its database (${(err as Error).message})`);
          return false;
        } finally {
          this.saving = false;
          lock.release();
        }
        // Not renamed: the lock was lost or the file changed under us. Re-read, merge and retry.
      }
      if (this.closed || performance.now() >= deadline) break;
    }
    if (this.needsSave()) this.scheduleRetry('busy');
    return !this.needsSave();
  }

  /**
   * Replaces the database with one made off the host thread, as one save: under the lock, the file is brought up
   * to date and this store's database exported; `work` turns those bytes into the new database (on another thread)
   * or gives up (undefined); the result is written with the usual fencing and becomes this store's database, with
   * the changes made on this thread meanwhile applied again on top. All or nothing: when the write cannot be made,
   * the database stays as it was.
   */
  async replaceInBackground(work: (bytes: Uint8Array) => Promise<Uint8Array | undefined>, timeoutMs = 10_000): Promise<{ ok: true } | { ok: false; error: string }> {
    if (this.closed) throw new Error('the store is closed');
    if (this.modeValue !== 'read-write') return { ok: false, error: 'The ML Reps database is read-only.' };
    this.clearTimer();
    while (this.saving) await new Promise((r) => setTimeout(r, 10));
    const got = await this.lock.acquire(timeoutMs);
    if (got.notice) this.notices.push({ kind: 'lock', message: got.notice, path: this.lock.path });
    if (!got.ok) return { ok: false, error: got.reason === 'busy' ? 'Another ML Reps window kept the database locked.' : `The database could not be locked (${got.detail}).` };
    const lock = got.lock;
    this.saving = true;
    try {
      const prepared = this.prepareWrite();
      if (!prepared) return { ok: false, error: 'The ML Reps database could not be read again before the import.' };
      const bytes = await work(prepared.bytes);
      if (!bytes) return { ok: false, error: 'The import was not applied.' };
      if (this.closed) return { ok: false, error: 'The store was closed during the import.' };
      const db = new this.options.sql.Database(bytes);
      if (meta(db, 'generation', 0) !== prepared.generation) {
        db.close();
        return { ok: false, error: 'The imported database is not the one handed over.' };
      }
      const renamed = await atomicWriteAsync(this.options.path, bytes, async () => {
        await this.options.beforeRename?.();
        return this.fenced(lock, prepared.base);
      });
      if (!renamed) {
        db.close();
        return { ok: false, error: 'Another ML Reps window saved the database during the import.' };
      }
      // What was queued before the export is in the file now; what came after is applied again on the new database.
      this.wrote(prepared, lock);
      this.replaceDb(db);
      this.reapplyPending();
      this.scheduleFlush();
      return { ok: true };
    } catch (err) {
      return { ok: false, error: `The import could not be saved (${(err as Error).message}).` };
    } finally {
      this.saving = false;
      lock.release();
    }
  }

  private needsSave(): boolean {
    return this.modeValue === 'read-write' && !this.closed && (this.pending.length > 0 || this.migratedFrom !== undefined || this.replayed.length > 0);
  }

  private lockUsable(got: LockAttempt): boolean {
    if (got.notice) this.notices.push({ kind: 'lock', message: got.notice, path: this.lock.path });
    if (got.ok) return true;
    if (got.reason === 'busy') this.scheduleRetry('busy');
    else this.failing(got.detail);
    return false;
  }

  /** Under the lock: catches up with the file, stamps the next generation and exports. */
  private prepareWrite(): { bytes: Uint8Array; base: FileVersion | undefined; saving: number; generation: number; token: string } | undefined {
    const base = fileVersion(this.options.path);
    if (!sameVersion(base, this.version)) {
      this.loadFromDisk();
      if (this.modeValue !== 'read-write') return undefined;
    }
    if (this.migratedFrom !== undefined && existsSync(this.options.path)) {
      // Keep the file as the older version wrote it before the first write in the new schema.
      const backup = `${this.options.path}.v${this.migratedFrom}.bak`;
      if (!existsSync(backup)) copyFileSync(this.options.path, backup);
    }
    const generation = meta(this.db, 'generation', 0) + 1;
    const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
    this.db.run("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('generation', ?), ('writer', ?)", [generation, token]);
    return { bytes: this.db.export(), base: this.version, saving: this.pending.length, generation, token };
  }

  /** The fencing check, right before the rename: still our lock, and the file still the version we merged with. */
  private fenced(lock: HeldLock, base: FileVersion | undefined): boolean {
    return lock.stillHeld() && sameVersion(fileVersion(this.options.path), base);
  }

  private wrote(p: { saving: number; generation: number; token: string }, _lock: HeldLock): boolean {
    this.version = fileVersion(this.options.path);
    const saved = this.pending.splice(0, p.saving);
    const now = this.now();
    this.recent = this.recent.filter((r) => now - r.at < RECENT_MS);
    if (saved.length <= RECENT_MAX) this.recent.push({ at: now, changes: saved });
    this.lastWrite = { generation: p.generation, token: p.token };
    this.migratedFrom = undefined;
    for (const j of this.replayed.splice(0)) removeQuietly(j);
    this.retryIndex = 0;
    if (this.problem !== undefined) {
      this.problem = undefined;
      this.notices.push({ kind: 'saved-again', message: 'ML Reps can save its database again; nothing was lost.', path: this.options.path });
      this.emit('local');
    }
    return this.pending.length === 0;
  }

  /** "Not saved yet" mode: changes stay in memory (and in a journal at close), a notice says so once, saving retries. */
  private failing(problem: string): void {
    if (this.problem === undefined) {
      this.notices.push({
        kind: 'not-saved',
        message: `${problem}. Your changes are kept and not saved yet; ML Reps will keep trying.`,
        path: this.options.path,
      });
      this.emit('local');
    }
    this.problem = problem;
    this.scheduleRetry('failing');
  }

  /** Re-reads the file when another window wrote it. Cheap when nothing changed (one stat). */
  reloadIfChanged(): boolean {
    if (this.closed || this.saving || sameVersion(fileVersion(this.options.path), this.version)) return false;
    this.loadFromDisk();
    this.emit('external');
    return true;
  }

  /**
   * Saves what it can in one attempt; changes that cannot be saved now are kept in a journal beside the database
   * and saved by the next open. Never drops a change silently: a notice says what happened.
   */
  close(): CloseResult {
    if (this.closed) return { saved: true, lost: 0 };
    const saved = this.flush();
    return this.finishClose(saved);
  }

  /** Like `close`, first waiting up to `timeoutMs` for a busy lock. */
  async closeAsync(timeoutMs = 3000): Promise<CloseResult> {
    if (this.closed) return { saved: true, lost: 0 };
    const saved = await this.flushAsync(timeoutMs);
    if (this.closed) return { saved: true, lost: 0 };
    return this.finishClose(saved);
  }

  private finishClose(saved: boolean): CloseResult {
    this.clearTimer();
    const result: CloseResult = { saved, lost: 0 };
    if (!saved && this.pending.length && this.modeValue === 'read-write') {
      const journal = journalName(this.options.path);
      try {
        writeFileSync(journal, this.pending.map((c) => JSON.stringify(c)).join('\n') + '\n', { flag: 'wx' });
        result.journal = journal;
        this.notices.push({ kind: 'journal-kept', message: `ML Reps could not save ${this.pending.length} change(s) before closing; they are kept in ${journal} and will be saved when ML Reps next opens.`, path: journal });
      } catch (err) {
        removeQuietly(journal);
        result.lost = this.pending.length;
        this.notices.push({ kind: 'changes-lost', message: `ML Reps could not save ${this.pending.length} change(s) before closing, nor keep them beside the database (${(err as Error).message}).`, path: this.options.path });
      }
    }
    if (saved && !this.pending.length && this.modeValue === 'read-write') {
      try {
        writeFileSync(`${this.options.path}.${CLEAN_MARK}`, JSON.stringify(fileVersion(this.options.path) ?? null));
      } catch {
        // Without the mark, the next open runs the full check: slower, not wrong.
      }
    }
    if (this.openMarker) removeQuietly(this.openMarker);
    this.closed = true;
    this.db.close();
    this.listeners.clear();
    this.applyListeners.clear();
    return result;
  }

  /** Applies the journals that closed windows left, validating every change; they are removed once saved. */
  private replayJournals(): void {
    const files = siblings(this.options.path, JOURNAL);
    if (!files.length) return;
    let restored = 0;
    const changes: StoreChange[] = [];
    for (const file of files) {
      let lines: string[];
      try {
        lines = readFileSync(file, 'utf8').split('\n');
      } catch {
        continue;
      }
      lines.forEach((line, i) => {
        if (!line.trim()) return;
        try {
          const raw = JSON.parse(line) as { kind?: unknown; record?: unknown; origin?: unknown };
          if (!isChangeKind(raw.kind)) return;
          const v = validateChange(raw.kind, raw.record, `${file} line ${i + 1}`, { now: this.now(), clampUpdatedAt: false });
          if (v.ok) changes.push(typeof raw.origin === 'string' ? { ...v.change, origin: raw.origin } : v.change);
          else this.notices.push({ kind: 'journal-restored', message: `ML Reps skipped an invalid change in a journal: ${v.error}`, path: file });
        } catch {
          // A torn last line of a journal written as the machine went down.
        }
      });
      this.replayed.push(file);
    }
    if (changes.length) {
      applyChanges(this.db, changes, this.origin);
      this.pending.push(...changes);
      restored = changes.length;
      this.notices.push({ kind: 'journal-restored', message: `ML Reps restored ${restored} change(s) that a window could not save when it closed.`, path: this.options.path });
    }
    this.scheduleFlush();
  }
  // Queries ---------------------------------------------------------------------------------------------------

  private rows(sql: string, params: SqlValue[] = []): SqlValue[][] {
    return this.db.exec(sql, params)[0]?.values ?? [];
  }

  sessions(options: { from?: number; to?: number; limit?: number; includeDeleted?: boolean; id?: string } = {}): SessionRecord[] {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (options.id !== undefined) {
      where.push('id = ?');
      params.push(options.id);
    }
    if (!options.includeDeleted) where.push('deleted = 0');
    if (options.from !== undefined) {
      where.push('end > ?');
      params.push(options.from);
    }
    if (options.to !== undefined) {
      where.push('start < ?');
      params.push(options.to);
    }
    const sql = `SELECT id, category, start, end, source, problem_id, note, updated_at, deleted FROM sessions
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY start DESC ${options.limit ? `LIMIT ${Math.floor(options.limit)}` : ''}`;
    return this.rows(sql, params).map(([id, c, s, e, src, p, n, u, d]) => ({
      id: id as string,
      category: CATEGORY_FROM_CODE[c as string],
      start: s as number,
      end: e as number,
      source: src as SessionRecord['source'],
      problemId: p as string | null,
      note: n as string | null,
      updatedAt: u as number,
      deleted: d === 1,
    }));
  }

  session(id: string): SessionRecord | undefined {
    return this.sessions({ includeDeleted: true, id })[0];
  }

  /** Study time per local day and category, overlaps resolved, for days in [fromDay, toDay] (YYYY-MM-DD). */
  dailyTotals(fromDay = '0000-00-00', toDay = '9999-99-99'): { day: string; category: Category; ms: number }[] {
    return this.rows('SELECT day, category, ms FROM daily_totals WHERE day >= ? AND day <= ? ORDER BY day', [fromDay, toDay]).map(([day, c, ms]) => ({
      day: day as string,
      category: CATEGORY_FROM_CODE[c as string],
      ms: ms as number,
    }));
  }

  categoryTotals(fromDay = '0000-00-00', toDay = '9999-99-99'): Map<Category, number> {
    const out = new Map<Category, number>();
    for (const [c, ms] of this.rows('SELECT category, SUM(ms) FROM daily_totals WHERE day >= ? AND day <= ? GROUP BY category', [fromDay, toDay])) {
      out.set(CATEGORY_FROM_CODE[c as string], ms as number);
    }
    return out;
  }

  /** Per problem: practice runs, solved or not, when last solved, and the last run. Runs of a check's copy never count. */
  problemProgress(): Map<string, ProblemProgress> {
    const out = new Map<string, ProblemProgress>();
    // problem_progress is kept by a trigger on every practice run (schema v4).
    const sql = `SELECT p.problem_id, p.attempts, p.solved, p.last_solved_at, r.at, r.suite, r.passed, r.total, r.duration_ms, r.solved, r.error
      FROM problem_progress p JOIN test_runs r ON r.id = p.last_run_id`;
    for (const [pid, n, solved, lastSolved, at, suite, passed, total, dur, rSolved, error] of this.rows(sql)) {
      out.set(pid as string, {
        status: solved === 1 ? 'solved' : 'attempted',
        attempts: n as number,
        lastSolvedAt: (lastSolved as number | null) ?? undefined,
        last: {
          problemId: pid as string,
          at: at as number,
          suite: suite as 'visible' | 'hidden' | 'all',
          passed: passed as number,
          total: total as number,
          durationMs: dur as number,
          solved: rSolved === 1,
          error: (error as string | null) ?? undefined,
        },
      });
    }
    return out;
  }

  testRuns(): TestRunRecordRow[] {
    return this.rows('SELECT id, problem_id, at, suite, passed, total, duration_ms, solved, error, check_id FROM test_runs ORDER BY at').map(
      ([id, p, at, suite, passed, total, dur, solved, error, check]) => ({
        id: id as string,
        problemId: p as string,
        at: at as number,
        suite: suite as string,
        passed: passed as number,
        total: total as number,
        durationMs: dur as number,
        solved: solved === 1,
        error: error as string | null,
        checkId: check as string | null,
      }),
    );
  }

  preference<T = unknown>(key: string): T | undefined {
    const row = this.rows('SELECT value FROM preferences WHERE key = ?', [key])[0];
    return row ? (JSON.parse(row[0] as string) as T) : undefined;
  }

  preferences(): PreferenceRecord[] {
    return this.rows('SELECT key, value, updated_at FROM preferences ORDER BY key').map(([k, v, u]) => ({ key: k as string, value: JSON.parse(v as string), updatedAt: u as number }));
  }

  checks(): CheckRecord[] {
    return this.rows('SELECT id, kind, track, seed, draw, started_at, finished_at, status, score, total, elapsed_ms, state, updated_at FROM checks ORDER BY started_at').map(
      ([id, kind, track, seed, draw, started, finished, status, score, total, elapsed, state, updated]) => ({
        id: id as string,
        kind: kind as CheckRecord['kind'],
        track: track as CheckRecord['track'],
        seed: seed as number,
        draw: JSON.parse(draw as string) as string[],
        startedAt: started as number,
        finishedAt: finished as number | null,
        status: status as CheckRecord['status'],
        score: score as number | null,
        total: total as number,
        elapsedMs: elapsed as number,
        state: state === null ? null : JSON.parse(state as string),
        updatedAt: updated as number,
      }),
    );
  }

  /** Per question id: answers given and how many were right (checks, practice and review alike). */
  questionStats(): Map<string, { correct: number; total: number }> {
    const out = new Map<string, { correct: number; total: number }>();
    for (const [q, c, n] of this.rows('SELECT question_id, SUM(correct), COUNT(*) FROM question_answers GROUP BY question_id')) out.set(q as string, { correct: c as number, total: n as number });
    return out;
  }

  reviewCards(prefix = ''): ReviewCardRecord[] {
    return this.rows('SELECT id, card, due, updated_at FROM review_cards WHERE id >= ? AND id < ? ORDER BY due', [prefix, `${prefix}\uffff`]).map(([id, card, due, u]) => ({
      id: id as string,
      card: JSON.parse(card as string),
      due: due as number,
      updatedAt: u as number,
    }));
  }

  /** Raw rows of a table, for export. */
  table(name: 'checks' | 'question_answers' | 'review_cards' | 'recitations' | 'group_sessions'): Record<string, SqlValue>[] {
    const res = this.db.exec(`SELECT * FROM ${name}`)[0];
    if (!res) return [];
    return res.values.map((v) => Object.fromEntries(res.columns.map((c, i) => [c, v[i]])));
  }

  /** Runs one read-only query (for features that own their own SQL, such as readiness); anything else is refused. */
  query(sql: string, params: SqlValue[] = []): SqlValue[][] {
    if (!/^\s*(SELECT|WITH)\b/i.test(sql) || /;\s*\S/.test(sql)) throw new Error(`StudyStore.query runs one SELECT, not: ${sql.slice(0, 60)}`);
    return this.rows(sql, params);
  }

  // Loading ---------------------------------------------------------------------------------------------------

  private emit(origin: 'local' | 'external'): void {
    for (const l of [...this.listeners]) {
      try {
        l(origin);
      } catch {
        // A listener's failure is its own; the store carries on.
      }
    }
  }

  private clearTimer(): void {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
    }
  }

  private scheduleFlush(delay = this.options.flushDelayMs ?? 2000): void {
    if (this.flushTimer || this.closed) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      void this.flushAsync(0);
    }, delay);
    this.flushTimer.unref?.();
  }

  /** Retries with backoff: quick while another window holds the lock, slower while the folder cannot be written. */
  private scheduleRetry(why: 'busy' | 'failing'): void {
    const steps = why === 'busy' ? RETRY_BUSY_MS : RETRY_FAILING_MS;
    const delay = steps[Math.min(this.retryIndex++, steps.length - 1)];
    this.clearTimer();
    this.scheduleFlush(delay);
  }

  /** (Re)loads the file into memory and re-applies queued changes. Bad files are moved aside, newer ones left alone. */
  private loadFromDisk(attempt = 0): void {
    const { path } = this.options;
    const versionBefore = fileVersion(path);
    let buffer: Buffer | undefined;
    try {
      buffer = readDbFile(path);
    } catch (err) {
      this.notices.push({ kind: 'unreadable', message: `ML Reps cannot read its database at ${path} (${(err as Error).message}). It will not write over it; this session keeps its data in memory only.`, path });
      this.modeValue = 'read-only';
      this.replaceDb(this.freshDatabase());
      return;
    }
    let db: Database;
    if (!buffer) {
      db = this.freshDatabase();
    } else {
      try {
        db = this.openBuffer(buffer, this.checkFully);
        this.checkFully = false;
      } catch (err) {
        if (!(err instanceof BadDatabaseError)) throw err;
        this.options.beforeMoveAside?.();
        let aside: string | undefined;
        try {
          aside = moveAside(path, 'corrupt', versionBefore);
        } catch (moveErr) {
          this.notices.push({ kind: 'unreadable', message: `ML Reps found its database damaged (${err.message}) and cannot move it aside (${(moveErr as Error).message}). It will not write over it; this session keeps its data in memory only.`, path });
          this.modeValue = 'read-only';
          this.replaceDb(this.freshDatabase());
          return;
        }
        if (aside === undefined) {
          // Another window moved it (or replaced it) first: open what it left.
          if (attempt < 3) return this.loadFromDisk(attempt + 1);
          this.replaceDb(this.freshDatabase());
          this.version = fileVersion(path);
          this.reapplyPending();
          return;
        }
        this.notices.push({
          kind: 'moved-aside',
          message: `ML Reps found its database damaged (${err.message}). It was kept as ${aside} and a new database was started.`,
          path: aside,
        });
        db = this.freshDatabase();
        this.migratedFrom = undefined;
        this.replaceDb(db);
        this.version = undefined;
        this.reapplyPending();
        return;
      }
      const fileSchema = userVersion(db);
      if (fileSchema > SCHEMA_VERSION) {
        this.modeValue = 'read-only';
        this.foreignSchema = true;
        this.notices.push({
          kind: 'newer-version',
          message: `ML Reps' database was written by a newer version of ML Reps (schema ${fileSchema}, this one knows ${SCHEMA_VERSION}). It is read-only until you update the extension; nothing will be written over it.`,
          path,
        });
        this.replaceDb(db);
        this.version = versionBefore;
        return;
      }
      if (fileSchema < SCHEMA_VERSION) {
        this.migratedFrom = fileSchema;
        migrate(db, fileSchema);
      }
    }
    this.replaceDb(db);
    this.version = versionBefore;
    this.recoverOverwrittenWrite();
    this.reapplyPending();
  }

  /**
   * A file whose generation is not past this store's last write, written by someone else, means that write was
   * replaced (a stalled writer renamed over it). Its changes are queued again: nothing acknowledged is lost.
   */
  private recoverOverwrittenWrite(): void {
    if (!this.lastWrite) return;
    const generation = meta(this.db, 'generation', 0);
    const writer = meta(this.db, 'writer', '');
    if (generation <= this.lastWrite.generation && writer !== this.lastWrite.token) {
      const lost = this.recent.flatMap((r) => r.changes);
      this.recent = [];
      this.pending.unshift(...lost);
      this.notices.push({ kind: 'write-failed', message: `Another ML Reps window replaced a save of this one with an older copy; ${lost.length} change(s) were applied again.`, path: this.options.path });
    }
    this.lastWrite = undefined;
  }

  private reapplyPending(): void {
    if (this.pending.length) applyChanges(this.db, this.pending, this.origin);
  }

  private replaceDb(db: Database): void {
    tune(db);
    const old = this.db;
    this.db = db;
    if (old && old !== db) old.close();
  }

  private freshDatabase(): Database {
    const db = new this.options.sql.Database();
    migrate(db, 0);
    return db;
  }

  /** Opens a file's bytes: `integrity_check` (every page and index) when asked, else the quicker `quick_check`. */
  private openBuffer(buffer: Buffer, full: boolean): Database {
    if (buffer.length === 0) throw new BadDatabaseError('the file is empty');
    // A cut or padded file: the size must be the page count the header records times the page size.
    if (buffer.length >= 100 && buffer.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') {
      const pageSize = buffer.readUInt16BE(16) === 1 ? 65536 : buffer.readUInt16BE(16);
      const pages = buffer.readUInt32BE(28);
      const valid = buffer.readUInt32BE(24) === buffer.readUInt32BE(92);
      if (buffer.length % pageSize !== 0 || (valid && pages > 0 && pages * pageSize !== buffer.length)) {
        throw new BadDatabaseError(`the file is ${buffer.length} bytes, not the ${valid && pages ? pages : '(whole)'} pages of ${pageSize} bytes its header records; it was cut or damaged`);
      }
    }
    let db: Database | undefined;
    try {
      db = new this.options.sql.Database(buffer);
      const check = db.exec(full ? 'PRAGMA integrity_check(1)' : 'PRAGMA quick_check(1)')[0]?.values[0]?.[0];
      if (check !== 'ok') throw new BadDatabaseError(`integrity check: ${String(check)}`);
      const version = userVersion(db);
      // A newer schema is not ours to judge: it is opened read-only as it is.
      if (version >= 1 && version <= SCHEMA_VERSION) {
        const tables = new Set((db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")[0]?.values ?? []).map((r) => r[0]));
        for (const t of ['sessions', 'daily_totals', 'test_runs', 'preferences']) {
          if (!tables.has(t)) throw new BadDatabaseError(`table ${t} is missing`);
        }
      }
      return db;
    } catch (err) {
      db?.close();
      if (err instanceof BadDatabaseError) throw err;
      throw new BadDatabaseError((err as Error).message);
    }
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function meta<T extends number | string>(db: Database, key: string, fallback: T): T {
  try {
    const v = db.exec('SELECT value FROM store_meta WHERE key = ?', [key])[0]?.values[0]?.[0];
    return (v ?? fallback) as T;
  } catch {
    return fallback;
  }
}

/**
 * The in-memory database's own settings. sql.js keeps the database as a file in an emulated in-memory file system:
 * a rollback journal there is a second emulated file created and grown on every transaction, and a small page
 * cache writes pages through to the emulated file again and again. Neither protects anything (the file on disk is
 * written whole, atomically, by the save), so the journal stays in plain memory and the cache holds the database.
 */
function tune(db: Database): void {
  db.exec('PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -32768;');
}

function userVersion(db: Database): number {
  return Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
}

function migrate(db: Database, from: number): void {
  for (let v = from; v < SCHEMA_VERSION; v++) {
    db.run('BEGIN');
    try {
      db.exec(MIGRATIONS[v]);
      db.run(`PRAGMA user_version = ${v + 1}`);
      db.run('COMMIT');
    } catch (err) {
      db.run('ROLLBACK');
      throw err;
    }
  }
}
