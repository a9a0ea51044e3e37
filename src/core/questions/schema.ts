import { z } from 'zod';

export const QUESTION_TOPICS = {
  'probability-statistics': 'Probability and statistics',
  'classical-ml': 'Classical ML',
  'evaluation-validation': 'Evaluation and validation',
  'deep-learning': 'Deep learning and training',
  'data-features': 'Data and features',
  'applied-ml': 'Applied ML: NLP, recommenders, ranking, time series',
  'ml-systems': 'ML systems and experimentation',
} as const;
export type QuestionTopic = keyof typeof QUESTION_TOPICS;
const topicIds = Object.keys(QUESTION_TOPICS) as [QuestionTopic, ...QuestionTopic[]];

export const QUESTION_TOPIC_IDS: readonly QuestionTopic[] = topicIds;

export const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z]{2,4}-\d{3}$/, 'must look like "ps-001"'),
    topic: z.enum(topicIds),
    tracks: z.array(z.enum(['ds', 'mle'])).min(1).max(2),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    stem: z.string().trim().min(10),
    options: z.array(z.string().trim().min(1)).length(4),
    answer: z.number().int().min(0).max(3),
    explanation: z.string().trim().min(30, 'explanation must say why the answer is right and the others wrong'),
    /** Ids of questions reviewed and found to test different knowledge, although the overlap check pairs them. */
    distinctFrom: z.array(z.string().regex(/^[a-z]{2,4}-\d{3}$/)).optional(),
  })
  .strict();
export type Question = z.infer<typeof questionSchema>;

export const questionFileSchema = z.object({ topic: z.enum(topicIds), questions: z.array(z.unknown()) }).strict();
