/** Word-level similarity for spotting near-duplicate texts (stems, prompts). */
export function normalizedWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[^a-z0-9\s]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2),
  );
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Pairs of items whose texts share at least `threshold` of their words (Jaccard). */
export function nearDuplicates<T>(items: readonly T[], text: (item: T) => string, threshold = 0.8): [T, T, number][] {
  const words = items.map((i) => normalizedWords(text(i)));
  const pairs: [T, T, number][] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const s = jaccard(words[i], words[j]);
      if (s >= threshold) pairs.push([items[i], items[j], s]);
    }
  }
  return pairs;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string | string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    for (const one of Array.isArray(k) ? k : [k]) out[one] = (out[one] ?? 0) + 1;
  }
  return out;
}
