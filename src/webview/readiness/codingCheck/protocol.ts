/** Messages between the coding readiness check panel and its host (validated on the host). */
import { z } from 'zod';
import type { Replies } from '../../shared/protocol';

export interface CodingCheckItem {
  id: string;
  title: string;
  topic: string;
  difficulty: string;
  solved: boolean;
  confirmed: boolean;
}

export interface CodingCheckView {
  status: 'open' | 'completed' | 'abandoned';
  startedAt: number;
  /** For a finished check, how long it ran; for an open one the page counts on from startedAt. */
  finishedAt: number | null;
  items: CodingCheckItem[];
  solved: number;
  total: number;
  passMark: number;
  score: number | null;
  /** True while the user is confirming the method's rule for each solved problem. */
  confirming: boolean;
  rule: string;
  /** What counts in this check, in one paragraph. */
  rules: string;
  /** Where the check's copies of the problems are. */
  folder: string;
  /** e.g. "3 of 20 you have practised before". */
  seen: string;
}

export type HostToCodingCheck = { type: 'view'; view: CodingCheckView };

export const codingCheckToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('open'), problemId: z.string().regex(/^[a-z0-9-]{1,80}$/) }).strict(),
  z.object({ type: z.literal('finish') }).strict(),
  z.object({ type: z.literal('cancelFinish') }).strict(),
  z.object({ type: z.literal('confirm'), problemIds: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/)).max(50) }).strict(),
  z.object({ type: z.literal('abandon') }).strict(),
]);
export type CodingCheckToHost = z.infer<typeof codingCheckToHostSchema>;

// `open` opens the problem's check copy in the editor and changes nothing the page shows; the rest answer with the new view.
export const codingCheckReplies = { ready: 'view', open: null, finish: 'view', cancelFinish: 'view', confirm: 'view', abandon: 'view' } as const satisfies Replies<CodingCheckToHost, HostToCodingCheck>;
