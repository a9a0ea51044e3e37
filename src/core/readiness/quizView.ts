/**
 * What the quiz panel shows and what it may send, as the core's quiz flow produces and accepts them.
 * The quiz page's protocol re-exports these and validates incoming messages against them.
 */
import type { ReviewRating } from '../domain';

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

/** A message from the quiz page: `choice` is the option's position as shown. */
export type QuizMessage =
  | { type: 'ready' }
  | { type: 'answer'; index: number; choice: number }
  | { type: 'next'; index: number }
  | { type: 'rate'; index: number; rating: ReviewRating };
