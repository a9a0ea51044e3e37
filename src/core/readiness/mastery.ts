import { forTrack } from '../domain';
import type { Track } from '../method/targets';
import type { Problem } from '../problems/problemBank';
import { PROBLEM_TOPICS } from '../problems/schema';
import type { Question } from '../questions/schema';
import { QUESTION_TOPICS } from '../questions/schema';
import type { StudyStore } from '../store/studyStore';
import type { ProblemProgress } from '../practice/runHistory';
import { problemTopicStandings, solvedShare } from '../practice/weakestTopic';
import type { TopicStrength } from './status';

export interface TopicMasteryRow {
  topic: string;
  kind: 'problems' | 'questions';
  /** Problems solved, or answers right. */
  solved: number;
  /** Problems attempted, or answers given. */
  attempted: number;
  total: number;
  /** Problems: share of the topic's problems solved. Questions: share of answers right, null before any answer. */
  accuracy: number | null;
}

/** The rows for the current track, from the store's progress and answers (see `masteryRows`). */
export function masteryByTopic(store: StudyStore, track: Track | undefined, allProblems: readonly Problem[], allQuestions: readonly Question[]): TopicMasteryRow[] {
  return masteryRows(forTrack(allProblems, track), forTrack(allQuestions, track), store.problemProgress(), store.questionStats());
}

/**
 * How the user stands per topic: for problems, the share of the topic's problems solved (the one definition of a
 * weak topic, core/practice/weakestTopic.ts, which the picker's "Next recommended" uses too); for questions, the share
 * of right answers (checks, practice and review alike; topics never answered come last). Weakest first.
 * The dashboard shows these rows, the study guides follow their order, and readiness names its weakest topics from them.
 */
export function masteryRows(
  problems: readonly Problem[],
  questions: readonly Question[],
  progress: ReadonlyMap<string, ProblemProgress>,
  stats: ReadonlyMap<string, { correct: number; total: number }>,
): TopicMasteryRow[] {
  const rows: TopicMasteryRow[] = problemTopicStandings(problems, progress).map((s) => ({
    topic: PROBLEM_TOPICS[s.topic],
    kind: 'problems',
    solved: s.solved,
    attempted: s.attempted,
    total: s.total,
    accuracy: solvedShare(s),
  }));
  const questionRows: TopicMasteryRow[] = [];
  for (const topic of [...new Set(questions.map((q) => q.topic))]) {
    const list = questions.filter((q) => q.topic === topic);
    let correct = 0;
    let answered = 0;
    for (const q of list) {
      const s = stats.get(q.id);
      if (s) {
        correct += s.correct;
        answered += s.total;
      }
    }
    questionRows.push({ topic: QUESTION_TOPICS[topic], kind: 'questions', solved: correct, attempted: answered, total: list.length, accuracy: answered ? correct / answered : null });
  }
  questionRows.sort((a, b) => a.topic.localeCompare(b.topic));
  // A stable sort on the figure alone keeps the problem rows in weakestFirst order among themselves.
  return [...rows, ...questionRows].sort((a, b) => (a.accuracy ?? 2) - (b.accuracy ?? 2));
}

export function strengthsOf(rows: readonly TopicMasteryRow[]): TopicStrength[] {
  return rows.filter((r) => r.attempted > 0).map((r) => ({ topic: r.topic, rate: r.accuracy ?? 0, n: r.attempted }));
}
