/** Messages between the dashboard panel and its host. The host computes every figure; the page only renders. */
import { z } from 'zod';
import type { Replies } from '../../shared/protocol';

import { CATEGORIES, type Bar } from '../../../core/domain';
import type { CheckPoint, DashboardState, SplitWindow, WindowId } from '../../../core/dashboard/dashboardState';
export type { Bar, CheckPoint, DashboardState, SplitWindow, WindowId };

export type HostToDashboard = { type: 'state'; state: DashboardState };

export const dashboardActionSchema = z.enum(['openProblem', 'nextProblem', 'startTimer', 'startCodingCheck', 'startNonCodingCheck', 'reviewQuestions', 'logSession', 'openWalkthrough', 'chooseTrack', 'openStudyGuide']);
const sessionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const dashboardToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('action'), action: dashboardActionSchema, category: z.enum(CATEGORIES).optional() }).strict(),
  z.object({ type: z.literal('editSession'), id: sessionId }).strict(),
  z.object({ type: z.literal('deleteSession'), id: sessionId }).strict(),
  z.object({ type: z.literal('rendered'), ms: z.number().min(0).max(600_000) }).strict(),
]);
export type DashboardToHost = z.infer<typeof dashboardToHostSchema>;

// The page asks for its state with `ready`; actions and edits come back as a fresh state when the store changes.
export const dashboardReplies = { ready: 'state', action: null, editSession: null, deleteSession: null, rendered: null } as const satisfies Replies<DashboardToHost, HostToDashboard>;
