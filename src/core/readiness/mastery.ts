import { forTrack } from '../domain';
import type { Track } from '../method/targets';
import type { Problem } from '../problems/problemBank';
import { PROBLEM_TOPICS } from '../problems/schema';
import type { Question } from '../questions/schema';
import { QUESTION_TOPICS } from '../questions/schema';
import type { StudyStore } from '../store/studyStore';
import type { TopicStrength } from './status';

export interface TopicMasteryRow {
  topic: string;
  kind: 'problems' | 'questions';
  /** Problems solved, or answers right. */
  solved: number;
  /** Problems attempted, or answers given. */
  attempted: number;
  total: number;
  accuracy: number | null;
}

/**
 * How the user stands per topic on the current track: solved share of attempted problems, and the share of right
 * answers (checks, practice and review alike). Weakest first; topics never practised come last.
 * The dashboard shows these rows, and readiness names its weakest topics from them.
 */
export function masteryByTopic(store: StudyStore, track: Track | undefined, allProblems: readonly Problem[], allQuestions: readonly Question[]): TopicMasteryRow[] {
  const problems = forTrack(allProblems, track);
  const questions = forTrack(allQuestions, track);
  const progress = store.problemProgress();
  const stats = store.questionStats();
  const rows: TopicMasteryRow[] = [];
  for (const topic of [...new Set(problems.map((p) => p.topic))]) {
    const list = problems.filter((p) => p.topic === topic);
    const solved = list.filter((p) => progress.get(p.id)?.status === 'solved').length;
    const attempted = list.filter((p) => progress.has(p.id)).length;
    rows.push({ topic: PROBLEM_TOPICS[topic], kind: 'problems', solved, attempted, total: list.length, accuracy: attempted ? solved / attempted : null });
  }
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
    rows.push({ topic: QUESTION_TOPICS[topic], kind: 'questions', solved: correct, attempted: answered, total: list.length, accuracy: answered ? correct / answered : null });
  }
  return rows.sort((a, b) => (a.accuracy ?? 2) - (b.accuracy ?? 2) || a.topic.localeCompare(b.topic));
}

export function strengthsOf(rows: readonly TopicMasteryRow[]): TopicStrength[] {
  return rows.filter((r) => r.attempted > 0).map((r) => ({ topic: r.topic, rate: r.accuracy ?? 0, n: r.attempted }));
}
