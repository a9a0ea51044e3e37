import type { Database, SqlValue, Statement } from 'sql.js';
import { dayRange, daysTouched, resolveOverlaps, type SessionSource, type TimedInterval } from '../tracking/timeline';
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
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    stmt.run(params);
  }
  first(sql: string, params: SqlValue[]): SqlValue[] | undefined {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    stmt.bind(params);
    const row = stmt.step() ? stmt.get() : undefined;
    stmt.reset();
    return row;
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
      const r = { ...change.record, end: Math.min(change.record.end, change.record.start + MAX_SESSION_MS) };
      const before = db.first('SELECT start, end FROM sessions WHERE id = ?', [r.id]) as [number, number] | undefined;
      db.run(
        `INSERT INTO sessions (id, category, start, end, source, problem_id, note, updated_at, deleted, origin)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET category = excluded.category, start = excluded.start, end = excluded.end,
           source = excluded.source, problem_id = excluded.problem_id, note = excluded.note,
           updated_at = excluded.updated_at, deleted = excluded.deleted, origin = excluded.origin
         WHERE ${NEWER('sessions')}`,
        [r.id, CATEGORY_CODES[r.category], r.start, r.end, r.source, r.problemId, r.note, r.updatedAt, r.deleted ? 1 : 0, o],
      );
      const days = new Set(daysTouched(r.start, r.end));
      if (before) for (const d of daysTouched(before[0], before[1])) days.add(d);
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

/** Rebuilds the per-category totals of one local day from the sessions that overlap it. */
function rebuildDay(db: Database, day: string): void {
  const [from, to] = dayRange(day);
  // Bounded below by the longest possible session, so the index on start keeps this cheap on years of history.
  const rows = db.exec('SELECT category, start, end, source FROM sessions WHERE start > ? AND start < ? AND end > ? AND deleted = 0', [from - MAX_SESSION_MS, to, from])[0]?.values ?? [];
  const intervals: TimedInterval[] = rows.map(([c, s, e, src]) => ({
    category: CATEGORY_FROM_CODE[c as string],
    start: s as number,
    end: e as number,
    source: src as SessionSource,
  }));
  db.run('DELETE FROM daily_totals WHERE day = ?', [day]);
  for (const [category, ms] of resolveOverlaps(intervals.filter((i) => i.category), from, to)) {
    db.run('INSERT INTO daily_totals (day, category, ms) VALUES (?, ?, ?)', [day, CATEGORY_CODES[category], ms]);
  }
}

/**
 * Applies changes in one transaction, rebuilding each touched day once at the end. A change without its own
 * `origin` is stamped with `origin` (this machine).
 */
export function applyChanges(db: Database, changes: readonly StoreChange[], origin = ''): void {
  if (!changes.length) return;
  const days = new Set<string>();
  const prepared = new Prepared(db);
  db.run('BEGIN');
  try {
    for (const c of changes) for (const d of applyChange(prepared, c, origin)) days.add(d);
    prepared.free();
    for (const d of days) rebuildDay(db, d);
    db.run('COMMIT');
  } catch (err) {
    prepared.free();
    db.run('ROLLBACK');
    throw err;
  }
}
