import * as assert from 'node:assert/strict';
import { DEFAULT_SPLIT_TARGETS, DS_RECOMMENDATION_REASONS, isTrack, READINESS } from '../../src/core/method/targets';

describe('method constants', () => {
  it('match the method: ISS 80/20, problem sets 70/30, recitation 60/40', () => {
    assert.deepEqual(DEFAULT_SPLIT_TARGETS, { iss: 0.8, issProblemSets: 0.7, gssOralRecitation: 0.6 });
  });
  it('set readiness at 17/20 coding and 35/50 non-coding', () => {
    assert.deepEqual(READINESS, { coding: { sample: 20, pass: 17 }, nonCoding: { sample: 50, pass: 35 } });
  });
  it('give three reasons for recommending data scientist', () => {
    assert.equal(DS_RECOMMENDATION_REASONS.length, 3);
  });
  it('recognises only ds and mle as tracks', () => {
    assert.equal(isTrack('ds'), true);
    assert.equal(isTrack('mle'), true);
    assert.equal(isTrack('both'), false);
    assert.equal(isTrack(undefined), false);
  });
});
