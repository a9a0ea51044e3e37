import type { Track } from '../method/targets';
import type { Problem } from '../problems/problemBank';
import { PROBLEM_TOPICS } from '../problems/schema';
import type { Question } from '../questions/schema';
import { QUESTION_TOPICS } from '../questions/schema';
import type { Check } from './checks';
import { masteryByTopic, strengthsOf } from './mastery';
import { readinessStatus, type ReadinessStatus } from './status';
import type { CheckRecord } from '../store/records';
import type { StudyStore } from '../store/studyStore';

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

export interface ReadinessSnapshot {
  status: ReadinessStatus;
  /** Question review cards due now. */
  due: number;
}

/** The status and due cards for the track, or undefined before a track is chosen. */
export function readinessSnapshot(store: StudyStore, track: Track | undefined, questions: readonly Question[], problems: readonly Problem[]): ReadinessSnapshot | undefined {
  return track ? { status: currentStatus(store, track, questions, problems), due: dueQuestionCards(store).length } : undefined;
}

/** The status-bar tooltip line: "Readiness: Not yet · 3 review cards due". */
export function readinessTooltip(snapshot: ReadinessSnapshot | undefined): string {
  if (!snapshot) return '';
  const due = snapshot.due ? ` · ${snapshot.due} review card${snapshot.due === 1 ? '' : 's'} due` : '';
  return `Readiness: ${snapshot.status.headline}${due}`;
}
