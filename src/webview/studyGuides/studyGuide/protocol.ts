/** Messages between the study guide panel and its host (validated on the host). */
import { z } from 'zod';
import type { Replies } from '../../shared/protocol';

export interface StudyGuideView {
  id: string;
  title: string;
  /** "Probability and statistics · Statistics and sampling": the topics it covers. */
  topics: string;
  whatToKnow: { heading: string; points: string[] }[];
  resources: { title: string; authors: string; work: string; section: string; length: string; kind: string; visited: boolean }[];
  practice: { problems: { id: string; title: string }[]; questions: number; cards: { id: string; title: string }[] };
  /** e.g. "Reading this guide counts as ISS · information gathering." */
  note: string;
}

export type HostToStudyGuide = { type: 'view'; view: StudyGuideView };

const index = z.number().int().min(0).max(20);
const id = z.string().regex(/^[a-z0-9-]{1,80}$/);

export const studyGuideToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  /** The reader scrolled, typed or moved the pointer in the page (sent at most every few seconds). */
  z.object({ type: z.literal('activity') }).strict(),
  z.object({ type: z.literal('openResource'), index }).strict(),
  z.object({ type: z.literal('openProblem'), problemId: id }).strict(),
  z.object({ type: z.literal('practiceQuiz') }).strict(),
  z.object({ type: z.literal('recite'), cardId: z.string().regex(/^[a-z0-9-]{1,100}$/) }).strict(),
]);
export type StudyGuideToHost = z.infer<typeof studyGuideToHostSchema>;

// Opening a resource marks it visited, so the page gets its new view; the other actions open something else.
export const studyGuideReplies = { ready: 'view', activity: null, openResource: 'view', openProblem: null, practiceQuiz: null, recite: null } as const satisfies Replies<StudyGuideToHost, HostToStudyGuide>;
