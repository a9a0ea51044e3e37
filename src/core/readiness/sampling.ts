/** A small seeded generator (mulberry32): the same seed always gives the same draw. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Draws `n` distinct items, spread over strata in proportion to their sizes (largest remainders get the rounding),
 * then shuffled. Throws when there are fewer than `n` items.
 */
export function stratifiedSample<T>(items: readonly T[], n: number, stratum: (item: T) => string, random: () => number): T[] {
  if (items.length < n) throw new Error(`only ${items.length} items to draw ${n} from`);
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(stratum(item), [...(groups.get(stratum(item)) ?? []), item]);
  const keys = [...groups.keys()].sort();
  const exact = keys.map((k) => (groups.get(k)!.length / items.length) * n);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const byRemainder = keys.map((_, i) => i).sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  for (const i of byRemainder) {
    if (left === 0) break;
    if (counts[i] < groups.get(keys[i])!.length) {
      counts[i]++;
      left--;
    }
  }
  const drawn = keys.flatMap((k, i) => shuffle(groups.get(k)!, random).slice(0, counts[i]));
  return shuffle(drawn, random);
}
