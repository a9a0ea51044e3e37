import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { dashboardState } from '../../src/core/dashboard/dashboardModel';
import { progressState, type ProgressInputs } from '../../src/core/dashboard/progressModel';
import { DEFAULT_SPLIT_TARGETS } from '../../src/core/method/targets';
import type { ReadinessStatus } from '../../src/core/readiness/status';
import { StudyStore } from '../../src/core/store/studyStore';
import { session, sqlJs } from '../support/store';

const NOW = new Date(2026, 10, 26, 18, 0).getTime();
const at = (daysAgo: number, hour: number) => new Date(2026, 10, 26 - daysAgo, hour).getTime();

describe('progress view model', () => {
  let SQL: SqlJsStatic;
  let dir: string;
  let store: StudyStore;
  before(async () => (SQL = await sqlJs()));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlreps-progress-'));
    store = StudyStore.open({ path: join(dir, 'db.sqlite'), sql: SQL, flushDelayMs: 60_000 });
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const input = (over: Partial<ProgressInputs> = {}): ProgressInputs => ({
    store, track: 'ds', targets: DEFAULT_SPLIT_TARGETS, sessionMinutes: 45, readiness: undefined, problemCount: 7, timer: null, sync: null, now: NOW, ...over,
  });

  it("shows today per category and the last 7 days' bars, the same figures as the dashboard's 7-day window", () => {
    store.apply(
      { kind: 'session', record: session(at(0, 9), 30) },
      { kind: 'session', record: session(at(2, 9), 60, { category: 'iss.informationGathering' }) },
      { kind: 'session', record: session(at(3, 9), 20, { category: 'gss.oralRecitation' }) },
      { kind: 'session', record: session(at(10, 9), 500) }, // outside the 7 days
    );
    const s = progressState(input());
    assert.deepEqual(s.today.map((t) => [t.label, t.minutes]), [['ISS · problem sets', 30], ['ISS · information gathering', 0], ['GSS · oral recitation', 0], ['GSS · group problem set', 0]]);
    assert.equal(s.todayTotal, 30);
    assert.equal(s.week.total, 110);
    assert.deepEqual(s.week.bars.map((b) => [b.label, b.minutes]), [
      ['ISS', 90], ['GSS', 20], ['ISS · problem sets', 30], ['ISS · information gathering', 60], ['GSS · oral recitation', 20], ['GSS · group problem set', 0],
    ]);
    const dash = dashboardState({ store, track: 'ds', targets: DEFAULT_SPLIT_TARGETS, sessionMinutes: 45, problems: [], questions: [], checks: [], dueCards: 0, now: NOW });
    const week = dash.windows.find((w) => w.id === '7d')!;
    assert.deepEqual(s.week.bars.map((b) => [b.minutes, b.share, b.target]), week.groups.flatMap((g) => g.bars).map((b) => [b.minutes, b.share, b.target]));
    assert.equal(s.recommendation, dash.next.text);
    assert.equal(s.storeAvailable, true);
    assert.deepEqual(s.track, { id: 'ds', label: s.track?.label });
  });

  it('shows the rule and zero figures while the database is not open, and no track before one is chosen', () => {
    const s = progressState(input({ store: undefined, track: undefined }));
    assert.equal(s.storeAvailable, false);
    assert.equal(s.track, null);
    assert.equal(s.todayTotal, 0);
    assert.ok(s.week.bars.every((b) => b.minutes === 0));
    assert.equal(s.readiness.headline, 'Choose a track to start the readiness checks.');
    assert.equal(s.readiness.rule.length, 2);
    assert.equal(s.readiness.latest, '');
  });

  it('words the readiness status: latest checks, reasons, weakest topics, due cards', () => {
    const status: ReadinessStatus = {
      ready: false, track: 'ds', reasons: ['Latest coding check: 15/20, below 17/20.'], weakestTopics: ['Statistics and sampling'], headline: 'Not yet',
      latestCoding: { id: 'c', score: 15, total: 20, finishedAt: 1 }, latestNonCoding: null,
    } as ReadinessStatus;
    const r = progressState(input({ readiness: { status, due: 4 } })).readiness;
    assert.equal(r.latest, 'Latest coding check: 15/20 · non-coding: none yet');
    assert.deepEqual([r.ready, r.headline, r.reasons, r.weakest, r.dueCards], [false, 'Not yet', status.reasons, ['Statistics and sampling'], 4]);
  });
});
