/**
 * Messages between the quiz panel (non-coding check, practice quiz, review) and its host.
 * The host validates every incoming message with `quizToHostSchema`; anything else is ignored and logged.
 */
import { z } from 'zod';
import type { Replies } from '../../shared/protocol';
import { REVIEW_RATINGS } from '../../../core/domain';

import type { QuizMessage, QuizMode, QuizView, ReviewItem } from '../../../core/readiness/quizView';
export type { QuizMode, QuizView, ReviewItem };

export type HostToQuiz = { type: 'view'; view: QuizView };

export const RATINGS = REVIEW_RATINGS;

export const quizToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('answer'), index: z.number().int().min(0).max(1000), choice: z.number().int().min(0).max(3) }).strict(),
  z.object({ type: z.literal('next'), index: z.number().int().min(0).max(1000) }).strict(),
  z.object({ type: z.literal('rate'), index: z.number().int().min(0).max(1000), rating: z.enum(RATINGS) }).strict(),
]);
export type QuizToHost = QuizMessage;
// The schema and the core's message type must stay the same shape.
const _sameShape: z.ZodType<QuizMessage> = quizToHostSchema;
void _sameShape;

// Every accepted request is answered with the quiz's new view.
export const quizReplies = { ready: 'view', answer: 'view', next: 'view', rate: 'view' } as const satisfies Replies<QuizToHost, HostToQuiz>;
