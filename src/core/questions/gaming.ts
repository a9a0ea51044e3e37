import { contentTokens } from '../content/similarity';
import type { Question } from './schema';

/**
 * Test-taking strategies that answer from a question's wording instead of its content. Each picks the option(s) it
 * prefers; ties are broken at random, so a strategy's score on a question is 1/k when the key is among its k
 * favourites. Over the bank every strategy must stay near the 25% of blind guessing.
 */
export const GAMING_LIMIT = 0.3;

export const ABSOLUTE_WORDS = /\b(always|never|only|all|none|every|guarantee[sd]?|must|cannot|can't|impossible|completely|entirely)\b/i;

export interface GamingScore {
  strategy: 'longest' | 'shortest' | 'no-absolute-words' | 'stem-overlap' | 'middle-number';
  label: string;
  /** Expected share of questions answered correctly by the strategy. */
  score: number;
  /** Questions the score is taken over: the whole bank, or the numeric questions for the middle-number strategy. */
  questions: number;
}

/** The number an option starts with ("About 0.64", "2/3", "1,050,624", "31x31", "1e-3"), or undefined. */
export function leadingNumber(option: string): number | undefined {
  const s = option.trim().toLowerCase().replace(/^(about|approximately|around|roughly|~|≈)\s*/, '').replace(/^\$/, '');
  const m = /^(-?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:e[-+]?\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?/.exec(s);
  if (!m) return undefined;
  const value = Number(m[1].replace(/,/g, ''));
  const divisor = m[2] === undefined ? 1 : Number(m[2]);
  return Number.isFinite(value) && divisor !== 0 ? value / divisor : undefined;
}

/** A question whose four options are four different numbers. */
export function numericValues(q: Question): number[] | undefined {
  const values = q.options.map(leadingNumber);
  if (values.some((v) => v === undefined)) return undefined;
  const nums = values as number[];
  return new Set(nums).size === nums.length ? nums : undefined;
}

/** Expected score of picking uniformly among the options with the best value. */
function pickBest(q: Question, values: readonly number[], better: 'max' | 'min'): number {
  const best = better === 'max' ? Math.max(...values) : Math.min(...values);
  const tied = values.flatMap((v, i) => (v === best ? [i] : []));
  return tied.includes(q.answer) ? 1 / tied.length : 0;
}

export function strategyPicks(q: Question): Record<Exclude<GamingScore['strategy'], 'middle-number'>, number> & { 'middle-number'?: number } {
  const lengths = q.options.map((o) => o.trim().length);
  const plain = q.options.map((o) => (ABSOLUTE_WORDS.test(o) ? 0 : 1));
  const stemWords = new Set(contentTokens(q.stem));
  const overlap = q.options.map((o) => [...new Set(contentTokens(o))].filter((w) => stemWords.has(w)).length);
  const out: ReturnType<typeof strategyPicks> = {
    longest: pickBest(q, lengths, 'max'),
    shortest: pickBest(q, lengths, 'min'),
    'no-absolute-words': pickBest(q, plain, 'max'),
    'stem-overlap': pickBest(q, overlap, 'max'),
  };
  const nums = numericValues(q);
  if (nums) {
    const order = nums.map((_, i) => i).sort((a, b) => nums[a] - nums[b]);
    out['middle-number'] = order.slice(1, 3).includes(q.answer) ? 0.5 : 0;
  }
  return out;
}

export function gamingScores(questions: readonly Question[]): GamingScore[] {
  const sums = { longest: 0, shortest: 0, 'no-absolute-words': 0, 'stem-overlap': 0, 'middle-number': 0 };
  let numeric = 0;
  for (const q of questions) {
    const p = strategyPicks(q);
    sums.longest += p.longest;
    sums.shortest += p.shortest;
    sums['no-absolute-words'] += p['no-absolute-words'];
    sums['stem-overlap'] += p['stem-overlap'];
    if (p['middle-number'] !== undefined) {
      numeric++;
      sums['middle-number'] += p['middle-number'];
    }
  }
  const n = questions.length || 1;
  return [
    { strategy: 'longest', label: 'pick the longest option', score: sums.longest / n, questions: questions.length },
    { strategy: 'shortest', label: 'pick the shortest option', score: sums.shortest / n, questions: questions.length },
    { strategy: 'no-absolute-words', label: 'pick an option without absolute words', score: sums['no-absolute-words'] / n, questions: questions.length },
    { strategy: 'stem-overlap', label: 'pick the option sharing most words with the stem', score: sums['stem-overlap'] / n, questions: questions.length },
    { strategy: 'middle-number', label: 'pick a middle value (numeric questions)', score: numeric ? sums['middle-number'] / numeric : 0, questions: numeric },
  ];
}

/**
 * A key that carries a tag naming its concept: a leading label ("Selection bias: ...") or a trailing aside
 * ("... (selection bias)", "...: perfect multicollinearity") that the wrong options lack. When at least two wrong options
 * share the form (e.g. "Missing at random (MAR)" against "Missing not at random (MNAR)"), the form gives little away.
 */
const ANSWER_WORDS = /^(yes|no|little|nothing|none|both|neither|true|false|it depends)\s*:/i;

export function keyTag(q: Question): string | undefined {
  const forms: [string, RegExp][] = [
    ['a leading label', /^[A-Z][\w'-]*(?: [\w'/-]+){0,4}:\s+\S/],
    ['a trailing tag in parentheses', /\s\(([^()]*[A-Za-z][^()]*)\)\s*$/],
    ['a trailing label after a colon', /\S:\s+[A-Za-z][\w'-]*(?: [\w'-]+){0,3}\s*$/],
  ];
  const key = q.options[q.answer];
  const others = q.options.filter((_, i) => i !== q.answer);
  for (const [name, re] of forms) {
    if (!re.test(key) || others.filter((o) => re.test(o)).length >= 2) continue;
    // A one-word verdict before the colon ("Little: ...", "No: ...") answers the question; it names no concept.
    if (name !== 'a trailing tag in parentheses' && ANSWER_WORDS.test(key)) continue;
    return name;
  }
  return undefined;
}
