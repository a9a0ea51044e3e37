import { READINESS, TRACK_LABELS, type SplitTargets, type Track } from '../method/targets';
import type { ReadinessStatus } from '../readiness/status';
import { CATEGORIES, CATEGORY_LABELS, computeSplit } from '../split/split';
import type { StudyStore } from '../store/studyStore';
import { dayKey, dayKeyDaysAgo } from '../tracking/timeline';
import { splitWindow } from './dashboardModel';
import type { ProgressState } from './dashboardState';

export type { ProgressState };

export interface ProgressInputs {
  /** Undefined while the database is not open (the view still shows the rules and the track). */
  store: StudyStore | undefined;
  track: Track | undefined;
  targets: SplitTargets;
  sessionMinutes: number;
  readiness: { status: ReadinessStatus; due: number } | undefined;
  problemCount: number;
  timer: string | null;
  sync: string | null;
  now: number;
}

/** Every figure the Progress view shows: today per category, the last 7 days' split (as the dashboard's 7-day window), readiness. */
export function progressState(input: ProgressInputs): ProgressState {
  const { store, now, track } = input;
  const today = store?.categoryTotals(dayKey(now), dayKey(now)) ?? new Map();
  const week = computeSplit(store?.categoryTotals(dayKeyDaysAgo(now, 6), dayKey(now)) ?? new Map(), input.targets, { sessionMinutes: input.sessionMinutes, windowLabel: 'the last 7 days' });
  const min = (ms: number | undefined) => Math.round((ms ?? 0) / 60_000);
  const [issVsGss, ...within] = splitWindow('7d', '7 days', week).groups;
  // The compact view names each category in full ("ISS · problem sets"): the groups' bars are in CATEGORIES order.
  const categoryBars = within.flatMap((g) => g.bars).map((b, i) => ({ ...b, label: CATEGORY_LABELS[CATEGORIES[i]] }));
  return {
    track: track ? { id: track, label: TRACK_LABELS[track] } : null,
    today: CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], minutes: min(today.get(c)) })),
    todayTotal: min([...today.values()].reduce((a, b) => a + b, 0)),
    week: { total: Math.round(week.totalMinutes), bars: [...issVsGss.bars, ...categoryBars] },
    recommendation: week.recommendation,
    readiness: readinessPanel(input.readiness),
    problemCount: input.problemCount,
    storeAvailable: !!store,
    timer: input.timer,
    sync: input.sync,
  };
}

/** The readiness block: the rule always, then the status once a track is chosen. */
export function readinessPanel(r: { status: ReadinessStatus; due: number } | undefined): ProgressState['readiness'] {
  const fmt = (c: { score: number | null; total: number } | null) => (c ? `${c.score}/${c.total}` : 'none yet');
  return {
    rule: [
      `Coding: solve at least ${READINESS.coding.pass} of ${READINESS.coding.sample} random problems.`,
      `Non-coding: answer at least ${READINESS.nonCoding.pass} of ${READINESS.nonCoding.sample} random questions with no help.`,
    ],
    ready: r?.status.ready ?? false,
    headline: r?.status.headline ?? 'Choose a track to start the readiness checks.',
    reasons: r?.status.reasons ?? [],
    latest: r ? `Latest coding check: ${fmt(r.status.latestCoding)} · non-coding: ${fmt(r.status.latestNonCoding)}` : '',
    weakest: r?.status.weakestTopics ?? [],
    dueCards: r?.due ?? 0,
  };
}
