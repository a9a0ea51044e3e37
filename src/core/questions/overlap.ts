import { contentTokens, cosine, tfidfVectors, type SparseVector } from '../content/similarity';
import type { Question } from './schema';

/**
 * Overlap that word overlap misses: two questions can share few words and still test one fact ("20 tests at
 * alpha 0.05, chance of at least one false positive" asked about tests and about metrics). Three checks:
 *
 * 1. Curated facts. Each entry names one fact interviewers ask about, with patterns over the stem and the key. Two
 *    questions matching the same fact test the same knowledge. The list starts from the pairs found in review
 *    (issue 11) and grows with every duplicate found later.
 * 2. Same key phrase: the keys normalise to the same words and the stems are related (cosine >= 0.3).
 * 3. Close wording: TF-IDF cosine of stem + key >= 0.7.
 *
 * A pair reviewed and found to test different knowledge is listed in one question's `distinctFrom`.
 */
export interface CuratedFact {
  key: string;
  /** Every pattern must match the lower-cased stem + key. */
  all: RegExp[];
  /** Every pattern must match the lower-cased key. */
  inKey?: RegExp[];
  /** No pattern may match the lower-cased stem + key. */
  none?: RegExp[];
}

export const CURATED_FACTS: readonly CuratedFact[] = [
  { key: 'family-wise error of independent tests', all: [/\b\d+ (independent )?(tests|metrics|comparisons|hypothes[ie]s)\b/, /at least one/] },
  {
    key: 'feature selection on all rows before cross-validation',
    all: [/(most correlated|select(ing|ed|ion)? [^.?]{0,40}features?|pick [^.?]{0,30}features?)/, /(cross-validation|\bcv\b|folds?)/, /(all (of )?(the )?(data|samples|rows)|using all)/],
  },
  { key: 'resampling only inside training folds', all: [/(smote|oversampl|undersampl|resampl)/, /(folds?|cross-validation|\bcv\b|split)/], inKey: [/train/] },
  { key: 'MAPE with zero actuals', all: [/(mape|absolute percentage error)/, /(zero|undefined|divid)/] },
  { key: 'dummy-variable trap', all: [/(one-hot|dummy|dummies)/, /intercept/], inKey: [/(sum|collinear|unique|identif|singular|trap)/], none: [/(\bregulari[sz]|penalt|ridge|lasso|\bl[12]\b)/] },
  {
    key: 'leakage across rows of one patient or user',
    all: [/(several|many|multiple) [a-z-]+( [a-z-]+)? per (patient|user|customer|subject|device)/],
    inKey: [/(group|same fold|one fold|split by (patient|user|customer|subject))/],
  },
  { key: 'trees ignore feature scaling', all: [/(scal|standardi[sz]|normali[sz])/, /(insensitive|least likely to change|invariant|unaffected|does not change)/], inKey: [/tree/] },
  {
    key: 'time-ordered validation for forecasts',
    all: [/(forecast|time series|time-series|next month)/, /(shuffl|random|k-fold|rolling-origin|walk-forward|train up to time)/],
    none: [/(gap|embargo|sliding|expanding|log\(|skew)/],
  },
  { key: 'accuracy of a model that predicts one class', all: [/predicts? [^.?]{0,30}\b(for|on) (every|all)\b/, /accuracy/] },
  { key: 'learning rate too large makes the loss diverge', all: [/(oscillat|swing|diverg|\bnan\b|explod)/], inKey: [/learning rate/, /(too (large|high|big)|reduce|lower|decrease)/] },
  {
    key: 'probability correction after negative downsampling',
    all: [/(keep|kept) (all|every) (of the )?positives?/, /negatives/, /(correct|original class balance|real traffic)/],
    inKey: [/^\s*(about )?[0-9.]/],
  },
  { key: 'fit preprocessing inside each training fold', all: [/(folds?|cross-validation|\bcv\b)/, /(imput|scaler|standardi[sz]|preprocess)/], none: [/(smote|oversampl|resampl|feature select|most correlated)/] },
  { key: 'L1 gives exact zeros', all: [/(exactly (to )?zero|exactly-zero|feature[- ]selection|embedded|sparse)/], inKey: [/(\bl1\b|lasso)/] },
];

export const KEY_PHRASE_STEM_COSINE = 0.3;
export const WORDING_COSINE = 0.7;

export function factsOf(q: Question): string[] {
  const key = q.options[q.answer].toLowerCase();
  const text = `${q.stem.toLowerCase()} ${key}`;
  return CURATED_FACTS.filter(
    (f) => f.all.every((re) => re.test(text)) && (f.inKey ?? []).every((re) => re.test(key)) && !(f.none ?? []).some((re) => re.test(text)),
  ).map((f) => f.key);
}

export interface Overlap {
  a: Question;
  b: Question;
  reason: string;
}

/** Pairs (i < j) of vectors whose cosine is at least `threshold`, accumulated through an inverted index. */
function similarPairs(vectors: readonly SparseVector[], threshold: number): [number, number, number][] {
  const n = vectors.length;
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((v, i) => {
    for (const [w, x] of v) {
      const list = postings.get(w);
      if (list) list.push([i, x]);
      else postings.set(w, [[i, x]]);
    }
  });
  const dots = new Float64Array(n * n);
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      const [i, x] = list[a];
      for (let b = a + 1; b < list.length; b++) dots[i * n + list[b][0]] += x * list[b][1];
    }
  }
  const out: [number, number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (dots[i * n + j] >= threshold) out.push([i, j, dots[i * n + j]]);
  return out;
}

/** Pairs of questions that test the same knowledge, except those marked `distinctFrom` each other. */
export function overlappingQuestions(questions: readonly Question[]): Overlap[] {
  const reasons = new Map<string, string>();
  const add = (i: number, j: number, reason: string) => {
    const key = i < j ? `${i} ${j}` : `${j} ${i}`;
    if (!reasons.has(key)) reasons.set(key, reason);
  };
  const groups = (label: (q: Question) => string[]) => {
    const byLabel = new Map<string, number[]>();
    questions.forEach((q, i) => {
      for (const l of label(q)) byLabel.set(l, [...(byLabel.get(l) ?? []), i]);
    });
    return byLabel;
  };
  for (const [fact, members] of groups(factsOf)) {
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) add(members[a], members[b], `both test "${fact}"`);
  }
  const stems = tfidfVectors(questions.map((q) => q.stem));
  const keyPhrase = (q: Question) => [...new Set(contentTokens(q.options[q.answer]))].sort().join(' ');
  for (const [phrase, members] of groups((q) => (keyPhrase(q) ? [keyPhrase(q)] : []))) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        if (cosine(stems[members[a]], stems[members[b]]) >= KEY_PHRASE_STEM_COSINE) add(members[a], members[b], `same key phrase "${phrase}" for related stems`);
      }
    }
  }
  const whole = tfidfVectors(questions.map((q) => `${q.stem} ${q.options[q.answer]}`));
  for (const [i, j, c] of similarPairs(whole, WORDING_COSINE)) add(i, j, `close wording (cosine ${c.toFixed(2)})`);
  const reviewed = (a: Question, b: Question) => (a.distinctFrom ?? []).includes(b.id) || (b.distinctFrom ?? []).includes(a.id);
  return [...reasons.entries()]
    .map(([key, reason]) => {
      const [i, j] = key.split(' ').map(Number);
      return { i, j, reason };
    })
    .sort((x, y) => x.i - y.i || x.j - y.j)
    .map(({ i, j, reason }) => ({ a: questions[i], b: questions[j], reason }))
    .filter(({ a, b }) => !reviewed(a, b));
}
