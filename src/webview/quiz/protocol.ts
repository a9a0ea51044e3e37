/**
 * Messages between the quiz panel (non-coding check, practice quiz, review) and its host.
 * The host validates every incoming message with `quizToHostSchema`; anything else is ignored and logged.
 */
import { z } from 'zod';

export type QuizMode = 'check' | 'practice' | 'review';

export interface ReviewItem {
  stem: string;
  topic: string;
  options: string[];
  chosen: number | null;
  correct: number;
  explanation: string;
}

export type QuizView =
  | { type: 'question'; mode: QuizMode; title: string; index: number; total: number; topic: string; stem: string; options: string[]; hint: string }
  | { type: 'feedback'; mode: QuizMode; title: string; index: number; total: number; item: ReviewItem; rate: boolean }
  | {
      type: 'result';
      mode: QuizMode;
      title: string;
      score: number;
      total: number;
      passMark: number | null;
      passed: boolean | null;
      perTopic: { topic: string; correct: number; total: number }[];
      review: ReviewItem[];
      note: string;
    }
  | { type: 'empty'; title: string; message: string };

export type HostToQuiz = { type: 'view'; view: QuizView };

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;

export const quizToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('answer'), index: z.number().int().min(0).max(1000), choice: z.number().int().min(0).max(3) }).strict(),
  z.object({ type: z.literal('next'), index: z.number().int().min(0).max(1000) }).strict(),
  z.object({ type: z.literal('rate'), index: z.number().int().min(0).max(1000), rating: z.enum(RATINGS) }).strict(),
]);
export type QuizToHost = z.infer<typeof quizToHostSchema>;
