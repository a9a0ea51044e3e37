/** The dashboard's state as the core computes it; the page only renders it (the dashboard page's protocol). */
import type { Bar, Category, CheckKind } from '../domain';

export type WindowId = 'today' | '7d' | '30d' | 'all';

export interface SplitWindow {
  id: WindowId;
  label: string;
  totalMinutes: number;
  /** Three pairs: ISS vs GSS, then within ISS, then within GSS. */
  groups: { title: string; bars: [Bar, Bar] }[];
}

export interface CheckPoint {
  kind: CheckKind;
  at: number;
  score: number;
  total: number;
  passed: boolean;
}

export interface DashboardState {
  empty: boolean;
  track: string | null;
  windows: SplitWindow[];
  next: { category: Category; label: string; text: string };
  readiness: { ready: boolean; headline: string; reasons: string[]; latestCoding: string; latestNonCoding: string; checks: CheckPoint[]; codingPass: number; codingTotal: number; nonCodingPass: number; nonCodingTotal: number };
  heatmap: { days: { day: string; minutes: number }[]; maxMinutes: number; streak: number; totalMinutes: number };
  mastery: { topic: string; kind: 'problems' | 'questions'; solved: number; attempted: number; total: number; accuracy: number | null }[];
  recent: { id: string; label: string; when: string; minutes: number; source: string; note: string }[];
  dueCards: number;
  /** "Synced with 2 other machines, last change 3 min ago.", or why not; null when sync is off. */
  sync?: string | null;
}

