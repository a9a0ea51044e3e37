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

const STOP_WORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by can cannot ' +
    'could did do does doing down during each few for from further had has have having here how if in into is it its itself just more most ' +
    'no nor not of off on once only or other our out over own same should so some such than that the their them then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will with would you your one two three ' +
    'four five six seven eight nine ten use used using uses usually typically mainly likely best following main')
    .split(' '),
);

/** A light suffix stripper: enough to make "standardizing", "standardization" and "standardized" one token. */
export function stemWord(word: string): string {
  for (const suffix of ['ations', 'ation', 'ities', 'ity', 'ingly', 'ing', 'edly', 'ed', 'ies', 'es', 's', 'ly']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Content tokens of a text: lower case, stop words dropped, stemmed; numbers kept whole ("5,000" becomes "5000"). */
export function contentTokens(text: string): string[] {
  const words = text.toLowerCase().replace(/(\d),(\d)/g, '$1$2').match(/[a-z]+|\d+(?:\.\d+)?/g) ?? [];
  return words.filter((w) => !STOP_WORDS.has(w) && !(/^[a-z]+$/.test(w) && w.length < 3)).map(stemWord);
}

export type SparseVector = Map<string, number>;

/** Unit-length TF-IDF vectors (sublinear tf, smoothed idf) of the texts, with idf taken over the texts themselves. */
export function tfidfVectors(texts: readonly string[]): SparseVector[] {
  const docs = texts.map(contentTokens);
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const tf = new Map<string, number>();
    for (const w of d) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v: SparseVector = new Map();
    for (const [w, c] of tf) v.set(w, (1 + Math.log(c)) * Math.log((n + 1) / ((df.get(w) ?? 0) + 1)));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [w, x] of small) s += x * (large.get(w) ?? 0);
  return s;
}
