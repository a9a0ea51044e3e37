import type { ProblemBank } from './core/problems/problemBank';

/** What `activate()` returns: a small surface for the integration tests and for other extensions. */
export interface MlRepsApi {
  problemBank(): ProblemBank;
}
