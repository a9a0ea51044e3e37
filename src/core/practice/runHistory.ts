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

export interface ProblemProgress {
  status: ProblemStatus;
  lastSolvedAt?: number;
  attempts: number;
  last?: RunRecord;
}

/** Status per problem from its runs: solved once any run solved it, attempted once it was run at all. */
export function progressByProblem(runs: readonly RunRecord[]): Map<string, ProblemProgress> {
  const out = new Map<string, ProblemProgress>();
  for (const r of runs) {
    const p = out.get(r.problemId) ?? { status: 'new' as ProblemStatus, attempts: 0 };
    p.attempts++;
    if (!p.last || r.at >= p.last.at) p.last = r;
    if (r.solved) {
      p.status = 'solved';
      p.lastSolvedAt = Math.max(p.lastSolvedAt ?? 0, r.at);
    } else if (p.status === 'new') p.status = 'attempted';
    out.set(r.problemId, p);
  }
  return out;
}
