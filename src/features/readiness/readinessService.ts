import type { Track } from '../../core/method/targets';
import type { Problem } from '../../core/problems/problemBank';
import { PROBLEM_TOPICS } from '../../core/problems/schema';
import type { Question } from '../../core/questions/schema';
import { QUESTION_TOPICS } from '../../core/questions/schema';
import type { Check } from '../../core/readiness/checks';
import { masteryByTopic, strengthsOf } from '../../core/readiness/mastery';
import { readinessStatus, type ReadinessStatus } from '../../core/readiness/status';
import type { CheckRecord } from '../../core/store/records';
import type { StudyStore } from '../../core/store/studyStore';

export function topicLabel(topic: string): string {
  return (QUESTION_TOPICS as Record<string, string>)[topic] ?? (PROBLEM_TOPICS as Record<string, string>)[topic] ?? topic;
}

export function toCheck(r: CheckRecord): Check {
  return { ...r, state: r.state as Check['state'] };
}

export function currentStatus(store: StudyStore, track: Track, questions: readonly Question[], problems: readonly Problem[]): ReadinessStatus {
  return readinessStatus(store.checks().map(toCheck), track, strengthsOf(masteryByTopic(store, track, problems, questions)));
}

/** Review cards of questions that are due now. */
export function dueQuestionCards(store: StudyStore, now = Date.now()) {
  return store.reviewCards('q:').filter((c) => c.due <= now);
}
