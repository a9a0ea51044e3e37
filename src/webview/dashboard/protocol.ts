/** Messages between the dashboard panel and its host. The host computes every figure; the page only renders. */
import { z } from 'zod';

export type WindowId = 'today' | '7d' | '30d' | 'all';
export type CategoryId = 'iss.problemSets' | 'iss.informationGathering' | 'gss.oralRecitation' | 'gss.groupProblemSet';

export interface Bar {
  label: string;
  minutes: number;
  share: number;
  target: number;
}

export interface SplitWindow {
  id: WindowId;
  label: string;
  totalMinutes: number;
  /** Three pairs: ISS vs GSS, then within ISS, then within GSS. */
  groups: { title: string; bars: [Bar, Bar] }[];
}

export interface CheckPoint {
  kind: 'coding' | 'noncoding';
  at: number;
  score: number;
  total: number;
  passed: boolean;
}

export interface DashboardState {
  empty: boolean;
  track: string | null;
  windows: SplitWindow[];
  next: { category: CategoryId; label: string; text: string };
  readiness: { ready: boolean; headline: string; reasons: string[]; latestCoding: string; latestNonCoding: string; checks: CheckPoint[]; codingPass: number; codingTotal: number; nonCodingPass: number; nonCodingTotal: number };
  heatmap: { days: { day: string; minutes: number }[]; maxMinutes: number; streak: number; totalMinutes: number };
  mastery: { topic: string; kind: 'problems' | 'questions'; solved: number; attempted: number; total: number; accuracy: number | null }[];
  recent: { id: string; label: string; when: string; minutes: number; source: string; note: string }[];
  dueCards: number;
}

export type HostToDashboard = { type: 'state'; state: DashboardState };

export const dashboardActionSchema = z.enum(['openProblem', 'nextProblem', 'startTimer', 'startCodingCheck', 'startNonCodingCheck', 'reviewQuestions', 'logSession', 'openWalkthrough', 'chooseTrack']);
const sessionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const dashboardToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }).strict(),
  z.object({ type: z.literal('action'), action: dashboardActionSchema, category: z.enum(['iss.problemSets', 'iss.informationGathering', 'gss.oralRecitation', 'gss.groupProblemSet']).optional() }).strict(),
  z.object({ type: z.literal('editSession'), id: sessionId }).strict(),
  z.object({ type: z.literal('deleteSession'), id: sessionId }).strict(),
  z.object({ type: z.literal('rendered'), ms: z.number().min(0).max(600_000) }).strict(),
]);
export type DashboardToHost = z.infer<typeof dashboardToHostSchema>;
