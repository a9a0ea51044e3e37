import type { RunResult, Suite } from '../runner/runResult';
import { isSolved } from '../runner/runResult';

/** One test run, as kept in the history. */
export interface RunRecord {
  problemId: string;
  /** Epoch milliseconds when the run finished. */
  at: number;
  suite: Suite;
  passed: number;
  total: number;
  durationMs: number;
  solved: boolean;
  /** The error kind when the run could not complete (timeout, syntax...). */
  error?: string;
}

/** Where test runs are recorded. The store implements it; tests use an in-memory one. */
export interface RunHistory {
  /** Settles once the run is in the history (saving to disk follows on the store's own schedule). */
  /** `checkId` marks a run of a coding check's copy: it never counts as practice. */
  record(run: RunRecord, checkId?: string | null): Promise<void>;
  progress(): Promise<ReadonlyMap<string, ProblemProgress>>;
  runs(): Promise<RunRecord[]>;
}

export function toRunRecord(result: RunResult, at: number): RunRecord {
  return {
    problemId: result.problemId,
    at,
    suite: result.suite,
    passed: result.counts.passed,
    total: result.counts.total,
    durationMs: Math.round(result.durationMs),
    solved: isSolved(result),
    error: result.error?.kind,
  };
}

export type ProblemStatus = 'new' | 'attempted' | 'solved';

/**
 * A problem's practice progress. The one definition of attempted and solved is the store's: the schema v4 trigger
 * `test_runs_count_practice` (src/core/store/schema.ts) counts every practice run (never a check's) as it is
 * inserted, and `StudyStore.problemProgress` reads it. Attempted: at least one practice run; solved: any practice run
 * solved it; the last run is the latest, ties to the larger run id.
 */
export interface ProblemProgress {
  status: ProblemStatus;
  lastSolvedAt?: number;
  attempts: number;
  last?: RunRecord;
}
