/** The dashboard's and the Progress view's state as the core computes it; the pages only render it (their protocols). Types only. */
import type { Bar, Category, CheckKind, Track } from '../domain';

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

/** What the sidebar's Progress view shows (its page's protocol re-exports it). */
export interface ProgressState {
  track: { id: Track; label: string } | null;
  today: { label: string; minutes: number }[];
  todayTotal: number;
  /** Last 7 days: ISS vs GSS, then each category. */
  week: { total: number; bars: Bar[] };
  recommendation: string;
  readiness: { rule: string[]; ready: boolean; headline: string; reasons: string[]; latest: string; weakest: string[]; dueCards: number };
  problemCount: number;
  storeAvailable: boolean;
  /** The running timer, e.g. "GSS · oral recitation since 14:05", or null. */
  timer: string | null;
  /** "Synced with 2 other machines, last change 3 min ago.", or why not; null when sync is off. */
  sync: string | null;
}
