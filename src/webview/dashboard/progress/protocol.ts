/**
 * Messages between the Progress view (browser side) and its host.
 * Both sides compile against these types; the host validates every incoming message with the schema.
 */
import { z } from 'zod';
import type { Replies } from '../../shared/protocol';

import type { Bar } from '../../../core/domain';
import type { ProgressState } from '../../../core/dashboard/dashboardState';
export type SplitBar = Bar;
export type { ProgressState };

export type HostToProgress = { type: 'state'; state: ProgressState };

export const progressActionSchema = z.enum(['chooseTrack', 'openProblem', 'openProblems', 'openWalkthrough', 'startTimer', 'logSession', 'startCodingCheck', 'startNonCodingCheck', 'reviewQuestions', 'showReadiness', 'showDashboard', 'stopTimer']);
export type ProgressAction = z.infer<typeof progressActionSchema>;

export const progressToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('action'), action: progressActionSchema }).strict(),
]);
export type ProgressToHost = z.infer<typeof progressToHostSchema>;

// The page asks for its state with `ready`; an action's effects come back as a fresh state when progress changes.
export const progressReplies = { ready: 'state', action: null } as const satisfies Replies<ProgressToHost, HostToProgress>;
