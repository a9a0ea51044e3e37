import type { Track } from '../../core/method/targets';
import type { Problem } from '../../core/problems/problemBank';
import { PROBLEM_TOPICS } from '../../core/problems/schema';
import type { Question } from '../../core/questions/schema';
import { QUESTION_TOPICS } from '../../core/questions/schema';
import type { Check } from '../../core/readiness/checks';
import { readinessStatus, type ReadinessStatus, type TopicStrength } from '../../core/readiness/status';
import type { CheckRecord } from '../../core/store/records';
import type { StudyStore } from '../../core/store/studyStore';

export function topicLabel(topic: string): string {
  return (QUESTION_TOPICS as Record<string, string>)[topic] ?? (PROBLEM_TOPICS as Record<string, string>)[topic] ?? topic;
}

export function toCheck(r: CheckRecord): Check {
  return { ...r, state: r.state as Check['state'] };
}

/**
 * Strength per topic, from everything the user has done: question answers (checks, practice, review) for the
 * question topics, solved share of attempted problems for the problem topics.
 */
export function topicStrengths(store: StudyStore, questions: readonly Question[], problems: readonly Problem[]): TopicStrength[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const perTopic = new Map<string, { c: number; n: number }>();
  for (const [id, s] of store.questionStats()) {
    const q = byId.get(id);
    if (!q) continue;
    const t = perTopic.get(q.topic) ?? { c: 0, n: 0 };
    t.c += s.correct;
    t.n += s.total;
    perTopic.set(q.topic, t);
  }
  const progress = store.problemProgress();
  for (const p of problems) {
    const pr = progress.get(p.id);
    if (!pr) continue;
    const t = perTopic.get(p.topic) ?? { c: 0, n: 0 };
    t.n += 1;
    if (pr.status === 'solved') t.c += 1;
    perTopic.set(p.topic, t);
  }
  return [...perTopic.entries()].map(([topic, { c, n }]) => ({ topic: topicLabel(topic), rate: n ? c / n : 0, n }));
}

export function currentStatus(store: StudyStore, track: Track, questions: readonly Question[], problems: readonly Problem[]): ReadinessStatus {
  return readinessStatus(store.checks().map(toCheck), track, topicStrengths(store, questions, problems));
}

/** Review cards of questions that are due now. */
export function dueQuestionCards(store: StudyStore, now = Date.now()) {
  return store.reviewCards('q:').filter((c) => c.due <= now);
}
