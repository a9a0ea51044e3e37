/**
 * Messages between the Progress view (browser side) and its host.
 * Both sides compile against these types; the host validates every incoming message with the schema.
 */
import { z } from 'zod';

export interface ProgressState {
  track: { id: 'ds' | 'mle'; label: string } | null;
  targets: { label: string; percent: number }[];
  readiness: { coding: string; nonCoding: string };
  problemCount: number;
}

export type HostToProgress = { type: 'state'; state: ProgressState };

export const progressActionSchema = z.enum(['chooseTrack', 'openProblems', 'openWalkthrough']);
export type ProgressAction = z.infer<typeof progressActionSchema>;

export const progressToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('action'), action: progressActionSchema }).strict(),
]);
export type ProgressToHost = z.infer<typeof progressToHostSchema>;
