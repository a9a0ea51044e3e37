import { z } from 'zod';
import { QUESTION_TOPICS, type QuestionTopic } from '../questions/schema';

const topicIds = Object.keys(QUESTION_TOPICS) as [QuestionTopic, ...QuestionTopic[]];

/** A concept card for oral recitation: what to explain, what a good answer covers, what an interviewer asks next. */
export const conceptCardSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and dashes'),
    title: z.string().trim().min(3),
    track: z.enum(['ds', 'mle', 'both']),
    topic: z.enum(topicIds),
    prompt: z.string().trim().min(15),
    keyPoints: z.array(z.string().trim().min(5)).min(3).max(6),
    followUps: z.array(z.string().trim().min(5)).min(2).max(4),
  })
  .strict();
export type ConceptCard = z.infer<typeof conceptCardSchema>;

export const conceptFileSchema = z.object({ topic: z.enum(topicIds), cards: z.array(z.unknown()) }).strict();
export interface ConceptMinimums {
  total: number;
  perTopic: number;
  perTrack: number;
}
/** At least 150 cards and 20 per topic (issue 13); each track's deck (its own cards plus "both") at least 100. */
export const CONCEPT_MINIMUMS: Readonly<ConceptMinimums> = { total: 150, perTopic: 20, perTrack: 100 };
