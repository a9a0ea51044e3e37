import type { Problem } from '../problems/problemBank';
import type { ProblemProgress } from './runHistory';
import { problemTopicStandings } from './weakestTopic';

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

/**
 * The next problem to practise: from the weakest topic that still has unsolved problems (weakest as defined in
 * ./weakestTopic, the same ranking the dashboard shows), its easiest unsolved problem, preferring ones not yet attempted.
 */
export function nextRecommended(problems: readonly Problem[], progress: ReadonlyMap<string, ProblemProgress>): Problem | undefined {
  const unsolved = problems.filter((p) => progress.get(p.id)?.status !== 'solved');
  if (!unsolved.length) return undefined;
  const topic = problemTopicStandings(problems, progress).find((s) => unsolved.some((p) => p.topic === s.topic))!.topic;
  return unsolved
    .filter((p) => p.topic === topic)
    .sort(
      (a, b) =>
        DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] ||
        Number(progress.has(a.id)) - Number(progress.has(b.id)) ||
        a.id.localeCompare(b.id),
    )[0];
}

/** A uniformly random unsolved problem; `random` returns a number in [0, 1). */
export function randomUnsolved(problems: readonly Problem[], progress: ReadonlyMap<string, ProblemProgress>, random: () => number = Math.random): Problem | undefined {
  const unsolved = problems.filter((p) => progress.get(p.id)?.status !== 'solved');
  return unsolved.length ? unsolved[Math.floor(random() * unsolved.length)] : undefined;
}
