import { READINESS, type Track } from '../method/targets';
import type { Question } from '../questions/schema';
import { drawFresh, type FreshDraw, type SeenHistory } from './freshDraw';
import { seededRandom } from './sampling';

import type { CheckKind } from '../domain';
export type { CheckKind };
export type CheckStatus = 'open' | 'completed' | 'abandoned';

/** What a non-coding check remembers between sessions (it can be resumed). */
export interface NonCodingState {
  /** Chosen option per drawn question, in draw order, as its index in the bank's stored order; null until answered. */
  answers: (number | null)[];
  /** Per drawn question, the order its options are shown in: `optionOrder[i][shown] = stored index`. */
  optionOrder?: number[][];
  /** How many drawn questions the user had answered before the check. */
  seenBefore?: number;
}

/** What a coding check remembers: which drawn problems were solved during it, and which the user confirmed. */
export interface CodingState {
  solvedAt: Record<string, number>;
  /** Problems the user confirmed were solved with no help beyond syntax look-ups in package documentation. */
  confirmed: string[];
  /** How many drawn problems the user had opened, run or met in an earlier check before this one. */
  seenBefore?: number;
}

export interface Check<S = NonCodingState | CodingState> {
  id: string;
  kind: CheckKind;
  track: Track;
  seed: number;
  draw: string[];
  startedAt: number;
  finishedAt: number | null;
  status: CheckStatus;
  score: number | null;
  total: number;
  elapsedMs: number;
  state: S;
}

/** 50 questions for the track, stratified by topic, unseen first, from `seed` and the answer history. */
export function drawNonCoding(pool: readonly Question[], seed: number, history: SeenHistory = new Map()): FreshDraw {
  return drawFresh(pool, READINESS.nonCoding.sample, (q) => q.id, (q) => q.topic, history, seededRandom(seed));
}

/** 20 problems for the track, spread over topics, unseen first, from `seed` and the practice history. */
export function drawCoding(pool: readonly { id: string; topic: string }[], seed: number, history: SeenHistory = new Map()): FreshDraw {
  return drawFresh(pool, READINESS.coding.sample, (p) => p.id, (p) => p.topic, history, seededRandom(seed));
}

/** "3 of 20 you have practised before" style line, or a note that all are new. */
export function seenLine(seen: number, total: number, verb: 'practised' | 'answered'): string {
  return seen === 0 ? `All ${total} are new to you.` : `${seen} of ${total} you have ${verb} before (there were not enough new ones).`;
}

export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
}

export interface NonCodingResult {
  score: number;
  total: number;
  passed: boolean;
  perTopic: TopicScore[];
}

export function passesNonCoding(score: number): boolean {
  return score >= READINESS.nonCoding.pass;
}

export function passesCoding(score: number): boolean {
  return score >= READINESS.coding.pass;
}

export function scoreNonCoding(draw: readonly string[], answers: readonly (number | null)[], bank: ReadonlyMap<string, Question>): NonCodingResult {
  const perTopic = new Map<string, TopicScore>();
  let score = 0;
  draw.forEach((id, i) => {
    const q = bank.get(id);
    if (!q) return;
    const t = perTopic.get(q.topic) ?? { topic: q.topic, correct: 0, total: 0 };
    t.total++;
    if (answers[i] === q.answer) {
      t.correct++;
      score++;
    }
    perTopic.set(q.topic, t);
  });
  return { score, total: draw.length, passed: passesNonCoding(score), perTopic: [...perTopic.values()].sort((a, b) => a.topic.localeCompare(b.topic)) };
}

/** A problem counts only when solved during the check and confirmed by the user under the method's rule. */
export function scoreCoding(draw: readonly string[], state: CodingState): { score: number; total: number; passed: boolean; counted: string[] } {
  const confirmed = new Set(state.confirmed);
  const counted = draw.filter((id) => state.solvedAt[id] !== undefined && confirmed.has(id));
  return { score: counted.length, total: draw.length, passed: passesCoding(counted.length), counted };
}

/** Index of the next unanswered question; answers are taken in order and never changed. */
export function nextQuestionIndex(state: NonCodingState): number {
  const i = state.answers.findIndex((a) => a === null);
  return i === -1 ? state.answers.length : i;
}

/** Records an answer to question `index`. Only the next unanswered question can be answered: no going back. */
export function answerQuestion(state: NonCodingState, index: number, choice: number): NonCodingState | undefined {
  if (index !== nextQuestionIndex(state) || index >= state.answers.length || !Number.isInteger(choice) || choice < 0 || choice > 3) return undefined;
  const answers = [...state.answers];
  answers[index] = choice;
  return { answers };
}
