import { countBy, nearDuplicates, normalizedWords } from '../content/similarity';
import { GAMING_LIMIT, gamingScores, keyTag } from './gaming';
import { overlappingQuestions } from './overlap';
import { QUESTION_TOPIC_IDS, type Question } from './schema';

/** Minimums the bank must meet (issue 13): enough questions that a 50-question check keeps drawing unseen ones. */
export interface QuestionMinimums {
  total: number;
  perTopic: number;
  perTrack: number;
}
export const QUESTION_MINIMUMS: Readonly<QuestionMinimums> = { total: 700, perTopic: 80, perTrack: 560 };
/** Each answer position must hold between these shares of the questions (a roughly uniform spread). */
export const ANSWER_SHARE_RANGE = { min: 0.15, max: 0.35 } as const;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Content checks beyond the schema. Each problem names the question(s) at fault. */
export function checkQuestions(questions: readonly Question[], minimums: Readonly<QuestionMinimums> = QUESTION_MINIMUMS): string[] {
  const problems: string[] = [];
  const ids = new Set(questions.map((q) => q.id));
  for (const q of questions) {
    const opts = q.options.map(norm);
    if (new Set(opts).size !== opts.length) problems.push(`${q.id}: two options are the same`);
    if (new Set(q.tracks).size !== q.tracks.length) problems.push(`${q.id}: a track is listed twice`);
    if (normalizedWords(q.explanation).size < 6) problems.push(`${q.id}: the explanation is too thin`);
    const tag = keyTag(q);
    if (tag) problems.push(`${q.id}: the key carries ${tag} that the wrong options lack, which gives it away`);
    for (const other of q.distinctFrom ?? []) {
      if (!ids.has(other)) problems.push(`${q.id}: distinctFrom names ${other}, which is not in the bank`);
    }
  }
  for (const [a, b, s] of nearDuplicates(questions, (q) => q.stem, 0.8)) {
    problems.push(`${a.id} and ${b.id}: near-duplicate stems (${Math.round(s * 100)}% shared words)`);
  }
  for (const { a, b, reason } of overlappingQuestions(questions)) {
    problems.push(`${a.id} and ${b.id}: test the same knowledge (${reason}); rewrite one, or list it in the other's distinctFrom after review`);
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
  if (questions.length >= 20) {
    for (const g of gamingScores(questions)) {
      if (g.questions >= 20 && g.score > GAMING_LIMIT) {
        problems.push(`gaming: "${g.label}" scores ${(g.score * 100).toFixed(1)}% over ${g.questions} questions (at most ${GAMING_LIMIT * 100}%)`);
      }
    }
  }
  if (questions.length < minimums.total) problems.push(`bank: ${questions.length} questions (at least ${minimums.total})`);
  for (const t of QUESTION_TOPIC_IDS) {
    if ((byTopic[t] ?? 0) < minimums.perTopic) problems.push(`bank: ${byTopic[t] ?? 0} questions on ${t} (at least ${minimums.perTopic})`);
  }
  for (const track of ['ds', 'mle'] as const) {
    const n = questions.filter((q) => q.tracks.includes(track)).length;
    if (n < minimums.perTrack) problems.push(`bank: ${n} questions in the ${track} pool (at least ${minimums.perTrack})`);
  }
  return problems;
}
