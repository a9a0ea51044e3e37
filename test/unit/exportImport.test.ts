import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { exportCsvFiles, exportData, parseImport } from '../../src/core/store/exportFormat';
import { importFile } from '../../src/core/store/importer';
import { StudyStore } from '../../src/core/store/studyStore';
import { bankShortfalls, bankStats } from '../../src/core/problems/bankStats';
import { readinessTooltip } from '../../src/core/readiness/readinessSnapshot';
import { session, sqlJs } from '../support/store';

const DAY = new Date(2026, 10, 20, 9, 0).getTime();

describe('export and import (real sql.js on real files)', () => {
  let SQL: SqlJsStatic;
  let dir: string;
  before(async () => (SQL = await sqlJs()));
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlreps-export-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const open = (name: string) => StudyStore.open({ path: join(dir, name), sql: SQL, flushDelayMs: 60_000 });

  it('an export imports into an empty store with every record, and importing it again adds nothing', async () => {
    const a = open('a.sqlite');
    a.apply({ kind: 'session', record: session(DAY, 25, { note: 'first' }) }, { kind: 'session', record: session(DAY + 3_600_000, 40, { category: 'gss.oralRecitation' }) });
    a.apply({ kind: 'preference', record: { key: 'track', value: 'ds', updatedAt: DAY } });
    const data = exportData(a, new Date(DAY + 86_400_000));
    const file = join(dir, 'export.json');
    writeFileSync(file, JSON.stringify(data));
    const parsed = parseImport(JSON.stringify(data), DAY + 86_400_000);
    assert.ok(parsed.ok);
    const b = open('b.sqlite');
    const first = await importFile(b, file, { now: DAY + 86_400_000 });
    assert.ok(first.ok, JSON.stringify(first));
    assert.equal(b.sessions().length, 2);
    assert.equal(b.preference('track'), 'ds');
    const again = await importFile(b, file, { now: DAY + 86_400_000 });
    assert.ok(again.ok);
    assert.equal(b.sessions().length, 2, 'no duplicates');
    // CSV files carry one row per session under a header.
    const csv = exportCsvFiles(data);
    const sessions = Object.entries(csv).find(([name]) => name.startsWith('sessions'))![1];
    assert.equal(sessions.trim().split('\n').length, 3);
    a.close();
    b.close();
  });

  it('refuses a file that is not an export, and one with an impossible record, applying nothing', async () => {
    const b = open('c.sqlite');
    assert.equal(parseImport('{"hello": 1}').ok, false);
    assert.equal(parseImport('not json').ok, false);
    const bad = { ...exportData(b), sessions: [{ ...session(DAY, 10), start: 1e300 }] };
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = await importFile(b, file, { now: DAY });
    assert.equal(r.ok, false);
    assert.equal(b.sessions().length, 0);
    b.close();
  });
});

describe('small core summaries', () => {
  it('counts the bank per track and says what is short', () => {
    const stats = bankStats([
      { track: 'ds', topic: 'statistics', difficulty: 'easy' },
      { track: 'both', topic: 'numerics', difficulty: 'hard' },
    ]);
    assert.equal(stats.total, 2);
    assert.ok(bankShortfalls(stats, { total: 3, perTrack: 1 }).length >= 1);
    assert.deepEqual(bankShortfalls(stats, { total: 2, perTrack: 1 }), []);
  });

  it('says readiness and due cards in the status-bar tooltip', () => {
    const status = { headline: 'Not yet' } as Parameters<typeof readinessTooltip>[0] extends infer S ? S extends { status: infer T } ? T : never : never;
    assert.equal(readinessTooltip(undefined), '');
    assert.equal(readinessTooltip({ status, due: 0 }), 'Readiness: Not yet');
    assert.equal(readinessTooltip({ status, due: 1 }), 'Readiness: Not yet · 1 review card due');
    assert.equal(readinessTooltip({ status, due: 3 }), 'Readiness: Not yet · 3 review cards due');
  });
});
