import * as assert from 'node:assert/strict';
import Mocha from 'mocha';
import { reorder } from '../integration/runMocha';

/** A root suite with two sub-suites of three tests each, named by their authored place. */
function tree(): Mocha.Suite {
  const root = Mocha.Suite.create(new Mocha.Suite('', new Mocha.Context()), 'root');
  for (const s of ['a', 'b']) {
    const sub = Mocha.Suite.create(root, s);
    for (const t of ['1', '2', '3']) sub.addTest(new Mocha.Test(`${s}${t}`, () => undefined));
  }
  return root;
}
const order = (root: Mocha.Suite) => root.suites.flatMap((s) => s.tests.map((t) => t.title));

describe('the integration suite\'s test order (ML_REPS_TEST_ORDER)', () => {
  it('keeps the authored order when unset, and reverses suites and tests for "reverse"', () => {
    const root = tree();
    reorder(root, undefined);
    assert.deepEqual(order(root), ['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
    reorder(root, 'reverse');
    assert.deepEqual(order(root), ['b3', 'b2', 'b1', 'a3', 'a2', 'a1']);
  });

  it('shuffles into a permutation that the seed decides', () => {
    const orders = [1, 2, 3, 4, 5].map((seed) => {
      const root = tree();
      reorder(root, `shuffle:${seed}`);
      return order(root);
    });
    for (const o of orders) assert.deepEqual([...o].sort(), ['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
    const again = tree();
    reorder(again, 'shuffle:3');
    assert.deepEqual(order(again), orders[2], 'the same seed gives the same order');
    assert.ok(new Set(orders.map((o) => o.join())).size > 1, 'different seeds give different orders');
  });

  it('refuses an order it does not know, naming it', () => {
    assert.throws(() => reorder(tree(), 'random'), /ML_REPS_TEST_ORDER must be "reverse" or "shuffle:<seed>", not "random"/);
  });
});
