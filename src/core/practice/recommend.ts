import type { Problem } from '../problems/problemBank';
import type { ProblemProgress } from './runHistory';

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

export interface TopicMastery {
  topic: string;
  solved: number;
  attempted: number;
  total: number;
}

export function topicMastery(problems: readonly Problem[], progress: ReadonlyMap<string, ProblemProgress>): TopicMastery[] {
  const byTopic = new Map<string, TopicMastery>();
  for (const p of problems) {
    const m = byTopic.get(p.topic) ?? { topic: p.topic, solved: 0, attempted: 0, total: 0 };
    m.total++;
    const status = progress.get(p.id)?.status;
    if (status === 'solved') m.solved++;
    if (status === 'attempted') m.attempted++;
    byTopic.set(p.topic, m);
  }
  return [...byTopic.values()];
}

/**
 * The next problem to practise: from the weakest topic (lowest share solved, then fewest attempted, then name)
 * that still has unsolved problems, its easiest unsolved problem, preferring ones not yet attempted.
 */
export function nextRecommended(problems: readonly Problem[], progress: ReadonlyMap<string, ProblemProgress>): Problem | undefined {
  const unsolved = problems.filter((p) => progress.get(p.id)?.status !== 'solved');
  if (!unsolved.length) return undefined;
  const mastery = topicMastery(problems, progress).filter((m) => unsolved.some((p) => p.topic === m.topic));
  mastery.sort((a, b) => a.solved / a.total - b.solved / b.total || a.attempted - b.attempted || a.topic.localeCompare(b.topic));
  const topic = mastery[0].topic;
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
