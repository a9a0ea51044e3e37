import * as assert from 'node:assert/strict';
import { ActivityClassifier } from '../../src/core/tracking/activityClassifier';
import { timerTick } from '../../src/core/tracking/timerPolicy';

const H = 3_600_000;
const MIN = 60_000;

describe('long timers', () => {
  const facts = { start: 0, checkFrom: 0, askedAt: null, lastActivity: 30 * MIN };

  it('grows while under the limit', () => {
    assert.deepEqual(timerTick(facts, 2 * H, 3 * H, 10 * MIN), { action: 'extend', end: 2 * H });
  });

  it('asks once past the limit, and stops growing while unanswered', () => {
    assert.deepEqual(timerTick(facts, 3 * H + MIN, 3 * H, 10 * MIN), { action: 'ask', end: 3 * H });
    assert.deepEqual(timerTick({ ...facts, askedAt: 3 * H + MIN }, 3 * H + 5 * MIN, 3 * H, 10 * MIN), { action: 'extend', end: 3 * H });
  });

  it('trims back to the last activity when nobody answers', () => {
    assert.deepEqual(timerTick({ ...facts, askedAt: 3 * H + MIN }, 3 * H + 12 * MIN, 3 * H, 10 * MIN), { action: 'trim', end: 30 * MIN });
  });

  it('after "keep going" the limit counts from then', () => {
    assert.deepEqual(timerTick({ ...facts, checkFrom: 3 * H + 2 * MIN }, 5 * H, 3 * H, 10 * MIN), { action: 'extend', end: 5 * H });
  });

  it('a timer left running while VS Code was closed for days does not log days', () => {
    const t = timerTick(facts, 72 * H, 3 * H, 10 * MIN);
    assert.equal(t.action, 'ask');
    assert.equal(t.end, 3 * H);
  });
});

describe('activity classifier', () => {
  const c = new ActivityClassifier('/w/ml-reps', new Set(['kmeans', 'pca']));
  it('counts problem files as problem sets for that problem', () => {
    assert.deepEqual(c.classify('/w/ml-reps/kmeans/solution.py'), { category: 'iss.problemSets', problemId: 'kmeans' });
    assert.deepEqual(c.classify('/w/ml-reps/pca/README.md'), { category: 'iss.problemSets', problemId: 'pca' });
  });
  it('counts notes/ as information gathering', () => {
    assert.deepEqual(c.classify('/w/ml-reps/notes/week1.md'), { category: 'iss.informationGathering', problemId: null });
    assert.deepEqual(c.classify('/w/ml-reps/notes/deep/ch3.md'), { category: 'iss.informationGathering', problemId: null });
  });
  it('ignores everything else: backups, unknown folders, files outside the practice folder', () => {
    for (const p of ['/w/ml-reps/kmeans/.backups/solution-1.py', '/w/ml-reps/other/x.py', '/w/src/main.py', '/w/ml-reps/loose.py', '/w/ml-reps']) assert.equal(c.classify(p), null, p);
  });
  it('answers the same from its cache', () => {
    assert.equal(c.classify('/w/ml-reps/kmeans/solution.py'), c.classify('/w/ml-reps/kmeans/solution.py'));
  });
});
