/** Messages between the oral recitation panel (made for sharing a screen with a peer) and its host. */
import { z } from 'zod';
import type { Replies } from '../../shared/protocol';
import { REVIEW_RATINGS } from '../../../core/domain';

export interface RecitationView {
  status: 'reciting' | 'done';
  title: string;
  topic: string;
  prompt: string;
  keyPoints: string[];
  followUps: string[];
  startedAt: number;
  endedAt: number | null;
  summary: string | null;
}

export type HostToRecitation = { type: 'view'; view: RecitationView };

export const recitationToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({
    type: z.literal('finish'),
    covered: z.array(z.number().int().min(0).max(5)).max(6),
    selfRating: z.enum(REVIEW_RATINGS),
    peerRating: z.number().int().min(1).max(5).nullable(),
  }).strict(),
  z.object({ type: z.literal('another') }).strict(),
]);
export type RecitationToHost = z.infer<typeof recitationToHostSchema>;

// Every accepted request is answered with the recitation's new view.
export const recitationReplies = { ready: 'view', finish: 'view', another: 'view' } as const satisfies Replies<RecitationToHost, HostToRecitation>;
