import { PACKED_CATEGORIES, PACKED_SOURCES, type PackedSessions } from './applyChange';
import { MAX_SESSION_MS } from './records';
import { FUTURE_SLACK_MS, LIMITS, MIN_TIME } from './validate';

/**
 * The import reader's quick way through a list of sessions: records read straight from the file's bytes into
 * packed columns, with no JSON.parse, no object per record and no second pass to pack them. It accepts only
 * what it can read exactly as JSON.parse and the session validator would (plain ASCII strings without escapes,
 * whole numbers of at most 15 digits, each of the nine fields once, nothing else) and only records the validator
 * accepts; on anything else it gives up on the batch, which is then read the plain way (JSON.parse, then the
 * validator, which also words any error).
 */

const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const KEYS = ['id', 'category', 'start', 'end', 'source', 'problemId', 'note', 'updatedAt', 'deleted'].map(enc);
const ALL = (1 << KEYS.length) - 1;
const CATEGORY_BYTES = PACKED_CATEGORIES.map(enc);
const SOURCE_BYTES = PACKED_SOURCES.map(enc);
const TRUE = enc('true');
const FALSE = enc('false');
const NULL = enc('null');

const QUOTE = 0x22;
const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipWs(buf: Uint8Array, i: number): number {
  while (i < buf.length && isWs(buf[i])) i++;
  return i;
}

function same(buf: Uint8Array, from: number, to: number, word: Uint8Array): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (buf[from + k] !== word[k]) return false;
  return true;
}

/** The end of the plain string (no escapes, printable ASCII) whose opening quote is at `i`, or -1. */
function plainStringEnd(buf: Uint8Array, i: number): number {
  for (let j = i + 1; j < buf.length; j++) {
    const c = buf[j];
    if (c === QUOTE) return j + 1;
    if (c === 0x5c || c < 0x20 || c > 0x7e) return -1;
  }
  return -1;
}

/** The end of the literal `word` at `i` (followed by a delimiter), or -1. */
function literalEnd(buf: Uint8Array, i: number, word: Uint8Array): number {
  if (!same(buf, i, i + word.length, word)) return -1;
  return i + word.length;
}

interface Builder {
  ids: string[];
  problemIds: (string | null)[];
  notes: (string | null)[];
  times: Float64Array;
  codes: Uint8Array;
  n: number;
}

let num = 0;
/** Reads a whole number of 1 to 15 digits at `i` into `num`; returns its end or -1. */
function wholeEnd(buf: Uint8Array, i: number): number {
  let j = i;
  let v = 0;
  while (j < buf.length && buf[j] >= 0x30 && buf[j] <= 0x39) v = v * 10 + (buf[j++] - 0x30);
  const digits = j - i;
  if (digits === 0 || digits > 15 || (buf[i] === 0x30 && digits > 1)) return -1;
  const c = buf[j];
  if (c === 0x2e || c === 0x65 || c === 0x45) return -1; // a fraction or an exponent: the plain way
  num = v;
  return j;
}

/** Reads one session object at `i` into `b`; returns the index after its `}`, or -1 to give up. */
function readSession(buf: Buffer, i: number, b: Builder, now: number): number {
  if (buf[i] !== 0x7b) return -1;
  i = skipWs(buf, i + 1);
  let seen = 0;
  let id = '';
  let category = -1;
  let source = -1;
  let start = 0;
  let end = 0;
  let updatedAt = 0;
  let deleted = 0;
  let problemId: string | null = null;
  let note: string | null = null;
  for (;;) {
    if (buf[i] !== QUOTE) return -1;
    const keyEnd = plainStringEnd(buf, i);
    if (keyEnd < 0) return -1;
    let key = -1;
    for (let k = 0; k < KEYS.length; k++) {
      if (same(buf, i + 1, keyEnd - 1, KEYS[k])) {
        key = k;
        break;
      }
    }
    if (key < 0 || seen & (1 << key)) return -1;
    seen |= 1 << key;
    i = skipWs(buf, keyEnd);
    if (buf[i] !== 0x3a) return -1;
    i = skipWs(buf, i + 1);
    let e: number;
    switch (key) {
      case 0: // id
      case 5: // problemId
      case 6: {
        // note
        if (key !== 0 && buf[i] === 0x6e) {
          e = literalEnd(buf, i, NULL);
          break;
        }
        if (buf[i] !== QUOTE) return -1;
        e = plainStringEnd(buf, i);
        if (e < 0) return -1;
        const text = buf.toString('latin1', i + 1, e - 1);
        if (key === 0) id = text;
        else if (key === 5) problemId = text;
        else note = text;
        break;
      }
      case 1: // category
      case 4: {
        // source
        if (buf[i] !== QUOTE) return -1;
        e = plainStringEnd(buf, i);
        if (e < 0) return -1;
        const words = key === 1 ? CATEGORY_BYTES : SOURCE_BYTES;
        let found = -1;
        for (let k = 0; k < words.length; k++) if (same(buf, i + 1, e - 1, words[k])) found = k;
        if (found < 0) return -1;
        if (key === 1) category = found;
        else source = found;
        break;
      }
      case 2: // start
      case 3: // end
      case 7: // updatedAt
        e = wholeEnd(buf, i);
        if (key === 2) start = num;
        else if (key === 3) end = num;
        else updatedAt = num;
        break;
      default: // deleted
        e = buf[i] === 0x74 ? literalEnd(buf, i, TRUE) : literalEnd(buf, i, FALSE);
        deleted = buf[i] === 0x74 ? 1 : 0;
    }
    if (e < 0) return -1;
    i = skipWs(buf, e);
    if (buf[i] === 0x2c) {
      i = skipWs(buf, i + 1);
      continue;
    }
    if (buf[i] !== 0x7d) return -1;
    break;
  }
  if (seen !== ALL) return -1;
  // The session validator's rules; any record it would refuse is left to it, for its message.
  const max = now + FUTURE_SLACK_MS;
  if (start < MIN_TIME || start > max || end < MIN_TIME || end > max || updatedAt < MIN_TIME || updatedAt > max) return -1;
  if (end < start || end - start > MAX_SESSION_MS) return -1;
  if (id.length < 1 || id.length > LIMITS.idChars) return -1;
  if (problemId !== null && (problemId as string).length > LIMITS.idChars) return -1;
  if (note !== null && (note as string).length > LIMITS.noteChars) return -1;
  const n = b.n++;
  b.ids.push(id);
  b.problemIds.push(problemId);
  b.notes.push(note);
  b.times[3 * n] = start;
  b.times[3 * n + 1] = end;
  b.times[3 * n + 2] = Math.min(updatedAt, now); // an import's updatedAt is clamped to its time
  b.codes[3 * n] = category;
  b.codes[3 * n + 1] = source;
  b.codes[3 * n + 2] = deleted;
  return i + 1;
}

/**
 * Reads up to `batch` sessions of a list from `i` (the start of an element). Returns them packed, with `next`: the
 * start of the next element, or the index after the list's `]` (`closed`). Undefined: read this batch the plain way.
 */
export function readSessionsFast(buf: Buffer, i: number, batch: number, now: number): { packed: PackedSessions; next: number; closed: boolean } | undefined {
  const b: Builder = { ids: [], problemIds: [], notes: [], times: new Float64Array(batch * 3), codes: new Uint8Array(batch * 3), n: 0 };
  for (;;) {
    const end = readSession(buf, i, b, now);
    if (end < 0) return undefined;
    i = skipWs(buf, end);
    const c = buf[i];
    if (c !== 0x2c && c !== 0x5d) return undefined;
    const closed = c === 0x5d;
    if (closed || b.n === batch) {
      const idEnds = new Uint32Array(b.n);
      let at = 0;
      for (let k = 0; k < b.n; k++) idEnds[k] = at += b.ids[k].length;
      const packed: PackedSessions = { ids: b.ids.join(''), idEnds, problemIds: b.problemIds, notes: b.notes, times: b.times.slice(0, 3 * b.n), codes: b.codes.slice(0, 3 * b.n) };
      return { packed, next: closed ? i + 1 : skipWs(buf, i + 1), closed };
    }
    i = skipWs(buf, i + 1);
  }
}
