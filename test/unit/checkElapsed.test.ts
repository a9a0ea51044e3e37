import * as assert from 'node:assert/strict';
import { codingCheckElapsed, elapsedAfterAnswer, MAX_COUNTED_GAP_MS } from '../../src/core/readiness/checkElapsed';

const MIN = 60_000;

describe('check elapsed time', () => {
  it('non-coding: adds the gaps between answers, from the opening of the panel', () => {
    const opened = 1_000_000;
    let elapsed = 0;
    let last = opened;
    for (const at of [opened + 1 * MIN, opened + 3 * MIN, opened + 4 * MIN]) {
      elapsed = elapsedAfterAnswer(elapsed, last, at);
      last = at;
    }
    assert.equal(elapsed, 4 * MIN);
  });

  it('non-coding: a pause counts at most MAX_COUNTED_GAP_MS, so a check resumed the next day counts the answering only', () => {
    const afterFirstSitting = 12 * MIN;
    const reopened = 5_000_000_000; // the panel reopened days later: the clock restarts from the reopening
    assert.equal(elapsedAfterAnswer(afterFirstSitting, reopened, reopened + 2 * MIN), 14 * MIN);
    // Left open overnight with the panel up: the gap is capped.
    assert.equal(elapsedAfterAnswer(afterFirstSitting, 0, 10 * 60 * MIN), afterFirstSitting + MAX_COUNTED_GAP_MS);
    assert.equal(MAX_COUNTED_GAP_MS, 10 * MIN);
  });

  it('non-coding: a clock that went backwards adds nothing', () => {
    assert.equal(elapsedAfterAnswer(7 * MIN, 100 * MIN, 90 * MIN), 7 * MIN);
  });

  it('coding: the whole span from start to finish, however many days', () => {
    assert.equal(codingCheckElapsed(1_000, 1_000 + 3 * 24 * 60 * MIN), 3 * 24 * 60 * MIN);
    assert.equal(codingCheckElapsed(5_000, 4_000), 0);
  });
});
