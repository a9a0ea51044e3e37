import type { Problem } from '../problems/problemBank';
import type { ProblemProgress } from './runHistory';

/**
 * The one definition of a weak problem topic. The picker's "Next recommended", the dashboard's mastery rows, the
 * study-guide order and readiness's "weakest topics" all rank problem topics with it.
 *
 * A topic's strength is the share of its problems (on the current track) that are solved: solved / total.
 * Why not solved / attempted: that rates a topic with 1 of its 10 problems tried and solved at 100%, stronger than
 * one with 6 of 8 solved, and ranks topics never practised as not weak at all; yet a check draws from every
 * problem of the track, so what has not been solved is exactly what is weak. solved / total rises only by solving.
 * Ties: more problems attempted first (as many tried for as few solved), then topic id, so the order is total.
 */
export interface ProblemTopicStanding {
  topic: Problem['topic'];
  solved: number;
  /** Problems run at least once, solved or not. */
  attempted: number;
  total: number;
}

/** Share of the topic's problems solved, in [0, 1]. */
export function solvedShare(s: ProblemTopicStanding): number {
  return s.total ? s.solved / s.total : 0;
}

/** Orders standings weakest first (see the module comment). */
export function weakestFirst(a: ProblemTopicStanding, b: ProblemTopicStanding): number {
  return solvedShare(a) - solvedShare(b) || b.attempted - a.attempted || a.topic.localeCompare(b.topic);
}

/** Each topic's standing, weakest first, from the problems given (filter them by track first) and their progress. */
export function problemTopicStandings(problems: readonly Problem[], progress: ReadonlyMap<string, ProblemProgress>): ProblemTopicStanding[] {
  const byTopic = new Map<Problem['topic'], ProblemTopicStanding>();
  for (const p of problems) {
    const s = byTopic.get(p.topic) ?? { topic: p.topic, solved: 0, attempted: 0, total: 0 };
    s.total++;
    const status = progress.get(p.id)?.status;
    if (status === 'solved') s.solved++;
    if (status === 'solved' || status === 'attempted') s.attempted++;
    byTopic.set(p.topic, s);
  }
  return [...byTopic.values()].sort(weakestFirst);
}
