import { countBy, nearDuplicates, normalizedWords } from '../content/similarity';
import { CORE_QUESTION_TOPICS, type Question } from './schema';

export const QUESTION_MINIMUMS = { total: 250, perCoreTopic: 30 } as const;
/** Each answer position must hold between these shares of the questions (a roughly uniform spread). */
export const ANSWER_SHARE_RANGE = { min: 0.15, max: 0.35 } as const;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Content checks beyond the schema. Each problem names the question(s) at fault. */
export function checkQuestions(questions: readonly Question[]): string[] {
  const problems: string[] = [];
  for (const q of questions) {
    const opts = q.options.map(norm);
    if (new Set(opts).size !== opts.length) problems.push(`${q.id}: two options are the same`);
    if (new Set(q.tracks).size !== q.tracks.length) problems.push(`${q.id}: a track is listed twice`);
    if (normalizedWords(q.explanation).size < 6) problems.push(`${q.id}: the explanation is too thin`);
  }
  for (const [a, b, s] of nearDuplicates(questions, (q) => q.stem, 0.8)) {
    problems.push(`${a.id} and ${b.id}: near-duplicate stems (${Math.round(s * 100)}% shared words)`);
  }
  const spread = (group: readonly Question[], label: string) => {
    if (group.length < 20) return;
    const counts = [0, 0, 0, 0];
    for (const q of group) counts[q.answer]++;
    counts.forEach((c, pos) => {
      const share = c / group.length;
      if (share < ANSWER_SHARE_RANGE.min || share > ANSWER_SHARE_RANGE.max) {
        problems.push(`${label}: option ${pos + 1} is correct in ${Math.round(share * 100)}% of questions (expected ${ANSWER_SHARE_RANGE.min * 100}-${ANSWER_SHARE_RANGE.max * 100}%)`);
      }
    });
  };
  spread(questions, 'all questions');
  const byTopic = countBy(questions, (q) => q.topic);
  for (const topic of Object.keys(byTopic)) spread(questions.filter((q) => q.topic === topic), topic);
  if (questions.length < QUESTION_MINIMUMS.total) problems.push(`bank: ${questions.length} questions (at least ${QUESTION_MINIMUMS.total})`);
  for (const t of CORE_QUESTION_TOPICS) {
    if ((byTopic[t] ?? 0) < QUESTION_MINIMUMS.perCoreTopic) problems.push(`bank: ${byTopic[t] ?? 0} questions on ${t} (at least ${QUESTION_MINIMUMS.perCoreTopic})`);
  }
  return problems;
}
