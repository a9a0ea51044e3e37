import * as assert from 'node:assert/strict';
import { constraintProblems, constraintsSection } from '../../src/core/problems/validateBank';
import { compareTestIds, constraintSubject, scrubHidden } from '../../src/core/runner/pythonRunner';
import { countTests, isSolved, type RunResult, type TestResult } from '../../src/core/runner/runResult';

const readme = (constraints: string, extra = '') => `# Title\n\nStatement.\n${extra}\n## Constraints\n\n${constraints}\n\n## Examples\n\nnone\n`;

describe('runner checks', () => {
  describe('compareTestIds: a run counts only when it reports exactly the problem tests', () => {
    const ids = ['visible:A.test_a', 'hidden:B.test_b'];
    it('accepts the same set in any order', () => assert.equal(compareTestIds(ids, [...ids].reverse()), undefined));
    it('refuses a missing test', () => assert.match(compareTestIds(ids, [ids[0]]) ?? '', /1 of the problem's tests did not report \(hidden:B\.test_b\)/));
    it('refuses an invented test', () => assert.match(compareTestIds(ids, [...ids, 'visible:A.test_z']) ?? '', /unknown test.*test_z/));
    it('refuses a duplicate', () => assert.match(compareTestIds(ids, [...ids, ids[0]]) ?? '', /reported twice/));
    it('lets a run that stopped at its first failure miss tests, never invent one', () => {
      assert.equal(compareTestIds(ids, [ids[0]], true), undefined);
      assert.match(compareTestIds(ids, ['visible:A.test_z'], true) ?? '', /unknown test/);
    });
  });

  it('scrubHidden replaces the hidden file name and path in every string', () => {
    const out = scrubHidden({ a: ['File "/x/p/test_hidden.py", line 3'], b: { c: 'see /x/p/test_hidden.py and test_hidden.py' }, n: 3 }, '/x/p/test_hidden.py');
    assert.deepEqual(out, { a: ['File "<hidden tests>", line 3'], b: { c: 'see <hidden tests> and <hidden tests>' }, n: 3 });
  });

  it('the constraint message names the exercise from its title, keeping acronyms', () => {
    assert.equal(constraintSubject('Sample covariance matrix'), 'sample covariance matrix');
    assert.equal(constraintSubject('ROC-AUC with tied scores'), 'ROC-AUC with tied scores');
    assert.equal(constraintSubject('A/B test: two-proportion z-test'), 'A/B test: two-proportion z-test');
  });

  it('a run limited to chosen tests never solves the problem', () => {
    const tests: TestResult[] = [
      { id: 'visible:A.test_a', name: 'a', suite: 'visible', status: 'pass', message: '', durationMs: 1 },
      { id: 'hidden:B.test_b', name: 'b', suite: 'hidden', status: 'pass', message: '', durationMs: 1 },
    ];
    const full: RunResult = { problemId: 'p', suite: 'all', status: 'pass', error: null, tests, counts: countTests(tests), stdout: '', stderr: '', durationMs: 5 };
    assert.equal(isSolved(full), true);
    assert.equal(isSolved({ ...full, subset: true }), false);
  });

  describe('constraintProblems: the declaration and the Constraints section agree', () => {
    const ok = { allowedImports: ['numpy'], forbiddenCalls: ['numpy.cov'] };
    it('finds the section', () => assert.equal(constraintsSection(readme('- numpy only'))?.trim(), '- numpy only'));
    it('accepts a matching declaration', () => assert.deepEqual(constraintProblems(ok, readme('- numpy only, and do not call `np.cov`.')), []));
    it('requires both declarations', () => {
      assert.match(constraintProblems({ allowedImports: ['numpy'] }, readme('- numpy only'))[0], /does not declare forbiddenCalls/);
      assert.match(constraintProblems({}, readme('- numpy only'))[0], /does not declare allowedImports and forbiddenCalls/);
    });
    it('flags a backticked numpy name that is not declared', () => {
      assert.deepEqual(constraintProblems(ok, readme('- numpy only; no `np.cov` or `numpy.corrcoef(X)`.')), [
        "the Constraints section names `np.corrcoef` but problem.json's forbiddenCalls does not declare numpy.corrcoef",
      ]);
    });
    it('accepts an array method named as the method', () => {
      assert.deepEqual(constraintProblems({ allowedImports: ['numpy'], forbiddenCalls: ['numpy.var', 'numpy.ndarray.var'] }, readme('- numpy only; not `np.var` (or the method `.var()`).')), []);
      assert.deepEqual(constraintProblems({ allowedImports: ['numpy'], forbiddenCalls: ['numpy.ndarray.std'] }, readme('- numpy only; not `.var()`.')), [
        'forbiddenCalls declares numpy.ndarray.std but the Constraints section does not name it (as `np.ndarray.std`)',
      ]);
    });
    it('flags a declared name the section does not mention', () => {
      assert.deepEqual(constraintProblems({ allowedImports: ['numpy'], forbiddenCalls: ['numpy.cov', 'scipy.special.softmax'] }, readme('- numpy only, not `np.cov`.')), [
        'forbiddenCalls declares scipy.special.softmax but the Constraints section does not name it',
      ]);
    });
    it('checks "numpy only" and "standard library only" against allowedImports', () => {
      assert.deepEqual(constraintProblems({ allowedImports: [], forbiddenCalls: [] }, readme('- numpy only.')), [
        'the Constraints section says numpy only, but allowedImports does not have numpy',
      ]);
      assert.deepEqual(constraintProblems({ allowedImports: ['numpy'], forbiddenCalls: [] }, readme('- Standard library only; no numpy.')), [
        'allowedImports has numpy, which the Constraints section forbids',
        'the Constraints section says the standard library only, but allowedImports has numpy',
      ]);
      assert.deepEqual(constraintProblems({ allowedImports: ['numpy', 'statistics'], forbiddenCalls: [] }, readme('- numpy only.')), [
        'allowedImports has statistics, which the Constraints section does not mention',
      ]);
    });
    it('fails a README with a hint heading or a "Hint:" paragraph', () => {
      for (const extra of ['## Hint\n\nSort first.\n', '**Hint:** sort first.\n', 'Hint: sort first.\n', '### Hints\n\n- sort\n']) {
        assert.match(constraintProblems(ok, readme('- numpy only, not `np.cov`.', extra))[0] ?? '', /hint in the statement/, extra);
      }
      assert.deepEqual(constraintProblems(ok, readme('- numpy only, not `np.cov`.', 'This hints at a sort.\n')), []);
    });
  });
});
