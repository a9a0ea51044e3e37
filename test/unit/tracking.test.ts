import * as assert from 'node:assert/strict';
import type { Category } from '../../src/core/method/targets';
import { computeSplit, overallTargets } from '../../src/core/split/split';
import { IdleIntervalTracker, type TrackedInterval } from '../../src/core/tracking/idleIntervalTracker';
import { dayKey, dayKeyDaysAgo, daysTouched, resolveOverlaps, type TimedInterval } from '../../src/core/tracking/timeline';

const MIN = 60_000;
const PS: Category = 'iss.problemSets';

/** A controllable clock: wall time can jump; monotonic time only moves forward with `advance`. */
function fakeClock(start = new Date(2026, 10, 26, 9, 0).getTime()) {
  let wall = start;
  let mono = 1_000_000;
  return {
    clock: { wall: () => wall, mono: () => mono },
    advance(ms: number) {
      wall += ms;
      mono += ms;
    },
    jumpWall(ms: number) {
      wall += ms;
    },
  };
}

function tracker(c: ReturnType<typeof fakeClock>, idleMin = 5) {
  const closed: TrackedInterval[] = [];
  let n = 0;
  const t = new IdleIntervalTracker({ idleMs: () => idleMin * MIN, clock: c.clock, newId: () => `i${++n}`, onClose: (i) => closed.push(i) });
  return { t, closed };
}

describe('idle interval tracker', () => {
  it('extends an interval while gaps stay under the idle limit', () => {
    const c = fakeClock();
    const { t, closed } = tracker(c);
    const t0 = c.clock.wall();
    for (let i = 0; i < 10; i++) {
      t.activity(PS, 'p');
      c.advance(4 * MIN);
    }
    assert.deepEqual(closed, []);
    assert.deepEqual(t.current(), { id: 'i1', category: PS, problemId: 'p', start: t0, end: t0 + 36 * MIN });
  });

  it('closes at the last activity after an idle gap, not counting the gap', () => {
    const c = fakeClock();
    const { t, closed } = tracker(c);
    const t0 = c.clock.wall();
    t.activity(PS, 'p');
    c.advance(2 * MIN);
    t.activity(PS, 'p');
    c.advance(30 * MIN);
    t.activity(PS, 'p');
    assert.deepEqual(closed, [{ id: 'i1', category: PS, problemId: 'p', start: t0, end: t0 + 2 * MIN }]);
    assert.equal(t.current()?.start, t0 + 32 * MIN);
  });

  it('starts a new interval when the problem changes', () => {
    const c = fakeClock();
    const { t, closed } = tracker(c);
    t.activity(PS, 'a');
    c.advance(MIN);
    t.activity(PS, 'b');
    assert.equal(closed.length, 1);
    assert.equal(closed[0].problemId, 'a');
    assert.equal(t.current()?.problemId, 'b');
  });

  it('closeIfIdle closes only after the idle limit', () => {
    const c = fakeClock();
    const { t, closed } = tracker(c);
    t.activity(PS, 'p');
    c.advance(4 * MIN);
    t.closeIfIdle();
    assert.equal(closed.length, 0);
    c.advance(2 * MIN);
    t.closeIfIdle();
    assert.equal(closed.length, 1);
    assert.equal(t.current(), undefined);
  });

  describe('when the system clock jumps', () => {
    it('backwards: no negative duration, no doubled time', () => {
      const c = fakeClock();
      const { t, closed } = tracker(c);
      const t0 = c.clock.wall();
      t.activity(PS, 'p');
      c.advance(MIN);
      t.activity(PS, 'p');
      c.jumpWall(-60 * MIN);
      c.advance(MIN);
      t.activity(PS, 'p');
      c.advance(MIN);
      t.activity(PS, 'p');
      t.close();
      assert.equal(closed.length, 2);
      for (const i of closed) assert.ok(i.end >= i.start, 'no negative interval');
      assert.deepEqual(closed.map((i) => i.end - i.start), [MIN, MIN]);
      assert.equal(closed[0].start, t0);
    });

    it('forwards: the jump is never counted as study time', () => {
      const c = fakeClock();
      const { t, closed } = tracker(c);
      t.activity(PS, 'p');
      c.advance(MIN);
      t.activity(PS, 'p');
      c.jumpWall(20 * 60 * MIN); // +20 h
      c.advance(MIN);
      t.activity(PS, 'p');
      t.close();
      const total = closed.reduce((s, i) => s + i.end - i.start, 0);
      assert.equal(total, MIN, 'only the real minute counts');
      for (const i of closed) assert.ok(i.end - i.start < 60 * MIN, 'no day-long interval');
    });

    it('a small drift within tolerance does not split the interval', () => {
      const c = fakeClock();
      const { t, closed } = tracker(c);
      t.activity(PS, 'p');
      c.advance(MIN);
      c.jumpWall(500); // NTP nudging the clock by half a second
      t.activity(PS, 'p');
      assert.equal(closed.length, 0);
    });
  });
});

describe('overlap resolution and days', () => {
  const at = (h: number, m = 0) => new Date(2026, 10, 26, h, m).getTime();
  it('counts overlapping intervals of one category once', () => {
    const r = resolveOverlaps([
      { category: PS, start: at(9), end: at(10), source: 'auto' },
      { category: PS, start: at(9, 30), end: at(10, 30), source: 'auto' },
      { category: PS, start: at(9, 45), end: at(9, 50), source: 'auto' },
    ], 0, Infinity);
    assert.equal(r.get(PS), 90 * MIN);
  });
  it('lets timers and logged sessions win over automatic time, and clips to the window', () => {
    const r = resolveOverlaps([
      { category: PS, start: at(9), end: at(11), source: 'auto' },
      { category: 'gss.groupProblemSet', start: at(10), end: at(12), source: 'timer' },
      { category: 'iss.informationGathering', start: at(8), end: at(9, 30), source: 'logged' },
    ], at(8, 30), at(11, 30));
    assert.equal(r.get('gss.groupProblemSet'), 90 * MIN);
    assert.equal(r.get('iss.informationGathering'), 60 * MIN);
    assert.equal(r.get(PS), 30 * MIN);
  });
  it('gives the same totals as the plain quadratic rule on random overlapping intervals (ties included)', () => {
    // The rule written the obvious way: each interval, by rank then start then end, counts what no earlier one covered.
    const rank = { timer: 2, logged: 2, auto: 1 } as const;
    const reference = (xs: readonly TimedInterval[], from: number, to: number) => {
      const sorted = xs
        .map((x) => ({ ...x, start: Math.max(x.start, from), end: Math.min(x.end, to) }))
        .filter((x) => x.end > x.start)
        .sort((a, b) => rank[b.source] - rank[a.source] || a.start - b.start || a.end - b.end);
      const covered = new Set<number>();
      const totals = new Map<Category, number>();
      for (const x of sorted) {
        let free = 0;
        for (let t = x.start; t < x.end; t++) {
          if (covered.has(t)) continue;
          free++;
          covered.add(t);
        }
        if (free > 0) totals.set(x.category, (totals.get(x.category) ?? 0) + free);
      }
      return totals;
    };
    let seed = 7;
    const rnd = (n: number) => Math.floor(((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32) * n);
    const cats: Category[] = ['iss.problemSets', 'iss.informationGathering', 'gss.oralRecitation', 'gss.groupProblemSet'];
    const sources = ['auto', 'timer', 'logged'] as const;
    for (let round = 0; round < 300; round++) {
      const xs: TimedInterval[] = Array.from({ length: 1 + rnd(25) }, () => {
        const start = rnd(200);
        return { category: cats[rnd(4)], start, end: start + rnd(60), source: sources[rnd(3)] };
      });
      const from = rnd(50);
      const to = 150 + rnd(100);
      assert.deepEqual([...resolveOverlaps(xs, from, to)], [...reference(xs, from, to)], `round ${round}`);
      // In order of start, as the database gives them (sorting is then only checked).
      const byStart = [...xs].sort((a, b) => a.start - b.start);
      assert.deepEqual([...resolveOverlaps(byStart, from, to)], [...reference(byStart, from, to)], `round ${round}, by start`);
    }
  });
  it('gives days as local calendar dates, across midnight and month ends', () => {
    assert.deepEqual(daysTouched(new Date(2026, 10, 30, 23).getTime(), new Date(2026, 11, 1, 1).getTime()), ['2026-11-30', '2026-12-01']);
    assert.equal(dayKeyDaysAgo(new Date(2026, 2, 1, 10).getTime(), 1), '2026-02-28');
    assert.equal(dayKey(new Date(2026, 0, 5, 0, 0).getTime()), '2026-01-05');
  });
});

describe('split against the method', () => {
  const totals = (ps: number, ig: number, or: number, gp: number) =>
    new Map<Category, number>([['iss.problemSets', ps * MIN], ['iss.informationGathering', ig * MIN], ['gss.oralRecitation', or * MIN], ['gss.groupProblemSet', gp * MIN]]);

  it('has overall targets 56/24/12/8', () => {
    const t = overallTargets();
    assert.deepEqual(Object.values(t).map((x) => Math.round(x * 100)), [56, 24, 12, 8]);
  });

  it('computes shares within ISS, within GSS and overall', () => {
    const s = computeSplit(totals(70, 30, 15, 5));
    assert.equal(s.totalMinutes, 120);
    assert.ok(Math.abs(s.iss.share - 100 / 120) < 1e-12);
    assert.equal(s.problemSets.share, 0.7);
    assert.equal(s.oralRecitation.share, 0.75);
    assert.equal(s.groupProblemSet.target, 0.4);
  });

  it('recommends the category furthest below target, with the minutes to catch up', () => {
    const s = computeSplit(totals(100, 0, 0, 0));
    assert.equal(s.furthestBelow, 'iss.informationGathering');
    // (x) / (100 + x) = 0.24  =>  x = 24 / 0.76 = 31.6 -> 32
    assert.equal(s.deficitMinutes, 32);
    assert.deepEqual(s.session, { category: 'iss.informationGathering', minutes: 35 });
    assert.match(s.recommendation, /^Next: a 35-min session of ISS · information gathering: .*You are 32 min behind on it \(0% of your time, target 24%\)/);
  });

  it('says what to do first with no study time, and that you are on track at the targets', () => {
    const empty = computeSplit(new Map());
    assert.equal(empty.furthestBelow, 'iss.problemSets');
    assert.match(empty.recommendation, /^No study time yet/);
    assert.equal(empty.iss.share, 0);
    const onTarget = computeSplit(totals(56, 24, 12, 8));
    assert.equal(onTarget.deficitMinutes, 0);
    assert.match(onTarget.recommendation, /^You are on the method's split/);
  });

  it('recommends one session of a sensible size, and the deficit separately', () => {
    // Five years of problem sets only: the deficit is days, the session stays 45 min.
    const s = computeSplit(totals(4000, 0, 0, 0), undefined, { windowLabel: '7 days' });
    assert.equal(s.furthestBelow, 'iss.informationGathering');
    assert.equal(s.session.minutes, 45);
    assert.match(s.recommendation, /^Next: a 45-min session of ISS · information gathering/);
    assert.match(s.recommendation, /You are 21 h behind on it over 7 days/);
    // The session size follows the setting, clamped to 15-120.
    assert.equal(computeSplit(totals(4000, 0, 0, 0), undefined, { sessionMinutes: 90 }).session.minutes, 90);
    assert.equal(computeSplit(totals(4000, 0, 0, 0), undefined, { sessionMinutes: 500 }).session.minutes, 120);
    assert.equal(computeSplit(totals(4000, 0, 0, 0), undefined, { sessionMinutes: 1 }).session.minutes, 15);
    // An empty history starts with a problem-set session of the set size.
    const empty = computeSplit(new Map(), undefined, { sessionMinutes: 30 });
    assert.deepEqual(empty.session, { category: 'iss.problemSets', minutes: 30 });
    assert.match(empty.recommendation, /^No study time yet\. Start with a 30-min session of ISS · problem sets/);
  });

  it('moves on after a session of the recommended size', () => {
    let mins = [100, 0, 0, 0];
    const first = computeSplit(totals(mins[0], mins[1], mins[2], mins[3]));
    assert.equal(first.session.category, 'iss.informationGathering');
    mins = [100, first.session.minutes, 0, 0];
    const second = computeSplit(totals(mins[0], mins[1], mins[2], mins[3]));
    assert.notEqual(second.session.category, 'iss.informationGathering');
    assert.equal(second.furthestBelow, 'gss.oralRecitation');
  });

  it('ranks by absolute shortfall: of two empty GSS parts, the larger target comes first', () => {
    // On target everywhere but GSS, whose two parts are equally short in relative terms: oral recitation (12%) wins.
    const s = computeSplit(totals(56, 24, 0, 0));
    assert.equal(s.furthestBelow, 'gss.oralRecitation');
  });

  it('takes targets from settings', () => {
    const s = computeSplit(totals(50, 50, 0, 0), { iss: 1, issProblemSets: 0.5, gssOralRecitation: 0.5 });
    assert.equal(s.deficitMinutes, 0);
  });
});
