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
  const clipped = intervals
    .map((i) => ({ ...i, start: Math.max(i.start, from), end: Math.min(i.end, to) }))
    .filter((i) => i.end > i.start)
    .sort((a, b) => RANK[b.source] - RANK[a.source] || a.start - b.start || a.end - b.end);
  const covered: [number, number][] = []; // sorted, disjoint
  const totals = new Map<Category, number>();
  for (const i of clipped) {
    let free = 0;
    let cursor = i.start;
    for (const [s, e] of covered) {
      if (e <= cursor) continue;
      if (s >= i.end) break;
      if (s > cursor) free += s - cursor;
      cursor = Math.max(cursor, e);
      if (cursor >= i.end) break;
    }
    if (cursor < i.end) free += i.end - cursor;
    if (free > 0) totals.set(i.category, (totals.get(i.category) ?? 0) + free);
    insertCovered(covered, i.start, i.end);
  }
  return totals;
}

function insertCovered(covered: [number, number][], start: number, end: number): void {
  let s = start;
  let e = end;
  const kept: [number, number][] = [];
  for (const [cs, ce] of covered) {
    if (ce < s || cs > e) kept.push([cs, ce]);
    else {
      s = Math.min(s, cs);
      e = Math.max(e, ce);
    }
  }
  kept.push([s, e]);
  kept.sort((a, b) => a[0] - b[0]);
  covered.splice(0, covered.length, ...kept);
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
