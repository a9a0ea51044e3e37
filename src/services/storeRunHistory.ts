import type { ProblemProgress, RunHistory, RunRecord } from '../core/practice/runHistory';
import { newId } from '../core/store/records';
import type { StoreService } from './storeService';

/** Test runs kept in the store. */
export class StoreRunHistory implements RunHistory {
  constructor(private readonly storeService: StoreService) {}

  async record(run: RunRecord, checkId: string | null = null): Promise<void> {
    const store = await this.storeService.get();
    store?.apply({
      kind: 'testRun',
      record: { id: newId(), problemId: run.problemId, at: run.at, suite: run.suite, passed: run.passed, total: run.total, durationMs: run.durationMs, solved: run.solved, error: run.error ?? null, checkId },
    });
  }

  async progress(): Promise<ReadonlyMap<string, ProblemProgress>> {
    return (await this.storeService.get())?.problemProgress() ?? new Map();
  }

  async runs(): Promise<RunRecord[]> {
    const store = await this.storeService.get();
    return (store?.testRuns() ?? []).map((r) => ({
      problemId: r.problemId,
      at: r.at,
      suite: r.suite as RunRecord['suite'],
      passed: r.passed,
      total: r.total,
      durationMs: r.durationMs,
      solved: r.solved,
      error: r.error ?? undefined,
    }));
  }
}
