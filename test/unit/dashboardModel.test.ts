import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { currentStreak, dashboardState, HEATMAP_DAYS } from '../../src/core/dashboard/dashboardModel';
import { DEFAULT_SPLIT_TARGETS } from '../../src/core/method/targets';
import type { Problem } from '../../src/core/problems/problemBank';
import type { Question } from '../../src/core/questions/schema';
import type { Check } from '../../src/core/readiness/checks';
import { StudyStore } from '../../src/core/store/studyStore';
import { dayKeyDaysAgo } from '../../src/core/tracking/timeline';
import { session, sqlJs } from '../support/store';

const NOW = new Date(2026, 10, 26, 18, 0).getTime();
const at = (daysAgo: number, hour: number) => { const d = new Date(NOW); return new Date(d.getFullYear(), d.getMonth(), d.getDate() - daysAgo, hour).getTime(); };
const problems = [
  { id: 'p1', topic: 'numerics', track: 'ds', difficulty: 'easy', title: 'P1' },
  { id: 'p2', topic: 'numerics', track: 'both', difficulty: 'easy', title: 'P2' },
  { id: 'p3', topic: 'attention', track: 'mle', difficulty: 'hard', title: 'P3' },
] as unknown as Problem[];
const questions = [
  { id: 'q1', topic: 'classical-ml', tracks: ['ds'] },
  { id: 'q2', topic: 'classical-ml', tracks: ['ds', 'mle'] },
] as unknown as Question[];

describe('dashboard model', () => {
  let SQL: SqlJsStatic;
  let dir: string;
  let store: StudyStore;
  before(async () => (SQL = await sqlJs()));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlreps-dash-'));
    store = StudyStore.open({ path: join(dir, 'db.sqlite'), sql: SQL, flushDelayMs: 60_000 });
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const state = (checks: Check[] = []) => dashboardState({ store, track: 'ds', targets: DEFAULT_SPLIT_TARGETS, problems, questions, checks, dueCards: 3, now: NOW });

  it('is empty for a new user, with zero figures everywhere', () => {
    const s = state();
    assert.equal(s.empty, true);
    assert.deepEqual(s.windows.map((w) => w.totalMinutes), [0, 0, 0, 0]);
    assert.equal(s.heatmap.days.length, HEATMAP_DAYS);
    assert.equal(s.heatmap.streak, 0);
    assert.match(s.next.text, /^No study time yet/);
  });

  it('sums each window, counts the streak, and fills the heatmap', () => {
    store.apply(
      { kind: 'session', record: session(at(0, 9), 30) },
      { kind: 'session', record: session(at(1, 9), 60, { category: 'iss.informationGathering', source: 'timer' }) },
      { kind: 'session', record: session(at(2, 9), 20, { category: 'gss.oralRecitation', source: 'logged' }) },
      { kind: 'session', record: session(at(10, 9), 40) },
      { kind: 'session', record: session(at(100, 9), 50) },
      { kind: 'session', record: session(at(400, 9), 70) },
    );
    const s = state();
    assert.equal(s.empty, false);
    assert.deepEqual(s.windows.map((w) => [w.id, w.totalMinutes]), [['today', 30], ['7d', 110], ['30d', 150], ['all', 270]]);
    const week = s.windows[1];
    assert.deepEqual(week.groups[0].bars.map((b) => [b.label, b.minutes, Math.round(b.target * 100)]), [['ISS', 90, 80], ['GSS', 20, 20]]);
    assert.equal(s.heatmap.streak, 3);
    assert.equal(s.heatmap.days[s.heatmap.days.length - 1].minutes, 30);
    assert.equal(s.heatmap.totalMinutes, 200, 'the 400-day-old session is outside the 26 weeks');
    assert.equal(s.recent[0].minutes, 30);
    assert.equal(s.dueCards, 3);
  });

  it('lists mastery for the track, weakest first, and readiness history with pass lines', () => {
    const run = (id: string, problemId: string, solved: boolean) => ({ kind: 'testRun' as const, record: { id, problemId, at: NOW - 1000, suite: 'all', passed: solved ? 5 : 1, total: 5, durationMs: 1, solved, error: null, checkId: null } });
    store.apply(run('r1', 'p1', true), run('r2', 'p2', false));
    store.apply({ kind: 'questionAnswer', record: { id: 'a1', questionId: 'q1', at: NOW, choice: 0, correct: false, context: 'practice', checkId: null } });
    const check = (kind: 'coding' | 'noncoding', score: number, t: number) => ({ id: `${kind}${t}`, kind, track: 'ds', seed: 1, draw: [], startedAt: t - 1, finishedAt: t, status: 'completed', score, total: kind === 'coding' ? 20 : 50, elapsedMs: 0, state: null }) as unknown as Check;
    const s = state([check('coding', 18, 1), check('noncoding', 30, 2), check('noncoding', 40, 3)]);
    assert.deepEqual(s.mastery.map((m) => [m.topic, m.kind, m.accuracy]), [['Classical ML', 'questions', 0], ['Numerics and preprocessing', 'problems', 0.5]], 'the MLE-only topic is not on the DS track');
    assert.equal(s.readiness.ready, true);
    assert.deepEqual(s.readiness.checks.map((c) => [c.kind, c.score, c.passed]), [['coding', 18, true], ['noncoding', 30, false], ['noncoding', 40, true]]);
    assert.equal(s.readiness.latestNonCoding, '40/50');
  });

  it('counts a streak that ends yesterday when today has no time yet', () => {
    const m = new Map([[dayKeyDaysAgo(NOW, 1), 10], [dayKeyDaysAgo(NOW, 2), 5], [dayKeyDaysAgo(NOW, 4), 5]]);
    assert.equal(currentStreak(m, NOW), 2);
  });
});
