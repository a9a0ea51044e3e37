/**
 * Messages between the Progress view (browser side) and its host.
 * Both sides compile against these types; the host validates every incoming message with the schema.
 */
import { z } from 'zod';

import type { Bar, Track } from '../../core/domain';
export type SplitBar = Bar;

export interface ProgressState {
  track: { id: Track; label: string } | null;
  today: { label: string; minutes: number }[];
  todayTotal: number;
  /** Last 7 days: ISS vs GSS, then within each. */
  week: { total: number; bars: SplitBar[] };
  recommendation: string;
  readiness: { rule: string[]; ready: boolean; headline: string; reasons: string[]; latest: string; weakest: string[]; dueCards: number };
  problemCount: number;
  storeAvailable: boolean;
  /** The running timer, e.g. "GSS · oral recitation since 14:05", or null. */
  timer: string | null;
  /** "Synced with 2 other machines, last change 3 min ago.", or why not; null when sync is off. */
  sync: string | null;
}

export type HostToProgress = { type: 'state'; state: ProgressState };

export const progressActionSchema = z.enum(['chooseTrack', 'openProblem', 'openProblems', 'openWalkthrough', 'startTimer', 'logSession', 'startCodingCheck', 'startNonCodingCheck', 'reviewQuestions', 'showReadiness', 'showDashboard', 'stopTimer']);
export type ProgressAction = z.infer<typeof progressActionSchema>;

export const progressToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('action'), action: progressActionSchema }).strict(),
]);
export type ProgressToHost = z.infer<typeof progressToHostSchema>;
