import type { Category } from '../method/targets';

export type SessionSource = 'auto' | 'timer' | 'logged';

export interface TimedInterval {
  category: Category;
  start: number;
  end: number;
  source: SessionSource;
}

/** Timers and logged sessions are the user's own word about what they were doing, so they beat automatic time. */
const RANK: Record<SessionSource, number> = { timer: 2, logged: 2, auto: 1 };

/**
 * Milliseconds per category within [from, to), with every instant counted at most once:
 * overlapping intervals of one category (several windows) count once, explicit sessions (timer, logged) win over
 * automatic problem-set time, and between two of the same rank the one that started first keeps the overlap.
 */
export function resolveOverlaps(intervals: readonly TimedInterval[], from: number, to: number): Map<Category, number> {
  type Clipped = { category: Category; start: number; end: number; rank: number };
  const high: Clipped[] = [];
  const low: Clipped[] = [];
  for (const i of intervals) {
    const start = i.start > from ? i.start : from;
    const end = i.end < to ? i.end : to;
    const rank = RANK[i.source];
    if (end > start) (rank === RANK.timer ? high : low).push({ category: i.category, start, end, rank });
  }
  const order = (a: Clipped, b: Clipped) => b.rank - a.rank || a.start - b.start || a.end - b.end;
  const clipped = high.concat(low);
  // Callers mostly pass intervals in order of start already: then sorting is only checking.
  for (let k = 1; k < clipped.length; k++) {
    if (order(clipped[k - 1], clipped[k]) > 0) {
      clipped.sort(order);
      break;
    }
  }
  // The time already counted: sorted, disjoint intervals [starts[k], ends[k]] that do not touch.
  const starts: number[] = [];
  const ends: number[] = [];
  const totals = new Map<Category, number>();
  for (const { category, start, end } of clipped) {
    // The counted intervals that overlap or touch [start, end] are starts[lo..hi-1].
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    hi = lo;
    let free = end - start;
    while (hi < starts.length && starts[hi] <= end) {
      const overlap = Math.min(end, ends[hi]) - Math.max(start, starts[hi]);
      if (overlap > 0) free -= overlap;
      hi++;
    }
    if (free > 0) totals.set(category, (totals.get(category) ?? 0) + free);
    if (lo === hi) {
      starts.splice(lo, 0, start);
      ends.splice(lo, 0, end);
    } else {
      const mergedStart = Math.min(start, starts[lo]);
      const mergedEnd = Math.max(end, ends[hi - 1]);
      starts.splice(lo, hi - lo, mergedStart);
      ends.splice(lo, hi - lo, mergedEnd);
    }
  }
  return totals;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function dayKey(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** [start, end) of a local day, in epoch ms (23 or 25 hours long across a DST change). */
export function dayRange(key: string): [number, number] {
  const [y, m, d] = key.split('-').map(Number);
  return [new Date(y, m - 1, d).getTime(), new Date(y, m - 1, d + 1).getTime()];
}

/** Every local day that [start, end] touches (one day for an instant). */
export function daysTouched(start: number, end: number): string[] {
  const days: string[] = [];
  let key = dayKey(start);
  const last = dayKey(Math.max(start, end));
  for (let guard = 0; guard < 100_000; guard++) {
    days.push(key);
    if (key === last) break;
    key = dayKey(dayRange(key)[1]);
  }
  return days;
}

/** The local day `n` days before the day of `t` (n = 0 is that day). */
export function dayKeyDaysAgo(t: number, n: number): string {
  const d = new Date(t);
  return dayKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() - n, 12).getTime());
}
