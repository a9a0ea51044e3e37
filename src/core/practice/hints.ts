/**
 * Hints on request: each problem has one to three, from a nudge to a near-solution. What was shown, and when, is kept
 * in one preference so that every run can be matched to the hints seen before it ("solved with 2 hints").
 */
export const HINTS_PREFERENCE = 'hintsShown';

/** Per problem id, the times its hints were first shown, in order (the n-th time is hint n). */
export type HintsShown = Record<string, number[]>;

export function hintsShownFor(all: HintsShown | undefined, problemId: string): number[] {
  const times = all?.[problemId];
  return Array.isArray(times) ? times.filter((t) => Number.isFinite(t)) : [];
}

/** How many hints had been shown by time `at` (all of them when `at` is undefined). */
export function hintsUsedBy(times: readonly number[], at?: number): number {
  return at === undefined ? times.length : times.filter((t) => t <= at).length;
}

/** The hint to show next: the first not yet shown, or the last one again once all were shown. */
export function nextHintIndex(hintCount: number, shown: number): number {
  return Math.min(shown, hintCount - 1);
}

/** Records hint `index` as shown at `now` if it is new; returns the updated map (unchanged when already shown). */
export function recordHint(all: HintsShown | undefined, problemId: string, index: number, now: number): HintsShown {
  const times = hintsShownFor(all, problemId);
  if (index < times.length) return { ...(all ?? {}) };
  return { ...(all ?? {}), [problemId]: [...times, now] };
}

/** " · solved with 2 hints" style suffix, empty when no hint was used. */
export function hintsSuffix(used: number, solved: boolean): string {
  if (!used) return '';
  return ` · ${solved ? 'solved with' : 'used'} ${used} hint${used === 1 ? '' : 's'}`;
}
