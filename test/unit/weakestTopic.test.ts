import * as assert from 'node:assert/strict';
import { nextRecommended } from '../../src/core/practice/recommend';
import type { ProblemProgress } from '../../src/core/practice/runHistory';
import { problemTopicStandings, solvedShare } from '../../src/core/practice/weakestTopic';
import type { Problem } from '../../src/core/problems/problemBank';
import { PROBLEM_TOPICS, type ProblemTopic } from '../../src/core/problems/schema';
import { masteryRows, strengthsOf } from '../../src/core/readiness/mastery';
import { readinessStatus } from '../../src/core/readiness/status';

function problem(id: string, topic: ProblemTopic, difficulty: Problem['difficulty'] = 'easy'): Problem {
  return { id, topic, difficulty, title: id, track: 'both', requires: [], timeLimitSeconds: 10, entry: ['f'], tags: [], dir: '' } as unknown as Problem;
}
const solved: ProblemProgress = { status: 'solved', attempts: 1 };
const attempted: ProblemProgress = { status: 'attempted', attempts: 1 };

/**
 * Hand-made progress on which the two old definitions disagree: statistics has 1 of its 10 problems tried and solved
 * (solved/attempted = 100 %, the strongest; solved/total = 10 %), evaluation 3 of 4 solved and 1 failed
 * (solved/attempted = 75 %; solved/total = 75 %). The one definition (solved/total) makes statistics the weakest.
 */
const bank: Problem[] = [
  ...Array.from({ length: 10 }, (_, i) => problem(`st${i}`, 'statistics')),
  ...Array.from({ length: 4 }, (_, i) => problem(`ev${i}`, 'evaluation')),
];
const progress = new Map<string, ProblemProgress>([
  ['st0', solved],
  ['ev0', solved],
  ['ev1', solved],
  ['ev2', solved],
  ['ev3', attempted],
]);

describe('one definition of the weakest topic', () => {
  it('ranks problem topics by the share of their problems solved', () => {
    const standings = problemTopicStandings(bank, progress);
    assert.deepEqual(
      standings.map((s) => [s.topic, s.solved, s.attempted, s.total]),
      [
        ['statistics', 1, 1, 10],
        ['evaluation', 3, 4, 4],
      ],
    );
    assert.deepEqual(standings.map(solvedShare), [1 / 10, 3 / 4]);
  });

  it('on equal shares, the topic with more problems tried is the weaker', () => {
    const twoTopics = [problem('a', 'numerics'), problem('b', 'numerics'), problem('c', 'probabilistic'), problem('d', 'probabilistic')];
    const p = new Map([['a', attempted], ['c', solved], ['d', attempted]]);
    // probabilistic: 1 solved of 2 (2 tried); numerics: 0 of 2 (1 tried). numerics is weaker by share.
    assert.deepEqual(problemTopicStandings(twoTopics, p).map((s) => s.topic), ['numerics', 'probabilistic']);
    const even = new Map([['a', attempted], ['b', attempted], ['c', attempted]]);
    // Both 0 solved; numerics has 2 tried, probabilistic 1.
    assert.deepEqual(problemTopicStandings(twoTopics, even).map((s) => s.topic), ['numerics', 'probabilistic']);
  });

  it("the picker's next problem comes from the topic the dashboard lists as weakest", () => {
    assert.equal(nextRecommended(bank, progress)?.topic, 'statistics');
    const rows = masteryRows(bank, [], progress, new Map());
    assert.deepEqual(
      rows.map((r) => [r.topic, r.accuracy]),
      [
        [PROBLEM_TOPICS.statistics, 1 / 10],
        [PROBLEM_TOPICS.evaluation, 3 / 4],
      ],
    );
    assert.equal(rows[0].topic, PROBLEM_TOPICS[nextRecommended(bank, progress)!.topic]);
  });

  it('readiness names the same weakest topic first', () => {
    const status = readinessStatus([], 'ds', strengthsOf(masteryRows(bank, [], progress, new Map())));
    assert.equal(status.weakestTopics[0], PROBLEM_TOPICS.statistics);
  });
});
