import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packSessions } from '../../src/core/store/applyChange';
import { importRecords } from '../../src/core/store/exportFormat';
import { readSessionsFast } from '../../src/core/store/fastSessions';
import { BatchSender, FileBytes, readInBatches } from '../../src/core/store/importWorker';
import type { SessionRecord, StoreChange } from '../../src/core/store/records';

const NOW = Date.UTC(2026, 5, 1);
const T = Date.UTC(2026, 4, 1, 9);
const base = { id: 's1', category: 'iss.problemSets', start: T, end: T + 3_600_000, source: 'timer', problemId: null, note: null, updatedAt: T, deleted: false };

/** What the plain way (JSON.parse, then the validator) makes of a list's text: packed sessions, or an error. */
function plain(text: string): { packed?: ReturnType<typeof packSessions>; error?: string } {
  let raw: unknown[];
  try {
    raw = JSON.parse(text) as unknown[];
  } catch (err) {
    return { error: (err as Error).message };
  }
  const out: StoreChange[] = [];
  const error = importRecords('sessions', 'session', raw, 0, NOW, out);
  return error ? { error } : { packed: packSessions(out.map((c) => c.record as SessionRecord)) };
}

/** The quick way over the same text, from its first record. */
function fast(text: string) {
  let i = text.indexOf('[') + 1;
  while (/\s/.test(text[i])) i++;
  return readSessionsFast(Buffer.from(text, 'utf8'), i, 100, NOW);
}

describe('the import reader\'s quick way through sessions', () => {
  it('reads plain records exactly as JSON.parse and the validator do, and hands everything else to them', () => {
    const variants: Record<string, unknown>[] = [
      base,
      { ...base, updatedAt: NOW + 3_600_000 }, // clamped to the import time
      { ...base, problemId: 'p-1', note: 'a note, with: punctuation {}[]' },
      { ...base, category: 'gss.oralRecitation', source: 'auto', deleted: true },
      { ...base, note: 'with "escaped" quotes\n and a \\ backslash' },
      { ...base, note: 'caf\u00e9 \u4e2d' },
      { ...base, id: '' },
      { ...base, id: 'x'.repeat(200) },
      { ...base, id: 'x'.repeat(201) },
      { ...base, note: 'n'.repeat(10_000) },
      { ...base, note: 'n'.repeat(10_001) },
      { ...base, problemId: 'p'.repeat(201) },
      { ...base, start: 1e300 },
      { ...base, start: -5 },
      { ...base, start: T + 0.5 },
      { ...base, end: T - 1 },
      { ...base, end: T + 24 * 3_600_000 },
      { ...base, end: T + 24 * 3_600_000 + 1 },
      { ...base, start: Date.UTC(1999, 11, 31) },
      { ...base, updatedAt: NOW + 86_400_000 + 1 },
      { ...base, category: 'iss.other' },
      { ...base, source: 'manual' },
      { ...base, deleted: 0 },
      { ...base, deleted: 'false' },
      { ...base, problemId: 7 },
      { ...base, id: null },
      { ...base, extra: 1 },
      Object.fromEntries(Object.entries(base).reverse()),
      Object.fromEntries(Object.entries(base).filter(([k]) => k !== 'note')),
    ];
    const texts = variants.map((v) => JSON.stringify([v]));
    texts.push(
      JSON.stringify([base], null, 2),
      `[ {"id":"s1","id":"s2","category":"iss.problemSets","start":${T},"end":${T + 1},"source":"auto","problemId":null,"note":null,"updatedAt":${T},"deleted":false} ]`,
      `[{"id":"s1","category":"iss.problemSets","start":${T}.0,"end":${T + 1},"source":"auto","problemId":null,"note":null,"updatedAt":${T},"deleted":false}]`,
      `[{"id":"s1","category":"iss.problemSets","start":${T / 1000}e3,"end":${T + 1},"source":"auto","problemId":null,"note":null,"updatedAt":${T},"deleted":false}]`,
      `[{"id":"s1","category":"iss.problemSets","start":0${T},"end":${T + 1},"source":"auto","problemId":null,"note":null,"updatedAt":${T},"deleted":false}]`,
      `[{"\\u0069d":"s1","category":"iss.problemSets","start":${T},"end":${T + 1},"source":"auto","problemId":null,"note":null,"updatedAt":${T},"deleted":false}]`,
      `[{"id":"s\u0001","category":"iss.problemSets","start":${T},"end":${T + 1},"source":"auto","problemId":null,"note":null,"updatedAt":${T},"deleted":false}]`,
      `[{"id":"s1","category":"iss.problemSets","start":${T},"end":${T + 1},"source":"auto","problemId":null,"note":nullx,"updatedAt":${T},"deleted":false}]`,
      `[{"id":"s1","category":"iss.problemSets","start":${T},"end":${T + 1},"source":"auto","problemId":null,"note":null,"updatedAt":${T},"deleted":fals}]`,
      `[{"id":"s1","category":"iss.problemSets","start":${T},"end":${T + 1},"source":"auto","problemId":null,"note":null,"updatedAt":${T},"deleted":false,}]`,
      `[{"id":"s1","category":"iss.problemSets","start":${T},"end":${T + 1},"source":"auto","problemId":null,"note":null,"updatedAt":${T},"deleted":false}`,
      `[{}]`,
    );
    let quick = 0;
    for (const text of texts) {
      const want = plain(text);
      const got = fast(text);
      if (!got) continue; // the plain way reads it
      quick++;
      assert.ok(want.packed, `the quick way accepted what the plain way refuses (${want.error}): ${text.slice(0, 200)}`);
      assert.deepEqual(got.packed, want.packed, text.slice(0, 200));
      assert.equal(got.closed, true);
    }
    // The plain records did go the quick way.
    assert.ok(quick >= 8, `${quick} of ${texts.length} read the quick way`);
  });

  it('cuts a long list into batches, each ending where the next record starts', () => {
    const records = Array.from({ length: 25 }, (_, i) => ({ ...base, id: `s${i}`, start: T + i * 60_000, end: T + i * 60_000 + 30_000 }));
    const text = `{"sessions": [ ${records.map((r) => JSON.stringify(r)).join(' ,\n ')} ] }`;
    const buf = Buffer.from(text);
    let i = text.indexOf('{"id"');
    const ids: string[] = [];
    for (;;) {
      const got = readSessionsFast(buf, i, 10, NOW);
      assert.ok(got);
      const n = got.packed.idEnds.length;
      for (let k = 0; k < n; k++) ids.push(got.packed.ids.slice(k ? got.packed.idEnds[k - 1] : 0, got.packed.idEnds[k]));
      if (got.closed) {
        assert.equal(text.slice(got.next).trim(), '}');
        break;
      }
      assert.equal(n, 10);
      assert.equal(text[got.next], '{');
      i = got.next;
    }
    assert.deepEqual(ids, records.map((r) => r.id));
  });
});

describe('the import reader reading the file as it goes', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlreps-reader-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('an export written by ML Reps is read the quick way, in batches, while the file is still being read', () => {
    const records = Array.from({ length: 5000 }, (_, i) => ({ ...base, id: `s${i}`, start: T - i * 60_000, end: T - i * 60_000 + 30_000 }));
    const file = join(dir, 'export.json');
    writeFileSync(file, JSON.stringify({ format: 'ml-reps-export', version: 1, exportedAt: new Date(T).toISOString(), sessions: records, testRuns: [], preferences: [] }));
    const bytes = new FileBytes(file, 4096);
    const sent: { type: string; sessions?: { idEnds: Uint32Array } }[] = [];
    const sender = new BatchSender(NOW, (m) => sent.push(m as never));
    const loaded: number[] = [];
    // Read 4 KB at a time, 256 KB ahead (a batch is about 180 KB): the file (about 0.9 MB) arrives in pieces.
    assert.equal(readInBatches(bytes.buf, 1000, sender, (i) => (bytes.load(i + 262_144), loaded.push(bytes.loaded))), true);
    const batches = sent.filter((m) => m.type === 'batch');
    assert.equal(batches.length, 5);
    assert.ok(batches.every((b) => b.sessions?.idEnds.length === 1000), 'every batch went the quick way, packed');
    assert.equal(sender.counts.sessions, 5000);
    assert.ok(loaded[0] < bytes.buf.length / 2, `read as it went (first ${loaded[0]} of ${bytes.buf.length} bytes)`);
  });

  it('a record longer than what is read ahead sends the reader the plain way (it reads the whole file then)', () => {
    const file = join(dir, 'long.json');
    writeFileSync(file, JSON.stringify({ format: 'ml-reps-export', version: 1, exportedAt: 'x', sessions: [{ ...base, note: 'n'.repeat(5000) }], testRuns: [], preferences: [] }));
    const bytes = new FileBytes(file, 512);
    const sender = new BatchSender(NOW, () => undefined);
    assert.equal(readInBatches(bytes.buf, 1000, sender, (i) => bytes.load(i + 1000)), false);
  });
});
