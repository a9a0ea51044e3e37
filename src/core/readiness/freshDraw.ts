import { shuffle } from './sampling';

/** When the user last met each item (epoch ms); an item with no entry is unseen. */
export type SeenHistory = ReadonlyMap<string, number>;

export interface FreshDraw {
  /** Drawn ids, shuffled. */
  draw: string[];
  /** How many drawn items the user had met before. Always max(0, n - unseenAvailable). */
  seen: number;
  /** Unseen items in the whole pool. */
  unseenAvailable: number;
}

/** Per-stratum quotas proportional to stratum size, largest remainders first; never more than a stratum holds. */
function quotas(sizes: readonly number[], n: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const exact = sizes.map((s) => (s / total) * n);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const byRemainder = sizes.map((_, i) => i).sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  for (const i of byRemainder) {
    if (left === 0) break;
    if (counts[i] < sizes[i]) {
      counts[i]++;
      left--;
    }
  }
  return counts;
}

/**
 * Draws `n` items, unseen ones first, then the least recently seen, spread over strata (topics) in proportion to
 * their share of the pool. Unseen items are never passed over for a seen one, so the number of seen items drawn is
 * exactly max(0, n - unseen). The result depends only on the pool, the history and `random` (a seeded generator),
 * so a check can be reproduced from its seed and the history it saw. Throws when the pool holds fewer than `n`.
 */
export function drawFresh<T>(
  pool: readonly T[],
  n: number,
  key: (item: T) => string,
  stratum: (item: T) => string,
  history: SeenHistory,
  random: () => number,
): FreshDraw {
  if (pool.length < n) throw new Error(`only ${pool.length} items to draw ${n} from`);
  const groups = new Map<string, T[]>();
  for (const item of pool) groups.set(stratum(item), [...(groups.get(stratum(item)) ?? []), item]);
  const strata = [...groups.keys()].sort();
  const quota = quotas(strata.map((s) => groups.get(s)!.length), n);
  // Each stratum's candidates in order of preference: unseen (shuffled), then seen, least recently first.
  const unseen = strata.map((s) => shuffle(groups.get(s)!.filter((i) => !history.has(key(i))), random));
  const seen = strata.map((s) =>
    shuffle(groups.get(s)!.filter((i) => history.has(key(i))), random).sort((a, b) => history.get(key(a))! - history.get(key(b))!),
  );
  const unseenAvailable = unseen.reduce((a, u) => a + u.length, 0);
  const taken = strata.map(() => 0);
  const drawn: T[] = [];
  const take = (i: number, from: T[][]) => {
    drawn.push(from[i].shift()!);
    taken[i]++;
  };
  // 1. Unseen items up to each stratum's quota.
  strata.forEach((_, i) => {
    while (taken[i] < quota[i] && unseen[i].length) take(i, unseen);
  });
  // 2. Slots a stratum could not fill with unseen items go to unseen items of other strata, most plentiful first.
  while (drawn.length < n && unseen.some((u) => u.length)) {
    let best = -1;
    unseen.forEach((u, i) => {
      if (u.length && (best < 0 || u.length > unseen[best].length)) best = i;
    });
    take(best, unseen);
  }
  // 3. Only then seen items: strata furthest below their quota first, each giving its least recently seen.
  while (drawn.length < n) {
    let best = -1;
    seen.forEach((s, i) => {
      if (!s.length) return;
      if (best < 0) best = i;
      else {
        const gap = quota[i] - taken[i];
        const bestGap = quota[best] - taken[best];
        if (gap > bestGap || (gap === bestGap && history.get(key(s[0]))! < history.get(key(seen[best][0]))!)) best = i;
      }
    });
    take(best, seen);
  }
  return { draw: shuffle(drawn, random).map(key), seen: Math.max(0, n - unseenAvailable), unseenAvailable };
}

/**
 * The order in which a question's options are shown: `order[shown] = stored index`. Derived from the check's seed and
 * the question id, so a resumed check shows the same order even before the stored order is read.
 */
export function optionOrder(seed: number, questionId: string, optionCount: number, random: (seed: number) => () => number): number[] {
  let h = seed >>> 0;
  for (let i = 0; i < questionId.length; i++) h = Math.imul(h ^ questionId.charCodeAt(i), 0x01000193) >>> 0;
  return shuffle(
    Array.from({ length: optionCount }, (_, i) => i),
    random(h),
  );
}

/** True when `order` is a permutation of 0..n-1. */
export function isPermutation(order: readonly number[], n: number): boolean {
  return order.length === n && [...order].sort((a, b) => a - b).every((v, i) => v === i);
}
