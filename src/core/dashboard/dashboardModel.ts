import { READINESS, TRACK_LABELS, type Category, type SplitTargets, type Track } from '../method/targets';
import type { Problem } from '../problems/problemBank';
import type { Question } from '../questions/schema';
import type { Check } from '../readiness/checks';
import { readinessStatus } from '../readiness/status';
import { masteryByTopic, strengthsOf } from '../readiness/mastery';
import { CATEGORY_LABELS, computeSplit, type SplitReport } from '../split/split';
import type { StudyStore } from '../store/studyStore';
import { dayKey, dayKeyDaysAgo } from '../tracking/timeline';
import type { DashboardState, SplitWindow, WindowId } from './dashboardState';

export const HEATMAP_DAYS = 26 * 7;

/** One window of the split as bars in three groups: ISS vs GSS, then within each (categories in CATEGORIES order). */
export function splitWindow(id: WindowId, label: string, s: SplitReport): SplitWindow {
  const bar = (l: string, x: { minutes: number; share: number; target: number }) => ({ label: l, minutes: Math.round(x.minutes), share: x.share, target: x.target });
  return {
    id,
    label,
    totalMinutes: Math.round(s.totalMinutes),
    groups: [
      { title: 'ISS vs GSS', bars: [bar('ISS', s.iss), bar('GSS', s.gss)] },
      { title: 'Within ISS', bars: [bar('Problem sets', s.problemSets), bar('Information gathering', s.informationGathering)] },
      { title: 'Within GSS', bars: [bar('Oral recitation', s.oralRecitation), bar('Group problem set', s.groupProblemSet)] },
    ],
  };
}

/** Consecutive days with study time, ending today (or yesterday, when today has none yet). */
export function currentStreak(minutesByDay: ReadonlyMap<string, number>, now: number): number {
  let start = (minutesByDay.get(dayKey(now)) ?? 0) > 0 ? 0 : 1;
  let streak = 0;
  for (; (minutesByDay.get(dayKeyDaysAgo(now, start)) ?? 0) > 0; start++) streak++;
  return streak;
}

export interface DashboardInputs {
  store: StudyStore;
  track: Track | undefined;
  targets: SplitTargets;
  /** The size of one recommended session (`mlReps.sessionMinutes`). */
  sessionMinutes?: number;
  problems: readonly Problem[];
  questions: readonly Question[];
  checks: readonly Check[];
  dueCards: number;
  now: number;
}

/** Every figure the dashboard shows, computed from the store in one place. */
export function dashboardState(input: DashboardInputs): DashboardState {
  const { store, now, targets } = input;
  const today = dayKey(now);
  const windows = [
    splitWindow('today', 'Today', computeSplit(store.categoryTotals(today, today), targets)),
    splitWindow('7d', '7 days', computeSplit(store.categoryTotals(dayKeyDaysAgo(now, 6), today), targets)),
    splitWindow('30d', '30 days', computeSplit(store.categoryTotals(dayKeyDaysAgo(now, 29), today), targets)),
    splitWindow('all', 'All time', computeSplit(store.categoryTotals('0000-00-00', today), targets)),
  ];
  const week = computeSplit(store.categoryTotals(dayKeyDaysAgo(now, 6), today), targets, { sessionMinutes: input.sessionMinutes, windowLabel: 'the last 7 days' });

  const daily = new Map<string, number>();
  for (const d of store.dailyTotals(dayKeyDaysAgo(now, HEATMAP_DAYS + 400), today)) daily.set(d.day, (daily.get(d.day) ?? 0) + d.ms / 60_000);
  const days = Array.from({ length: HEATMAP_DAYS }, (_, i) => {
    const day = dayKeyDaysAgo(now, HEATMAP_DAYS - 1 - i);
    return { day, minutes: Math.round(daily.get(day) ?? 0) };
  });

  const track = input.track;
  const mastery = masteryByTopic(store, track, input.problems, input.questions);
  const strengths = strengthsOf(mastery);
  const anyRun = store.query('SELECT 1 FROM test_runs LIMIT 1').length > 0;

  const status = track ? readinessStatus(input.checks, track, strengths) : undefined;
  const checkPoints = input.checks
    .filter((c) => c.status === 'completed' && c.score !== null && c.finishedAt !== null && (!track || c.track === track))
    .sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0))
    .map((c) => ({ kind: c.kind, at: c.finishedAt!, score: c.score!, total: c.total, passed: c.score! >= (c.kind === 'coding' ? READINESS.coding.pass : READINESS.nonCoding.pass) }));
  const fmt = (c: { score: number | null; total: number } | null | undefined) => (c ? `${c.score}/${c.total}` : 'none yet');

  const recent = store.sessions({ limit: 12 }).map((s) => ({
    id: s.id,
    label: CATEGORY_LABELS[s.category],
    when: new Date(s.start).toISOString(),
    minutes: Math.round((s.end - s.start) / 60_000),
    source: s.source,
    note: s.note ?? (s.problemId ? s.problemId : ''),
  }));
  const totalAll = windows[3].totalMinutes;
  return {
    empty: totalAll === 0 && checkPoints.length === 0 && !anyRun,
    track: track ? TRACK_LABELS[track] : null,
    windows,
    next: { category: week.furthestBelow as Category, label: CATEGORY_LABELS[week.furthestBelow], text: week.recommendation },
    readiness: {
      ready: status?.ready ?? false,
      headline: status?.headline ?? 'Choose a track to take the readiness checks.',
      reasons: status?.reasons ?? [],
      latestCoding: fmt(status?.latestCoding),
      latestNonCoding: fmt(status?.latestNonCoding),
      checks: checkPoints,
      codingPass: READINESS.coding.pass,
      codingTotal: READINESS.coding.sample,
      nonCodingPass: READINESS.nonCoding.pass,
      nonCodingTotal: READINESS.nonCoding.sample,
    },
    heatmap: { days, maxMinutes: Math.max(0, ...days.map((d) => d.minutes)), streak: currentStreak(daily, now), totalMinutes: days.reduce((s, d) => s + d.minutes, 0) },
    mastery,
    recent,
    dueCards: input.dueCards,
  };
}
