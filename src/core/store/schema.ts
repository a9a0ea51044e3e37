/**
 * The database schema, as an ordered list of migrations. `PRAGMA user_version` holds how many have run.
 * A file whose version is higher than SCHEMA_VERSION was written by a newer ML Reps and is never written over.
 *
 * Ids are short random strings made on the machine that created the row, so exports from several machines
 * merge without collisions. Tables are WITHOUT ROWID to keep the file small (no second index for the id).
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    category TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('auto', 'timer', 'logged')),
    problem_id TEXT,
    note TEXT,
    updated_at INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    CHECK (end >= start)
  ) WITHOUT ROWID;
  CREATE INDEX sessions_by_start ON sessions (start);

  -- Study time per local day and category after overlaps are resolved; rebuilt for every day a change touches.
  CREATE TABLE daily_totals (
    day TEXT NOT NULL,
    category TEXT NOT NULL,
    ms INTEGER NOT NULL,
    PRIMARY KEY (day, category)
  ) WITHOUT ROWID;

  CREATE TABLE test_runs (
    id TEXT PRIMARY KEY,
    problem_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    suite TEXT NOT NULL,
    passed INTEGER NOT NULL,
    total INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    solved INTEGER NOT NULL,
    error TEXT,
    check_id TEXT
  ) WITHOUT ROWID;
  -- Covering: per-problem progress reads only the index.
  CREATE INDEX test_runs_by_problem ON test_runs (problem_id, at, solved);

  CREATE TABLE checks (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    track TEXT NOT NULL,
    seed INTEGER NOT NULL,
    draw TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    status TEXT NOT NULL,
    score INTEGER,
    total INTEGER NOT NULL,
    elapsed_ms INTEGER NOT NULL DEFAULT 0,
    state TEXT,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE question_answers (
    id TEXT PRIMARY KEY,
    question_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    choice INTEGER,
    correct INTEGER NOT NULL,
    context TEXT NOT NULL,
    check_id TEXT
  ) WITHOUT ROWID;
  CREATE INDEX question_answers_by_question ON question_answers (question_id, correct);

  CREATE TABLE review_cards (
    id TEXT PRIMARY KEY,
    card TEXT NOT NULL,
    due INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE preferences (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
  // v2: group study. What an oral recitation covered and how it was rated; who took part in a group problem set
  // and how it ended. Each points at the timed session it belongs to.
  `
  CREATE TABLE recitations (
    id TEXT PRIMARY KEY,
    concept_id TEXT NOT NULL,
    session_id TEXT,
    at INTEGER NOT NULL,
    covered TEXT NOT NULL,
    points INTEGER NOT NULL,
    self_rating TEXT NOT NULL,
    peer_rating INTEGER
  ) WITHOUT ROWID;
  CREATE INDEX recitations_by_concept ON recitations (concept_id, at);

  CREATE TABLE group_sessions (
    id TEXT PRIMARY KEY,
    session_id TEXT,
    problem_id TEXT,
    at INTEGER NOT NULL,
    participants TEXT NOT NULL,
    notes TEXT,
    solved INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
  // v3: safe saving and sync. `store_meta` holds the file's generation (incremented by every save, under the lock)
  // and who wrote it. `origin` is the machine that made a row's current version: it breaks ties between equal
  // `updated_at` the same way on every machine, and tells sync which rows this machine publishes ('' = this machine
  // before sync knew its id).
  `
  CREATE TABLE store_meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
  ALTER TABLE sessions ADD COLUMN origin TEXT NOT NULL DEFAULT '';
  ALTER TABLE test_runs ADD COLUMN origin TEXT NOT NULL DEFAULT '';
  ALTER TABLE checks ADD COLUMN origin TEXT NOT NULL DEFAULT '';
  ALTER TABLE question_answers ADD COLUMN origin TEXT NOT NULL DEFAULT '';
  ALTER TABLE review_cards ADD COLUMN origin TEXT NOT NULL DEFAULT '';
  ALTER TABLE preferences ADD COLUMN origin TEXT NOT NULL DEFAULT '';
  ALTER TABLE recitations ADD COLUMN origin TEXT NOT NULL DEFAULT '';
  ALTER TABLE group_sessions ADD COLUMN origin TEXT NOT NULL DEFAULT '';
  `,
  // v4: practice progress per problem, kept by a trigger as runs arrive (runs are never changed or deleted), so the
  // dashboard and the picker read one row per problem instead of grouping every run. A coding check's runs
  // (check_id set) never count as practice. `last_run_id` is the latest run (ties: the larger id).
  `
  CREATE TABLE problem_progress (
    problem_id TEXT PRIMARY KEY,
    attempts INTEGER NOT NULL,
    solved INTEGER NOT NULL,
    last_solved_at INTEGER,
    last_at INTEGER NOT NULL,
    last_run_id TEXT NOT NULL
  ) WITHOUT ROWID;
  INSERT INTO problem_progress (problem_id, attempts, solved, last_solved_at, last_at, last_run_id)
    SELECT t.problem_id, COUNT(*), MAX(t.solved), MAX(CASE WHEN t.solved = 1 THEN t.at END), MAX(t.at),
      (SELECT r.id FROM test_runs r WHERE r.problem_id = t.problem_id AND r.check_id IS NULL ORDER BY r.at DESC, r.id DESC LIMIT 1)
    FROM test_runs t WHERE t.check_id IS NULL GROUP BY t.problem_id;
  CREATE TRIGGER test_runs_count_practice AFTER INSERT ON test_runs WHEN NEW.check_id IS NULL
  BEGIN
    INSERT INTO problem_progress (problem_id, attempts, solved, last_solved_at, last_at, last_run_id)
      VALUES (NEW.problem_id, 1, NEW.solved, CASE WHEN NEW.solved = 1 THEN NEW.at END, NEW.at, NEW.id)
      ON CONFLICT (problem_id) DO UPDATE SET
        attempts = attempts + 1,
        solved = MAX(solved, excluded.solved),
        last_solved_at = CASE WHEN excluded.solved = 1 THEN MAX(COALESCE(last_solved_at, excluded.last_at), excluded.last_at) ELSE last_solved_at END,
        last_run_id = CASE WHEN excluded.last_at > last_at OR (excluded.last_at = last_at AND excluded.last_run_id > last_run_id)
          THEN excluded.last_run_id ELSE last_run_id END,
        last_at = MAX(last_at, excluded.last_at);
  END;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
