import { CHECK_KINDS } from '../domain';
import { CATEGORY_CODES, MAX_SESSION_MS, type StoreChange } from './records';

/**
 * Validation of records that come from outside this window: an import file, a sync log from another machine,
 * a journal left by a closed window. Impossible data is refused with a message that names the record, so that
 * one bad value can never break the dashboard, the export or later edits.
 *
 * Hand-written rather than a schema library: it runs on a million records per import, and must never recurse
 * into attacker-controlled depth.
 */

/** The earliest time a record may carry: 2000-01-01T00:00:00Z. */
export const MIN_TIME = Date.UTC(2000, 0, 1);
/** A record may be dated at most this far ahead of now (clock differences between machines). */
export const FUTURE_SLACK_MS = 86_400_000;
export const LIMITS = {
  idChars: 200,
  shortText: 1_000,
  noteChars: 10_000,
  errorChars: 100_000,
  jsonChars: 1_000_000,
  jsonDepth: 32,
  listItems: 10_000,
  count: 1_000_000,
  durationMs: MAX_SESSION_MS,
  checkElapsedMs: 7 * 86_400_000,
} as const;

export const CHANGE_KINDS = ['session', 'testRun', 'check', 'questionAnswer', 'reviewCard', 'preference', 'recitation', 'groupSession'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

class Invalid extends Error {}

interface Ctx {
  now: number;
  /** Clamp `updatedAt` to `now` (imports: an imported record must never win over every later local edit). */
  clampUpdatedAt: boolean;
}

type Obj = Record<string, unknown>;

function fail(field: string, message: string): never {
  throw new Invalid(`${field} ${message}`);
}

function str(o: Obj, f: string, max: number, nullable = false, min = 0): string | null {
  const v = o[f];
  if (v === null && nullable) return null;
  if (typeof v !== 'string') fail(f, `must be ${nullable ? 'a string or null' : 'a string'}`);
  if (v.length < min) fail(f, 'must not be empty');
  if (v.length > max) fail(f, `is ${v.length} characters long; at most ${max} are allowed`);
  return v;
}

function id(o: Obj, f = 'id'): string {
  return str(o, f, LIMITS.idChars, false, 1)!;
}

function time(o: Obj, f: string, ctx: Ctx, nullable = false): number | null {
  const v = o[f];
  if (v === null && nullable) return null;
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(f, `must be a whole number of milliseconds (got ${short(v)})`);
  const max = ctx.now + FUTURE_SLACK_MS;
  if (v < MIN_TIME || v > max) fail(f, `is ${short(v)}, not a time between 2000-01-01 and ${new Date(max).toISOString().slice(0, 10)}`);
  return v;
}

function int(o: Obj, f: string, min: number, max: number, nullable = false): number | null {
  const v = o[f];
  if (v === null && nullable) return null;
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(f, `must be a whole number (got ${short(v)})`);
  if (v < min || v > max) fail(f, `is ${short(v)}; it must lie between ${min} and ${max}`);
  return v;
}

function num(o: Obj, f: string, min: number, max: number): number {
  const v = o[f];
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(f, `must be a finite number (got ${short(v)})`);
  if (v < min || v > max) fail(f, `is ${short(v)}; it must lie between ${min} and ${max}`);
  return v;
}

function bool(o: Obj, f: string): boolean {
  const v = o[f];
  if (typeof v !== 'boolean') fail(f, `must be true or false (got ${short(v)})`);
  return v;
}

function oneOf<T extends string>(o: Obj, f: string, values: readonly T[]): T {
  const v = o[f];
  if (typeof v !== 'string' || !values.includes(v as T)) fail(f, `must be one of ${values.join(', ')} (got ${short(v)})`);
  return v as T;
}

/** Any JSON value, bounded in depth and size, checked without recursion. */
function json(o: Obj, f: string): unknown {
  const v = o[f] === undefined ? null : o[f];
  const stack: [unknown, number][] = [[v, 0]];
  let chars = 0;
  let items = 0;
  while (stack.length) {
    const [x, depth] = stack.pop()!;
    if (depth > LIMITS.jsonDepth) fail(f, `is nested more than ${LIMITS.jsonDepth} levels deep`);
    if (++items > LIMITS.listItems * 10) fail(f, `holds more than ${LIMITS.listItems * 10} values`);
    if (typeof x === 'string') chars += x.length;
    else if (typeof x === 'number') {
      if (!Number.isFinite(x)) fail(f, 'holds a number that is not finite');
      chars += 8;
    } else if (x !== null && typeof x === 'object') {
      for (const [k, c] of Array.isArray(x) ? x.entries() : Object.entries(x)) {
        chars += String(k).length;
        stack.push([c, depth + 1]);
      }
    }
    if (chars > LIMITS.jsonChars) fail(f, `is larger than ${LIMITS.jsonChars} characters`);
  }
  return v;
}

function strings(o: Obj, f: string): string[] {
  const v = o[f];
  if (!Array.isArray(v)) fail(f, 'must be a list');
  if (v.length > LIMITS.listItems) fail(f, `has ${v.length} items; at most ${LIMITS.listItems} are allowed`);
  for (const x of v) if (typeof x !== 'string' || x.length > LIMITS.idChars) fail(f, 'must hold short strings only');
  return v as string[];
}

function ints(o: Obj, f: string): number[] {
  const v = o[f];
  if (!Array.isArray(v)) fail(f, 'must be a list');
  if (v.length > LIMITS.listItems) fail(f, `has ${v.length} items; at most ${LIMITS.listItems} are allowed`);
  for (const x of v) if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > LIMITS.count) fail(f, 'must hold small whole numbers only');
  return v as number[];
}

function updatedAt(o: Obj, ctx: Ctx): number {
  const v = time(o, 'updatedAt', ctx)!;
  return ctx.clampUpdatedAt ? Math.min(v, ctx.now) : v;
}

const CATEGORIES = Object.keys(CATEGORY_CODES) as (keyof typeof CATEGORY_CODES)[];
const RATINGS = ['again', 'hard', 'good', 'easy'] as const;

/** The record type each kind of change carries. */
type RecordOf<K extends ChangeKind> = Extract<StoreChange, { kind: K }>['record'];

/**
 * How each kind of record is read from untrusted JSON, field by field: every reader fails with the field's name on
 * the first bad value. One table, so that `build` pairs any record with its kind in one place.
 */
const READERS: { [K in ChangeKind]: (o: Obj, ctx: Ctx) => RecordOf<K> } = {
  session: (o, ctx) => {
    const start = time(o, 'start', ctx)!;
    const end = time(o, 'end', ctx)!;
    if (end < start) fail('end', 'is before start');
    if (end - start > MAX_SESSION_MS) fail('end', `is more than ${MAX_SESSION_MS / 3_600_000} hours after start`);
    return {
      id: id(o),
      category: oneOf(o, 'category', CATEGORIES),
      start,
      end,
      source: oneOf(o, 'source', ['auto', 'timer', 'logged'] as const),
      problemId: str(o, 'problemId', LIMITS.idChars, true),
      note: str(o, 'note', LIMITS.noteChars, true),
      updatedAt: updatedAt(o, ctx),
      deleted: bool(o, 'deleted'),
    };
  },
  testRun: (o, ctx) => {
    const total = int(o, 'total', 0, LIMITS.count)!;
    return {
      id: id(o),
      problemId: str(o, 'problemId', LIMITS.idChars)!,
      at: time(o, 'at', ctx)!,
      suite: str(o, 'suite', LIMITS.idChars)!,
      passed: int(o, 'passed', 0, total)!,
      total,
      durationMs: num(o, 'durationMs', 0, LIMITS.durationMs),
      solved: bool(o, 'solved'),
      error: str(o, 'error', LIMITS.errorChars, true),
      checkId: str(o, 'checkId', LIMITS.idChars, true),
    };
  },
  check: (o, ctx) => {
    const total = int(o, 'total', 0, LIMITS.count)!;
    return {
      id: id(o),
      kind: oneOf(o, 'kind', CHECK_KINDS),
      track: oneOf(o, 'track', ['ds', 'mle'] as const),
      seed: int(o, 'seed', -(2 ** 53 - 1), 2 ** 53 - 1)!,
      draw: strings(o, 'draw'),
      startedAt: time(o, 'startedAt', ctx)!,
      finishedAt: time(o, 'finishedAt', ctx, true),
      status: oneOf(o, 'status', ['open', 'completed', 'abandoned'] as const),
      score: int(o, 'score', 0, total, true),
      total,
      elapsedMs: num(o, 'elapsedMs', 0, LIMITS.checkElapsedMs),
      state: json(o, 'state'),
      updatedAt: updatedAt(o, ctx),
    };
  },
  questionAnswer: (o, ctx) => ({
    id: id(o),
    questionId: str(o, 'questionId', LIMITS.idChars)!,
    at: time(o, 'at', ctx)!,
    choice: int(o, 'choice', 0, 1000, true),
    correct: bool(o, 'correct'),
    context: oneOf(o, 'context', ['check', 'practice', 'review'] as const),
    checkId: str(o, 'checkId', LIMITS.idChars, true),
  }),
  reviewCard: (o, ctx) => ({ id: id(o), card: json(o, 'card'), due: time(o, 'due', { ...ctx, now: ctx.now + 100 * 365 * 86_400_000 })!, updatedAt: updatedAt(o, ctx) }),
  preference: (o, ctx) => ({ key: str(o, 'key', LIMITS.idChars, false, 1)!, value: json(o, 'value'), updatedAt: updatedAt(o, ctx) }),
  recitation: (o, ctx) => ({
    id: id(o),
    conceptId: str(o, 'conceptId', LIMITS.idChars)!,
    sessionId: str(o, 'sessionId', LIMITS.idChars, true),
    at: time(o, 'at', ctx)!,
    covered: ints(o, 'covered'),
    points: int(o, 'points', 0, LIMITS.count)!,
    selfRating: oneOf(o, 'selfRating', RATINGS),
    peerRating: int(o, 'peerRating', 1, 5, true),
  }),
  groupSession: (o, ctx) => ({
    id: id(o),
    sessionId: str(o, 'sessionId', LIMITS.idChars, true),
    problemId: str(o, 'problemId', LIMITS.idChars, true),
    at: time(o, 'at', ctx)!,
    participants: str(o, 'participants', LIMITS.shortText)!,
    notes: str(o, 'notes', LIMITS.noteChars, true),
    solved: bool(o, 'solved'),
  }),
};

function build(kind: ChangeKind, o: Obj, ctx: Ctx): StoreChange {
  return { kind, record: READERS[kind](o, ctx) } as StoreChange;
}

function short(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  return Array.isArray(v) ? 'a list' : 'an object';
}

/** The record's name in messages: where it is, and its id when it has a readable one. */
function name(where: string, raw: unknown): string {
  const o = raw as Obj | null;
  const key = o && typeof o === 'object' ? (typeof o.id === 'string' ? o.id : typeof o.key === 'string' ? o.key : undefined) : undefined;
  return key !== undefined ? `${where} (id ${short(key)})` : where;
}

export type Validated = { ok: true; change: StoreChange } | { ok: false; error: string };

/** Validates one raw record of `kind`; `where` names it in the error ("sessions[41]", "laptop.mlreps.jsonl line 7"). */
export function validateChange(kind: ChangeKind, raw: unknown, where: string, ctx: Ctx): Validated {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: `${where} is not a record` };
  try {
    return { ok: true, change: build(kind, raw as Obj, ctx) };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, error: `${name(where, raw)}: ${err.message}.` };
    throw err;
  }
}

export function isChangeKind(v: unknown): v is ChangeKind {
  return typeof v === 'string' && (CHANGE_KINDS as readonly string[]).includes(v);
}
