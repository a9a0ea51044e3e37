import * as assert from 'node:assert/strict';
import { drawFresh, isPermutation, optionOrder } from '../../src/core/readiness/freshDraw';
import { drawCoding } from '../../src/core/readiness/checks';
import { QuizFlow } from '../../src/core/readiness/quizFlow';
import { seededRandom } from '../../src/core/readiness/sampling';
import type { Question } from '../../src/core/questions/schema';

type Item = { id: string; topic: string };
const item = (id: string): Item => ({ id, topic: id[0] });
const key = (i: Item) => i.id;
const topic = (i: Item) => i.topic;
const sorted = (ids: string[]) => [...ids].sort();

describe('seen-first draws', () => {
  // Two topics of four items each; a draw of four takes two from each.
  const pool = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'].map(item);

  it('with no history, is a stratified draw with nothing seen', () => {
    const r = drawFresh(pool, 4, key, topic, new Map(), seededRandom(1));
    assert.equal(r.seen, 0);
    assert.equal(r.unseenAvailable, 8);
    assert.equal(r.draw.filter((id) => id.startsWith('a')).length, 2);
    assert.equal(r.draw.filter((id) => id.startsWith('b')).length, 2);
  });

  it('takes every unseen item before any seen one, even across topics', () => {
    // Only a1 and b1 are new: they are drawn, and the rest are the least recently seen, one per topic.
    const history = new Map([['a2', 10], ['a3', 30], ['a4', 20], ['b2', 40], ['b3', 5], ['b4', 50]]);
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = drawFresh(pool, 4, key, topic, history, seededRandom(seed));
      assert.deepEqual(sorted(r.draw), ['a1', 'a2', 'b1', 'b3']);
      assert.equal(r.seen, 2);
    }
  });

  it('fills a topic short of new items with new items from another topic, not with seen ones', () => {
    // Topic a: all seen. Topic b: all new. Four new items exist, so nothing seen is drawn.
    const history = new Map([['a1', 1], ['a2', 2], ['a3', 3], ['a4', 4]]);
    const r = drawFresh(pool, 4, key, topic, history, seededRandom(9));
    assert.deepEqual(sorted(r.draw), ['b1', 'b2', 'b3', 'b4']);
    assert.equal(r.seen, 0);
  });

  it('when everything is seen, takes the least recently seen of each topic', () => {
    const history = new Map(pool.map((p, i) => [p.id, 100 - i] as [string, number]));
    // Recency: a1 100 ... b4 93; the least recent are a3, a4 and b3, b4.
    const r = drawFresh(pool, 4, key, topic, history, seededRandom(3));
    assert.deepEqual(sorted(r.draw), ['a3', 'a4', 'b3', 'b4']);
    assert.equal(r.seen, 4);
  });

  it('is reproducible from the seed and the history, and the seen count is max(0, n - unseen)', () => {
    const big = Array.from({ length: 60 }, (_, i) => item(`${'abc'[i % 3]}${i}`));
    for (const unseen of [0, 5, 19, 20, 40]) {
      const history = new Map(big.slice(unseen).map((p, i) => [p.id, i] as [string, number]));
      const a = drawCoding(big, 42, history);
      assert.deepEqual(a, drawCoding(big, 42, history));
      assert.equal(a.seen, Math.max(0, 20 - unseen));
      assert.equal(a.draw.filter((id) => !history.has(id)).length, Math.min(20, unseen));
      assert.equal(new Set(a.draw).size, 20);
    }
  });

  it('refuses a pool smaller than the sample', () => {
    assert.throws(() => drawFresh(pool, 9, key, topic, new Map(), seededRandom(1)), /only 8 items to draw 9/);
  });
});

describe('shuffled options', () => {
  it('gives a permutation that depends on the seed and the question, and is stable', () => {
    const o = optionOrder(7, 'ps-001', 4, seededRandom);
    assert.ok(isPermutation(o, 4));
    assert.deepEqual(o, optionOrder(7, 'ps-001', 4, seededRandom));
    const orders = new Set<string>();
    for (let s = 0; s < 50; s++) orders.add(optionOrder(s, 'ps-001', 4, seededRandom).join(''));
    assert.ok(orders.size >= 12, `only ${orders.size} distinct orders over 50 seeds`);
    // Each stored position lands in each shown position sometimes: the key cannot be found by its place.
    const firstShown = new Set<number>();
    for (let s = 0; s < 50; s++) firstShown.add(optionOrder(s, 'q', 4, seededRandom).indexOf(0));
    assert.deepEqual([...firstShown].sort(), [0, 1, 2, 3]);
  });

  it('rejects orders that are not permutations', () => {
    assert.equal(isPermutation([0, 1, 1, 3], 4), false);
    assert.equal(isPermutation([0, 1, 2], 4), false);
    assert.equal(isPermutation([3, 1, 0, 2], 4), true);
  });

  const q = (id: string, answer: number): Question => ({
    id, topic: 'probability-statistics', tracks: ['ds'], difficulty: 'easy', stem: `Stem of ${id}?`, options: ['A0', 'A1', 'A2', 'A3'], answer, explanation: 'Because the key is right and the rest are not.',
  });

  it('the quiz shows options in the given order, maps keys 1-4 back to the stored answer, and reviews in shown order', () => {
    const questions = [q('ps-901', 2), q('ps-902', 0)];
    const order = [[3, 2, 1, 0], [1, 0, 3, 2]];
    const answers: { stored: number; correct: boolean }[] = [];
    const flow = new QuizFlow('check', 'T', questions, {
      onAnswer: (_q, _i, choice, correct) => answers.push({ stored: choice, correct }),
      onComplete: () => undefined,
    }, { passMark: 1, topicLabel: (t) => t }, undefined, order);
    const first = flow.view();
    assert.equal(first.type, 'question');
    if (first.type === 'question') assert.deepEqual(first.options, ['A3', 'A2', 'A1', 'A0']);
    // Shown position 1 holds stored option 2, the key.
    flow.handle({ type: 'answer', index: 0, choice: 1 });
    // Shown position 0 of the second holds stored option 1, not the key (0).
    flow.handle({ type: 'answer', index: 1, choice: 0 });
    assert.deepEqual(answers, [{ stored: 2, correct: true }, { stored: 1, correct: false }]);
    assert.deepEqual(flow.answers, [2, 1]);
    const result = flow.view();
    assert.equal(result.type, 'result');
    if (result.type !== 'result') return;
    assert.equal(result.score, 1);
    assert.deepEqual(result.review[0].options, ['A3', 'A2', 'A1', 'A0']);
    assert.equal(result.review[0].chosen, 1);
    assert.equal(result.review[0].correct, 1);
    assert.deepEqual(result.review[1].options, ['A1', 'A0', 'A3', 'A2']);
    assert.equal(result.review[1].chosen, 0);
    assert.equal(result.review[1].correct, 1);
  });

  it('a resumed quiz with the same order shows the same options', () => {
    const questions = [q('ps-901', 2), q('ps-902', 0)];
    const order = [[3, 2, 1, 0], [1, 0, 3, 2]];
    const make = (answers: (number | null)[]) =>
      new QuizFlow('check', 'T', questions, { onAnswer: () => undefined, onComplete: () => undefined }, { passMark: 1, topicLabel: (t) => t }, { answers }, order);
    const resumed = make([2, null]).view();
    assert.equal(resumed.type, 'question');
    if (resumed.type === 'question') {
      assert.equal(resumed.index, 1);
      assert.deepEqual(resumed.options, ['A1', 'A0', 'A3', 'A2']);
    }
  });
});
