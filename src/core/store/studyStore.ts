import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import type { Category } from '../method/targets';
import type { ProblemProgress } from '../practice/runHistory';
import { applyChanges } from './applyChange';
import { atomicWrite, fileVersion, moveAside, readDbFile, removeStaleTempFiles, sameVersion, type FileVersion } from './dbFile';
import { acquireLock } from './fileLock';
import { CATEGORY_FROM_CODE, type CheckRecord, type PreferenceRecord, type ReviewCardRecord, type SessionRecord, type StoreChange, type TestRunRecordRow } from './records';
import { MIGRATIONS, SCHEMA_VERSION } from './schema';

export type StoreMode = 'read-write' | 'read-only';

/** Something the user must be told about the database file. */
export interface StoreNotice {
  kind: 'moved-aside' | 'newer-version' | 'unreadable' | 'write-failed';
  message: string;
  path?: string;
}

export interface StudyStoreOptions {
  path: string;
  sql: SqlJsStatic;
  /** Coalescing delay between a change and its save (ms). A crash loses at most this much. */
  flushDelayMs?: number;
  now?: () => number;
}

type Listener = (origin: 'local' | 'external') => void;

class BadDatabaseError extends Error {}

/**
 * The one database of a user, shared by every VS Code window through a file in global storage.
 *
 * Changes are applied to the in-memory database at once and queued. A save takes the lock file, re-reads the file
 * if another window wrote it since (and re-applies the queued changes, which are idempotent), then writes a temp
 * file, fsyncs and renames it. So no window's update is lost, and the file on disk is always a whole database.
 */
export class StudyStore {
  readonly notices: StoreNotice[] = [];
  private db!: Database;
  private version: FileVersion | undefined;
  private pending: StoreChange[] = [];
  private flushTimer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<Listener>();
  private migratedFrom: number | undefined;
  private modeValue: StoreMode = 'read-write';
  /** True when the file's schema is newer than ours: nothing can be applied to it, not even in memory. */
  private foreignSchema = false;
  private closed = false;

  private constructor(private readonly options: StudyStoreOptions) {}

  /** Opens (or creates) the database. Never throws for a bad file: it is moved aside or left alone, and a notice says so. */
  static open(options: StudyStoreOptions): StudyStore {
    const store = new StudyStore(options);
    mkdirSync(dirname(options.path), { recursive: true });
    removeStaleTempFiles(options.path);
    store.loadFromDisk();
    return store;
  }

  get mode(): StoreMode {
    return this.modeValue;
  }

  get path(): string {
    return this.options.path;
  }

  /** Number of changes not yet saved. */
  get pendingCount(): number {
    return this.pending.length;
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /**
   * Applies changes now (visible to queries at once) and schedules their save. Returns false when the database
   * cannot take changes (written by a newer ML Reps); the caller tells the user, nothing is written.
   */
  apply(...changes: StoreChange[]): boolean {
    return this.applyAll(changes);
  }

  /** Like `apply`, for batches of any size (an import of years of history). */
  applyAll(changes: readonly StoreChange[]): boolean {
    if (this.closed) throw new Error('the store is closed');
    if (this.foreignSchema) return false;
    applyChanges(this.db, changes);
    if (this.modeValue === 'read-write') {
      for (const c of changes) this.pending.push(c);
      this.scheduleFlush();
    }
    this.emit('local');
    return true;
  }

  /**
   * Saves queued changes. Returns true when nothing is left to save. On a busy lock or a failed write the changes
   * stay queued for the next attempt; nothing is dropped.
   */
  flush(): boolean {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
    }
    if (this.modeValue !== 'read-write' || (!this.pending.length && this.migratedFrom === undefined)) return true;
    const lock = acquireLock(`${this.options.path}.lock`);
    if (!lock) {
      this.scheduleFlush();
      return false;
    }
    try {
      if (!sameVersion(fileVersion(this.options.path), this.version)) {
        this.loadFromDisk();
        if (this.modeValue !== 'read-write') return false;
      }
      if (this.migratedFrom !== undefined && existsSync(this.options.path)) {
        // Keep the file as the older version wrote it before the first write in the new schema.
        const backup = `${this.options.path}.v${this.migratedFrom}.bak`;
        if (!existsSync(backup)) copyFileSync(this.options.path, backup);
      }
      const saving = this.pending.length;
      atomicWrite(this.options.path, this.db.export());
      this.version = fileVersion(this.options.path);
      this.pending.splice(0, saving);
      this.migratedFrom = undefined;
      return this.pending.length === 0;
    } catch (err) {
      this.notices.push({ kind: 'write-failed', message: `ML Reps could not save its database (${(err as Error).message}); it will try again.`, path: this.options.path });
      this.scheduleFlush();
      return false;
    } finally {
      lock.release();
    }
  }

  /** Re-reads the file when another window wrote it. Cheap when nothing changed (one stat). */
  reloadIfChanged(): boolean {
    if (this.closed || sameVersion(fileVersion(this.options.path), this.version)) return false;
    if (!existsSync(this.options.path) && !this.version) return false;
    this.loadFromDisk();
    this.emit('external');
    return true;
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.db.close();
    this.listeners.clear();
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
    const sql = `SELECT t.problem_id, t.n, t.solved, t.last_solved, r.at, r.suite, r.passed, r.total, r.duration_ms, r.solved, r.error
      FROM (SELECT problem_id, COUNT(*) AS n, MAX(solved) AS solved, MAX(CASE WHEN solved = 1 THEN at END) AS last_solved, MAX(at) AS last_at
            FROM test_runs WHERE check_id IS NULL GROUP BY problem_id) t
      JOIN test_runs r ON r.problem_id = t.problem_id AND r.at = t.last_at AND r.check_id IS NULL`;
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

  /** Runs a read-only query (for features that own their own SQL, such as readiness). */
  query(sql: string, params: SqlValue[] = []): SqlValue[][] {
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

  private scheduleFlush(): void {
    if (this.flushTimer || this.closed) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.flush();
    }, this.options.flushDelayMs ?? 2000);
    this.flushTimer.unref?.();
  }

  /** (Re)loads the file into memory and re-applies queued changes. Bad files are moved aside, newer ones left alone. */
  private loadFromDisk(): void {
    const { path } = this.options;
    let buffer: Buffer | undefined;
    try {
      buffer = readDbFile(path);
    } catch (err) {
      this.notices.push({ kind: 'unreadable', message: `ML Reps cannot read its database at ${path} (${(err as Error).message}). It will not write over it; this session keeps its data in memory only.`, path });
      this.modeValue = 'read-only';
      this.replaceDb(this.freshDatabase());
      return;
    }
    const versionBefore = fileVersion(path);
    let db: Database;
    if (!buffer) {
      db = this.freshDatabase();
    } else {
      try {
        db = this.openBuffer(buffer);
      } catch (err) {
        if (!(err instanceof BadDatabaseError)) throw err;
        const aside = moveAside(path, 'corrupt');
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
    this.reapplyPending();
  }

  private reapplyPending(): void {
    if (this.pending.length) applyChanges(this.db, this.pending);
  }

  private replaceDb(db: Database): void {
    const old = this.db;
    this.db = db;
    if (old && old !== db) old.close();
  }

  private freshDatabase(): Database {
    const db = new this.options.sql.Database();
    migrate(db, 0);
    return db;
  }

  private openBuffer(buffer: Buffer): Database {
    if (buffer.length === 0) throw new BadDatabaseError('the file is empty');
    let db: Database | undefined;
    try {
      db = new this.options.sql.Database(buffer);
      const check = db.exec('PRAGMA quick_check')[0]?.values[0]?.[0];
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
