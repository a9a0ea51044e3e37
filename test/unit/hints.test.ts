import * as assert from 'node:assert/strict';
import { hintsShownFor, hintsSuffix, hintsUsedBy, nextHintIndex, recordHint } from '../../src/core/practice/hints';

describe('hints on request', () => {
  it('shows hints in order, then the last one again, and records only new ones', () => {
    assert.equal(nextHintIndex(3, 0), 0);
    assert.equal(nextHintIndex(3, 2), 2);
    assert.equal(nextHintIndex(3, 5), 2);
    let shown = recordHint(undefined, 'pca', 0, 100);
    shown = recordHint(shown, 'pca', 1, 200);
    assert.deepEqual(shown, { pca: [100, 200] });
    assert.deepEqual(recordHint(shown, 'pca', 1, 300), { pca: [100, 200] }, 'showing hint 2 again records nothing');
    assert.deepEqual(recordHint(shown, 'knn', 0, 50), { pca: [100, 200], knn: [50] });
  });

  it('counts the hints used before a solve, and says so', () => {
    const times = hintsShownFor({ pca: [100, 200, 900] }, 'pca');
    assert.equal(hintsUsedBy(times, 500), 2);
    assert.equal(hintsUsedBy(times), 3);
    assert.equal(hintsSuffix(2, true), ' · solved with 2 hints');
    assert.equal(hintsSuffix(1, false), ' · used 1 hint');
    assert.equal(hintsSuffix(0, true), '');
  });

  it('ignores malformed stored values', () => {
    assert.deepEqual(hintsShownFor({ pca: 'x' as unknown as number[] }, 'pca'), []);
    assert.deepEqual(hintsShownFor(undefined, 'pca'), []);
    assert.deepEqual(hintsShownFor({ pca: [1, Number.NaN, 3] }, 'pca'), [1, 3]);
  });
});
