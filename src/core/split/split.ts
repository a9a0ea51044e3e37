import { DEFAULT_SPLIT_TARGETS, type Category, type SplitTargets } from '../method/targets';

import { CATEGORIES } from '../domain';
export { CATEGORIES };

export const CATEGORY_LABELS: Record<Category, string> = {
  'iss.problemSets': 'ISS · problem sets',
  'iss.informationGathering': 'ISS · information gathering',
  'gss.oralRecitation': 'GSS · oral recitation',
  'gss.groupProblemSet': 'GSS · group problem set',
};

export interface ShareVsTarget {
  minutes: number;
  /** Share of the parent (0..1); 0 when the parent is empty. */
  share: number;
  target: number;
}

export interface SplitReport {
  minutes: Record<Category, number>;
  totalMinutes: number;
  iss: ShareVsTarget;
  gss: ShareVsTarget;
  /** Within ISS. */
  problemSets: ShareVsTarget;
  informationGathering: ShareVsTarget;
  /** Within GSS. */
  oralRecitation: ShareVsTarget;
  groupProblemSet: ShareVsTarget;
  /** The category furthest below its target share of all study time. */
  furthestBelow: Category;
  /** Minutes of that category that would bring it to its target share now. */
  deficitMinutes: number;
  /** One session of a sensible size: the category, and its minutes (at most the session size, at least 15). */
  session: { category: Category; minutes: number };
  recommendation: string;
}

/** A study session's size: `mlReps.sessionMinutes`, default 45, within 15-120. */
export const SESSION_MINUTES = { default: 45, min: 15, max: 120 } as const;

export function clampSessionMinutes(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(SESSION_MINUTES.max, Math.max(SESSION_MINUTES.min, Math.round(value))) : SESSION_MINUTES.default;
}

/** Each category's target share of all study time: 56/24/12/8 with the method's defaults. */
export function overallTargets(t: SplitTargets = DEFAULT_SPLIT_TARGETS): Record<Category, number> {
  return {
    'iss.problemSets': t.iss * t.issProblemSets,
    'iss.informationGathering': t.iss * (1 - t.issProblemSets),
    'gss.oralRecitation': (1 - t.iss) * t.gssOralRecitation,
    'gss.groupProblemSet': (1 - t.iss) * (1 - t.gssOralRecitation),
  };
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** The split of study time against the method's targets, and which session to do next. */
export function computeSplit(
  totalsMs: ReadonlyMap<Category, number>,
  targets: SplitTargets = DEFAULT_SPLIT_TARGETS,
  options: { sessionMinutes?: number; windowLabel?: string } = {},
): SplitReport {
  const sessionSize = clampSessionMinutes(options.sessionMinutes);
  const minutes = Object.fromEntries(CATEGORIES.map((c) => [c, (totalsMs.get(c) ?? 0) / 60_000])) as Record<Category, number>;
  const iss = minutes['iss.problemSets'] + minutes['iss.informationGathering'];
  const gss = minutes['gss.oralRecitation'] + minutes['gss.groupProblemSet'];
  const total = iss + gss;
  const overall = overallTargets(targets);
  let furthestBelow: Category = 'iss.problemSets';
  let deficit = -Infinity;
  for (const c of CATEGORIES) {
    // Relative deficit, so an empty total still ranks by target size (problem sets first).
    const d = total > 0 ? overall[c] * total - minutes[c] : overall[c];
    if (d > deficit + 1e-9) {
      deficit = d;
      furthestBelow = c;
    }
  }
  const deficitMinutes = total > 0 ? Math.max(0, Math.ceil(minutesToReachShare(overall[furthestBelow], minutes[furthestBelow], total))) : 0;
  // One session, never the whole deficit: the session size, or less when the deficit is smaller (rounded up to 5 min).
  const sessionMinutes = deficitMinutes > 0 ? Math.max(SESSION_MINUTES.min, Math.min(sessionSize, Math.ceil(deficitMinutes / 5) * 5)) : sessionSize;
  return {
    minutes,
    totalMinutes: total,
    iss: { minutes: iss, share: ratio(iss, total), target: targets.iss },
    gss: { minutes: gss, share: ratio(gss, total), target: 1 - targets.iss },
    problemSets: { minutes: minutes['iss.problemSets'], share: ratio(minutes['iss.problemSets'], iss), target: targets.issProblemSets },
    informationGathering: { minutes: minutes['iss.informationGathering'], share: ratio(minutes['iss.informationGathering'], iss), target: 1 - targets.issProblemSets },
    oralRecitation: { minutes: minutes['gss.oralRecitation'], share: ratio(minutes['gss.oralRecitation'], gss), target: targets.gssOralRecitation },
    groupProblemSet: { minutes: minutes['gss.groupProblemSet'], share: ratio(minutes['gss.groupProblemSet'], gss), target: 1 - targets.gssOralRecitation },
    furthestBelow,
    deficitMinutes,
    session: { category: furthestBelow, minutes: sessionMinutes },
    recommendation: recommend(furthestBelow, total, minutes[furthestBelow], overall[furthestBelow], deficitMinutes, sessionMinutes, options.windowLabel),
  };
}

/** Minutes x of category c to add so that (m + x) / (total + x) reaches target share p. */
function minutesToReachShare(p: number, m: number, total: number): number {
  return p >= 1 ? Infinity : (p * total - m) / (1 - p);
}

const NEXT_STEP: Record<Category, string> = {
  'iss.problemSets': 'open a problem and solve it',
  'iss.informationGathering': 'read or watch material on a topic you are learning, and take notes',
  'gss.oralRecitation': 'explain a concept out loud to a peer',
  'gss.groupProblemSet': 'work a problem through with your group',
};

/** "32 min", "3 h 10 min", "21 h". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h >= 10 || m === 0 ? `${Math.round(minutes / 60)} h` : `${h} h ${m} min`;
}

function recommend(c: Category, total: number, have: number, target: number, deficit: number, session: number, windowLabel?: string): string {
  if (total <= 0) return `No study time yet. Start with a ${session}-min session of ${CATEGORY_LABELS[c]}: ${NEXT_STEP[c]}.`;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (deficit <= 0) return `You are on the method's split. Keep going: ${NEXT_STEP[c]}.`;
  const over = windowLabel ? ` over ${windowLabel}` : '';
  return `Next: a ${session}-min session of ${CATEGORY_LABELS[c]}: ${NEXT_STEP[c]}. You are ${formatDuration(deficit)} behind on it${over} (${pct(have / total)} of your time, target ${pct(target)}).`;
}

/** "GSS · oral recitation since 14:05" for a running timer, or null. */
export function activeTimerLabel(timer: { category: Category; start: number } | undefined): string | null {
  return timer ? `${CATEGORY_LABELS[timer.category]} since ${new Date(timer.start).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : null;
}
