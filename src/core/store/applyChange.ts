import type { Database, SqlValue, Statement } from 'sql.js';
import { dayRange, daysTouched, resolveOverlaps, type SessionSource, type TimedInterval } from '../tracking/timeline';
import type { Category } from '../method/targets';
import { CATEGORY_CODES, CATEGORY_FROM_CODE, MAX_SESSION_MS, type StoreChange } from './records';

const json = (v: unknown) => JSON.stringify(v ?? null);

/**
 * Last writer wins: a newer `updated_at` replaces the row; on a tie the greater origin (machine id) wins, so every
 * machine that sees the same versions keeps the same one, whatever order they arrive in.
 */
const NEWER = (t: string) => `excluded.updated_at > ${t}.updated_at OR (excluded.updated_at = ${t}.updated_at AND excluded.origin >= ${t}.origin)`;

/** Statements prepared once per batch: compiling SQL for each change made large batches slow. */
class Prepared {
  private readonly cache = new Map<string, Statement>();
  constructor(readonly db: Database) {}
  run(sql: string, params: SqlValue[]): void {
    this.statement(sql).run(params);
  }
  all(sql: string, params: SqlValue[]): SqlValue[][] {
    const stmt = this.statement(sql);
    stmt.bind(params);
    const rows: SqlValue[][] = [];
    while (stmt.step()) rows.push(stmt.get());
    stmt.reset();
    return rows;
  }
  private statement(sql: string): Statement {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }
  free(): void {
    for (const s of this.cache.values()) s.free();
    this.cache.clear();
  }
}

/**
 * Writes one change into the database. Sessions, checks, review cards and preferences are last-writer-wins by
 * `updatedAt`; test runs and answers are written once. Returns the local days whose study time may have changed.
 */
function applyChange(db: Prepared, change: StoreChange, origin: string): string[] {
  const o = change.origin ?? origin;
  switch (change.kind) {
    case 'session': {
      const days = new Set<string>();
      applySessionRun(db, [change.record], [o], days);
      return [...days];
    }
    case 'testRun': {
      const r = change.record;
      db.run(
        `INSERT OR IGNORE INTO test_runs (id, problem_id, at, suite, passed, total, duration_ms, solved, error, check_id, origin)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [r.id, r.problemId, r.at, r.suite, r.passed, r.total, r.durationMs, r.solved ? 1 : 0, r.error, r.checkId, o],
      );
      return [];
    }
    case 'check': {
      const r = change.record;
      db.run(
        `INSERT INTO checks (id, kind, track, seed, draw, started_at, finished_at, status, score, total, elapsed_ms, state, updated_at, origin)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET finished_at = excluded.finished_at, status = excluded.status, score = excluded.score,
           elapsed_ms = excluded.elapsed_ms, state = excluded.state, updated_at = excluded.updated_at, origin = excluded.origin
         WHERE ${NEWER('checks')}`,
        [r.id, r.kind, r.track, r.seed, json(r.draw), r.startedAt, r.finishedAt, r.status, r.score, r.total, r.elapsedMs, json(r.state), r.updatedAt, o],
      );
      return [];
    }
    case 'questionAnswer': {
      const r = change.record;
      db.run(
        `INSERT OR IGNORE INTO question_answers (id, question_id, at, choice, correct, context, check_id, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [r.id, r.questionId, r.at, r.choice, r.correct ? 1 : 0, r.context, r.checkId, o],
      );
      return [];
    }
    case 'reviewCard': {
      const r = change.record;
      db.run(
        `INSERT INTO review_cards (id, card, due, updated_at, origin) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET card = excluded.card, due = excluded.due, updated_at = excluded.updated_at, origin = excluded.origin
         WHERE ${NEWER('review_cards')}`,
        [r.id, json(r.card), r.due, r.updatedAt, o],
      );
      return [];
    }
    case 'preference': {
      const r = change.record;
      db.run(
        `INSERT INTO preferences (key, value, updated_at, origin) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, origin = excluded.origin
         WHERE ${NEWER('preferences')}`,
        [r.key, json(r.value), r.updatedAt, o],
      );
      return [];
    }
    case 'recitation': {
      const r = change.record;
      db.run(
        `INSERT OR IGNORE INTO recitations (id, concept_id, session_id, at, covered, points, self_rating, peer_rating, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [r.id, r.conceptId, r.sessionId, r.at, json(r.covered), r.points, r.selfRating, r.peerRating, o],
      );
      return [];
    }
    case 'groupSession': {
      const r = change.record;
      db.run(
        `INSERT OR REPLACE INTO group_sessions (id, session_id, problem_id, at, participants, notes, solved, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [r.id, r.sessionId, r.problemId, r.at, r.participants, r.notes, r.solved ? 1 : 0, o],
      );
      return [];
    }
  }
}

/**
 * The sessions that may overlap [from, to): not deleted, starting after `from - MAX_SESSION_MS` and before `to`,
 * ending after `from`, in order of start (then id).
 */
export type SessionsInRange = (from: number, to: number) => TimedInterval[];

/** `SessionsInRange` read from the database, through the index on start. */
function sessionsFromDb(db: Database): { read: SessionsInRange; free: () => void } {
  const stmt = db.prepare('SELECT category, start, end, source FROM sessions WHERE start > ? AND start < ? AND end > ? AND deleted = 0 ORDER BY start');
  const read = (from: number, to: number) => {
    stmt.bind([from - MAX_SESSION_MS, to, from]);
    const rows: TimedInterval[] = [];
    while (stmt.step()) {
      const r = stmt.get();
      const category = CATEGORY_FROM_CODE[r[0] as string];
      if (category) rows.push({ category, start: r[1] as number, end: r[2] as number, source: r[3] as SessionSource });
    }
    stmt.reset();
    return rows;
  };
  return { read, free: () => stmt.free() };
}

/**
 * Rebuilds the per-category study time of the given local days from the sessions that overlap them. Days are
 * taken in order, a few weeks per read, so a session is read once per group rather than once per day it could
 * touch; an import of years rebuilds every day in seconds. `sessionsIn` gives the sessions (by default read from
 * the database).
 */
function rebuildDayTotals(db: Database, days: Iterable<string>, sessionsIn?: SessionsInRange): void {
  const fromDb = sessionsIn ? undefined : sessionsFromDb(db);
  try {
    writeDayTotals(db, dayTotals(days, sessionsIn ?? fromDb!.read));
  } finally {
    fromDb?.free();
  }
}

/** Study time per category of each day: the rows of `daily_totals` for it (category code, ms). */
export type DayTotals = { day: string; totals: [code: string, ms: number][] }[];

/** Computes the study time of the given local days from the sessions `read` gives (see `rebuildDayTotals`). */
export function dayTotals(days: Iterable<string>, read: SessionsInRange): DayTotals {
  const sorted = [...new Set(days)].sort();
  const out: DayTotals = [];
  for (let g = 0; g < sorted.length; g += DAYS_PER_QUERY) {
    const group = sorted.slice(g, g + DAYS_PER_QUERY).map((d) => ({ day: d, range: dayRange(d) }));
    const from = Math.min(...group.map((x) => x.range[0]));
    const to = Math.max(...group.map((x) => x.range[1]));
    // Bounded below by the longest possible session, so the index on start keeps this cheap on years of history.
    const rows = read(from, to);
    for (const { day, range } of group) {
      const [dayFrom, dayTo] = range;
      const lo = firstStartAfter(rows, dayFrom - MAX_SESSION_MS);
      const overlapping: TimedInterval[] = [];
      for (let i = lo; i < rows.length && rows[i].start < dayTo; i++) if (rows[i].end > dayFrom) overlapping.push(rows[i]);
      out.push({ day, totals: [...resolveOverlaps(overlapping, dayFrom, dayTo)].map(([category, ms]) => [CATEGORY_CODES[category], ms]) });
    }
  }
  return out;
}

/** Replaces the study time of each day given (in the caller's transaction). */
export function writeDayTotals(db: Database, totals: DayTotals): void {
  const del = db.prepare('DELETE FROM daily_totals WHERE day = ?');
  const ins = db.prepare('INSERT INTO daily_totals (day, category, ms) VALUES (?, ?, ?)');
  try {
    for (const { day, totals: rows } of totals) {
      del.run([day]);
      for (const [code, ms] of rows) ins.run([day, code, ms]);
    }
  } finally {
    del.free();
    ins.free();
  }
}

/**
 * The study time of every day the packed sessions touch, computed from them alone: what `rebuildDays` gives when
 * the sessions table holds exactly these sessions (an import into an empty table with no id given twice).
 */
export function dayTotalsOfPacked(batches: readonly PackedSessions[]): DayTotals {
  const utcDays = new Set<number>();
  for (const b of batches) {
    for (let i = 0; i < b.idEnds.length; i++) {
      const start = b.times[3 * i];
      addUtcDays(utcDays, start, Math.min(b.times[3 * i + 1], start + MAX_SESSION_MS));
    }
  }
  return dayTotals(localDaysOf(utcDays), sessionsFromPacked(batches));
}

/** Orders ids as SQLite's BINARY collation does (their UTF-8 bytes). */
function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(a) || /[^\u0000-\u007f]/.test(b)) return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
  return a < b ? -1 : 1;
}

/**
 * `SessionsInRange` from packed sessions held in memory, when they are exactly what the sessions table holds
 * (an import into an empty table with no id given twice): the same rows as the database would give, without a
 * million lookups through sql.js.
 */
export function sessionsFromPacked(batches: readonly PackedSessions[]): SessionsInRange {
  let n = 0;
  for (const b of batches) n += b.idEnds.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const kinds = new Uint8Array(n * 2);
  // Where each session's id is (batch, index), read only to order sessions that start at the same instant.
  const where = new Uint32Array(n * 2);
  let k = 0;
  for (let bi = 0; bi < batches.length; bi++) {
    const b = batches[bi];
    for (let i = 0; i < b.idEnds.length; i++) {
      if (b.codes[3 * i + 2]) continue; // deleted
      starts[k] = b.times[3 * i];
      ends[k] = Math.min(b.times[3 * i + 1], starts[k] + MAX_SESSION_MS);
      kinds[2 * k] = b.codes[3 * i];
      kinds[2 * k + 1] = b.codes[3 * i + 1];
      where[2 * k] = bi;
      where[2 * k + 1] = i;
      k++;
    }
  }
  const order = new Uint32Array(k);
  for (let i = 0; i < k; i++) order[i] = i;
  const id = (j: number) => packedId(batches[where[2 * j]], where[2 * j + 1]);
  const before = (a: number, b: number) => starts[a] - starts[b] || compareIds(id(a), id(b));
  let sorted = true;
  for (let i = 1; i < k && sorted; i++) sorted = before(order[i - 1], order[i]) < 0;
  if (!sorted) order.sort(before);
  const sortedStarts = new Float64Array(k);
  for (let i = 0; i < k; i++) sortedStarts[i] = starts[order[i]];
  return (from, to) => {
    // First start after from - MAX_SESSION_MS.
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedStarts[mid] > from - MAX_SESSION_MS) hi = mid;
      else lo = mid + 1;
    }
    const rows: TimedInterval[] = [];
    for (let i = lo; i < k && sortedStarts[i] < to; i++) {
      const j = order[i];
      if (ends[j] > from) rows.push({ category: CATEGORY_FROM_CODE[CODE_LIST[kinds[2 * j]]], start: starts[j], end: ends[j], source: SOURCE_LIST[kinds[2 * j + 1]] });
    }
    return rows;
  };
}

const DAYS_PER_QUERY = 31;

/** Index of the first interval whose start is after `t` (intervals sorted by start). */
function firstStartAfter(rows: readonly TimedInterval[], t: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].start > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Sessions per multi-row statement: one call into SQLite for many rows is what makes an import of years fast. */
const SESSION_ROWS = 64;
const SESSION_COLUMNS = '(id, category, start, end, source, problem_id, note, updated_at, deleted, origin)';

/**
 * Upserts a run of sessions with one lookup and one INSERT per `SESSION_ROWS` rows. Same rules as one at a time:
 * within a statement SQLite applies the rows in order, so a repeated id ends as the last-writer-wins version.
 * Returns the days touched by the new versions and by the versions they replace.
 */
function applySessionRun(db: Prepared, records: readonly SessionRecordLike[], origins: readonly string[], days: Set<string>): void {
  for (let i = 0; i < records.length; i += SESSION_ROWS) {
    const chunk = records.slice(i, i + SESSION_ROWS);
    const n = chunk.length;
    const ids = chunk.map((r) => r.id);
    for (const [start, end] of db.all(`SELECT start, end FROM sessions WHERE id IN (${ids.map(() => '?').join(',')})`, ids)) {
      for (const d of daysTouched(start as number, end as number)) days.add(d);
    }
    const params: SqlValue[] = [];
    chunk.forEach((rec, j) => {
      const end = Math.min(rec.end, rec.start + MAX_SESSION_MS);
      params.push(rec.id, CATEGORY_CODES[rec.category], rec.start, end, rec.source, rec.problemId, rec.note, rec.updatedAt, rec.deleted ? 1 : 0, origins[i + j]);
      for (const d of daysTouched(rec.start, end)) days.add(d);
    });
    db.run(
      `INSERT INTO sessions ${SESSION_COLUMNS} VALUES ${Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (id) DO UPDATE SET category = excluded.category, start = excluded.start, end = excluded.end,
         source = excluded.source, problem_id = excluded.problem_id, note = excluded.note,
         updated_at = excluded.updated_at, deleted = excluded.deleted, origin = excluded.origin
       WHERE ${NEWER('sessions')}`,
      params,
    );
  }
}

type SessionRecordLike = Extract<StoreChange, { kind: 'session' }>['record'];

/**
 * Sessions as an import's threads hand them to each other: one column per field instead of one object per record,
 * so passing a batch between threads and binding it to SQL allocates almost nothing per session.
 */
export interface PackedSessions {
  /** The ids one after another; `idEnds[i]` is where the i-th ends. */
  ids: string;
  idEnds: Uint32Array;
  problemIds: (string | null)[];
  notes: (string | null)[];
  /** start, end, updatedAt for each session. */
  times: Float64Array;
  /** Category code index, source index, deleted (0/1) for each session. */
  codes: Uint8Array;
}

export function packedId(p: PackedSessions, i: number): string {
  return p.ids.slice(i ? p.idEnds[i - 1] : 0, p.idEnds[i]);
}

const CODE_LIST = Object.values(CATEGORY_CODES);
/** Categories in the order of their index in `PackedSessions.codes`. */
export const PACKED_CATEGORIES = Object.keys(CATEGORY_CODES) as Category[];
const CATEGORY_INDEX = new Map(PACKED_CATEGORIES.map((category, i) => [category, i]));
/** Sources in the order of their index in `PackedSessions.codes`. */
export const PACKED_SOURCES: readonly SessionSource[] = ['auto', 'timer', 'logged'];
const SOURCE_LIST = PACKED_SOURCES;

export function packSessions(records: readonly SessionRecordLike[]): PackedSessions {
  const n = records.length;
  const idEnds = new Uint32Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) idEnds[i] = at += records[i].id.length;
  const p: PackedSessions = { ids: records.map((r) => r.id).join(''), idEnds, problemIds: new Array<string | null>(n), notes: new Array<string | null>(n), times: new Float64Array(n * 3), codes: new Uint8Array(n * 3) };
  for (let i = 0; i < n; i++) {
    const r = records[i];
    p.problemIds[i] = r.problemId;
    p.notes[i] = r.note;
    p.times[3 * i] = r.start;
    p.times[3 * i + 1] = r.end;
    p.times[3 * i + 2] = r.updatedAt;
    p.codes[3 * i] = CATEGORY_INDEX.get(r.category)!;
    p.codes[3 * i + 1] = SOURCE_LIST.indexOf(r.source);
    p.codes[3 * i + 2] = r.deleted ? 1 : 0;
  }
  return p;
}

const DAY_MS = 86_400_000;

/** Adds the UTC day numbers (epoch ms / one day) that [start, end] touches. */
function addUtcDays(days: Set<number>, start: number, end: number): void {
  const last = Math.floor(end / DAY_MS);
  for (let d = Math.floor(start / DAY_MS); d <= last; d++) days.add(d);
}

/**
 * Upserts packed sessions, all of one origin, by the same last-writer-wins rule as `applySessionRun`, in
 * statements of `SESSION_ROWS` rows (the origin bound once per statement). `utcDays` gets the UTC day numbers
 * (epoch ms / one day) touched by the new versions and, with `lookup`, by the versions they replace: a
 * superset of the local days whose study time may change (see `localDaysOf`). Without `lookup` the rows replaced
 * are taken to be this import's own (the table held no sessions when it began), whose days are already in.
 */
export class PackedSessionWriter {
  private readonly statements = new Map<number, Statement>();
  private look: Statement | undefined;
  constructor(
    private readonly db: Database,
    private readonly origin: string,
    private readonly utcDays: Set<number>,
    private readonly lookup: boolean,
  ) {}

  write(p: PackedSessions): void {
    const total = p.idEnds.length;
    for (let i = 0; i < total; i += SESSION_ROWS) {
      const n = Math.min(SESSION_ROWS, total - i);
      if (this.lookup) this.addReplacedDays(Array.from({ length: n }, (_, j) => packedId(p, i + j)));
      const params: SqlValue[] = new Array<SqlValue>(1 + n * 9);
      params[0] = this.origin;
      let k = 1;
      for (let j = i; j < i + n; j++) {
        const start = p.times[3 * j];
        const end = Math.min(p.times[3 * j + 1], start + MAX_SESSION_MS);
        params[k++] = packedId(p, j);
        params[k++] = CODE_LIST[p.codes[3 * j]];
        params[k++] = start;
        params[k++] = end;
        params[k++] = SOURCE_LIST[p.codes[3 * j + 1]];
        params[k++] = p.problemIds[j];
        params[k++] = p.notes[j];
        params[k++] = p.times[3 * j + 2];
        params[k++] = p.codes[3 * j + 2];
        this.addDays(start, end);
      }
      this.statement(n).run(params);
    }
  }

  free(): void {
    for (const s of this.statements.values()) s.free();
    this.statements.clear();
    this.look?.free();
    this.look = undefined;
  }

  private addDays(start: number, end: number): void {
    addUtcDays(this.utcDays, start, end);
  }

  private addReplacedDays(ids: string[]): void {
    if (ids.length !== SESSION_ROWS) {
      for (const id of ids) this.addReplacedDays1(id);
      return;
    }
    this.look ??= this.db.prepare(`SELECT start, end FROM sessions WHERE id IN (${ids.map(() => '?').join(',')})`);
    this.look.bind(ids);
    while (this.look.step()) {
      const [start, end] = this.look.get();
      this.addDays(start as number, end as number);
    }
    this.look.reset();
  }

  private addReplacedDays1(id: string): void {
    for (const [start, end] of this.db.exec('SELECT start, end FROM sessions WHERE id = ?', [id])[0]?.values ?? []) this.addDays(start as number, end as number);
  }

  private statement(n: number): Statement {
    let stmt = this.statements.get(n);
    if (!stmt) {
      // ?1 is the origin; row r's nine values are ?(2 + 9r) to ?(10 + 9r).
      const rows = Array.from({ length: n }, (_, r) => `(${Array.from({ length: 9 }, (_, c) => `?${2 + 9 * r + c}`).join(', ')}, ?1)`);
      stmt = this.db.prepare(
        `INSERT INTO sessions ${SESSION_COLUMNS} VALUES ${rows.join(', ')}
         ON CONFLICT (id) DO UPDATE SET category = excluded.category, start = excluded.start, end = excluded.end,
           source = excluded.source, problem_id = excluded.problem_id, note = excluded.note,
           updated_at = excluded.updated_at, deleted = excluded.deleted, origin = excluded.origin
         WHERE ${NEWER('sessions')}`,
      );
      this.statements.set(n, stmt);
    }
    return stmt;
  }
}

/** The local days that overlap the given UTC days (each a whole UTC day, so every local day any of them touches). */
export function localDaysOf(utcDays: Iterable<number>): Set<string> {
  const days = new Set<string>();
  for (const d of utcDays) for (const key of daysTouched(d * DAY_MS, (d + 1) * DAY_MS - 1)) days.add(key);
  return days;
}

/**
 * Applies changes in one transaction, rebuilding each touched day once at the end. A change without its own
 * `origin` is stamped with `origin` (this machine). With `deferDays`, touched days are added to that set instead of
 * rebuilt: the caller (an import applying many slices) rebuilds each once at the end with `rebuildDays`.
 */
export function applyChanges(db: Database, changes: readonly StoreChange[], origin = '', deferDays?: Set<string>): void {
  if (!changes.length) return;
  const days = deferDays ?? new Set<string>();
  const prepared = new Prepared(db);
  db.run('BEGIN');
  try {
    for (let i = 0; i < changes.length; ) {
      if (changes[i].kind === 'session') {
        // Consecutive sessions go in bulk.
        let j = i;
        while (j < changes.length && changes[j].kind === 'session') j++;
        const run = changes.slice(i, j) as Extract<StoreChange, { kind: 'session' }>[];
        applySessionRun(prepared, run.map((c) => c.record), run.map((c) => c.origin ?? origin), days);
        i = j;
      } else {
        for (const d of applyChange(prepared, changes[i], origin)) days.add(d);
        i++;
      }
    }
    prepared.free();
    if (!deferDays) rebuildDayTotals(db, days);
    db.run('COMMIT');
  } catch (err) {
    prepared.free();
    db.run('ROLLBACK');
    throw err;
  }
}

/** Rebuilds the study time of the given days, in one transaction (`sessionsIn`: see `rebuildDayTotals`). */
export function rebuildDays(db: Database, days: Iterable<string>, sessionsIn?: SessionsInRange): void {
  db.run('BEGIN');
  try {
    rebuildDayTotals(db, days, sessionsIn);
    db.run('COMMIT');
  } catch (err) {
    db.run('ROLLBACK');
    throw err;
  }
}
