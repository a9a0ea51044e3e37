import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadProblemBank, type Problem } from '../../src/core/problems/problemBank';
import { constraintSubject, PythonRunner } from '../../src/core/runner/pythonRunner';
import { isSolved } from '../../src/core/runner/runResult';
import { harnessDir, repoRoot } from '../support/paths';

/**
 * Solutions that hand the exercise to a library. Each is refused with the constraint message, at the line of the
 * offending import or call, before any test runs. scikit-learn and statsmodels are not installed here: the cases
 * fabricate a stub package of that name beside the solution, as a user with the library would have it.
 */
interface Case {
  problem: string;
  what: string;
  solution: string;
  /** Extra files beside the solution (path -> text). */
  files?: Record<string, string>;
  line: number;
  shown: RegExp;
}

const SKLEARN_STUB = {
  'sklearn/__init__.py': '',
  'sklearn/decomposition.py': 'class PCA:\n    def __init__(self, n_components=None):\n        self.n_components = n_components\n',
  'sklearn/linear_model.py': 'class Lasso:\n    pass\n\n\nclass LogisticRegression:\n    pass\n',
  'sklearn/cluster.py': 'class KMeans:\n    pass\n',
  'sklearn/neighbors.py': 'class KNeighborsClassifier:\n    pass\n',
};

const CASES: Case[] = [
  {
    problem: 'covariance-matrix',
    what: 'np.cov',
    solution: 'import numpy as np\n\n\ndef covariance_matrix(X):\n    return np.cov(np.asarray(X, dtype=float), rowvar=False)\n',
    line: 5,
    shown: /`np\.cov` is not allowed/,
  },
  {
    problem: 'pca',
    what: 'sklearn PCA',
    solution: 'import numpy as np\nfrom sklearn.decomposition import PCA\n\n\ndef pca(X, k):\n    return PCA(n_components=k).fit_transform(X)\n',
    files: SKLEARN_STUB,
    line: 2,
    shown: /`import sklearn\.decomposition` is not allowed/,
  },
  {
    problem: 'ab-test-pvalue',
    what: 'scipy.stats',
    solution: 'import math\nfrom scipy.stats import norm\n\n\ndef two_proportion_ztest(c1, n1, c2, n2):\n    p = (c1 + c2) / (n1 + n2)\n    z = (c2 / n2 - c1 / n1) / math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))\n    return z, 2 * norm.sf(abs(z))\n',
    line: 2,
    shown: /`import scipy\.stats` is not allowed; this problem allows only the standard-library basics/,
  },
  {
    problem: 'lasso-coordinate-descent',
    what: 'sklearn Lasso',
    solution: 'from sklearn.linear_model import Lasso\n\n\ndef fit_lasso(X, y, alpha, n_iter=100):\n    return Lasso(alpha=alpha).fit(X, y).coef_\n',
    files: SKLEARN_STUB,
    line: 1,
    shown: /`import sklearn\.linear_model` is not allowed; this problem allows only numpy/,
  },
  {
    problem: 'linear-regression-closed-form',
    what: 'np.linalg.lstsq through a submodule alias',
    solution: 'import numpy as np\nimport numpy.linalg as la\n\n\ndef fit_linear_regression(X, y):\n    A = np.hstack([np.ones((len(X), 1)), X])\n    return la.lstsq(A, y, rcond=None)[0]\n\n\ndef predict(w, X):\n    return w[0] + X @ w[1:]\n',
    line: 7,
    shown: /`np\.linalg\.lstsq` is not allowed/,
  },
  {
    problem: 'kmeans',
    what: 'sklearn KMeans',
    solution: 'import numpy as np\n\n\ndef kmeans(X, k, n_iter=100, seed=0):\n    from sklearn.cluster import KMeans\n    return KMeans(k).fit(X)\n',
    files: SKLEARN_STUB,
    line: 5,
    shown: /`import sklearn\.cluster` is not allowed/,
  },
  {
    problem: 'logistic-regression-gd',
    what: 'sklearn through a module alias',
    solution: 'import numpy as np\nimport sklearn.linear_model as lm\n\n\ndef fit_logistic_regression(X, y, lr=0.1, n_iter=1000):\n    return lm.LogisticRegression().fit(X, y)\n\n\ndef predict_proba(model, X):\n    return model.predict_proba(X)[:, 1]\n',
    files: SKLEARN_STUB,
    line: 2,
    shown: /`import sklearn\.linear_model` is not allowed/,
  },
  {
    problem: 'pairwise-distances',
    what: 'scipy cdist',
    solution: 'import numpy as np\nfrom scipy.spatial.distance import cdist\n\n\ndef pairwise_distances(A, B):\n    return cdist(A, B)\n',
    line: 2,
    shown: /`import scipy\.spatial\.distance` is not allowed/,
  },
  {
    problem: 'matrix-factorization-als',
    what: 'from numpy.linalg import inv',
    solution: 'import numpy as np\nfrom numpy.linalg import inv\n\n\ndef als(R, mask, k, lam, n_iter=20, seed=0):\n    return inv(np.eye(k))\n',
    line: 2,
    shown: /`np\.linalg\.inv` is not allowed/,
  },
  {
    problem: 'gaussian-naive-bayes',
    what: 'scipy logsumexp',
    solution: 'import numpy as np\nimport scipy.special as sp\n\n\nclass GaussianNB:\n    def fit(self, X, y):\n        return self\n\n    def predict_log_proba(self, X):\n        return sp.logsumexp(X)\n',
    line: 2,
    shown: /`import scipy\.special` is not allowed/,
  },
  {
    problem: 'knn-classifier',
    what: 'sklearn reached from a helper module with a computed __import__ (the run-time hook)',
    solution: 'import numpy as np\nimport helpers\n\n\ndef knn_predict(X_train, y_train, X_test, k):\n    return helpers.classifier(k).fit(X_train, y_train).predict(X_test)\n',
    files: { ...SKLEARN_STUB, 'helpers.py': 'neighbors = __import__("sk" + "learn.neighbors", fromlist=["x"])\n\n\ndef classifier(k):\n    return neighbors.KNeighborsClassifier(k)\n' },
    line: 2,
    shown: /`import sklearn\.neighbors` is not allowed/,
  },
  {
    problem: 'welch-t-statistic',
    what: 'the array method .var()',
    solution: 'import numpy as np\n\n\ndef welch_t(a, b):\n    a, b = np.asarray(a, float), np.asarray(b, float)\n    va, vb = a.var(ddof=1), b.var(ddof=1)\n    return (a.mean() - b.mean()) / np.sqrt(va / len(a) + vb / len(b))\n',
    line: 6,
    shown: /`\.var\(\)` is not allowed/,
  },
  {
    problem: 'bootstrap-ci',
    what: 'statsmodels',
    solution: 'import numpy as np\nfrom statsmodels.stats import weightstats\n\n\ndef bootstrap_ci(x, statistic=np.mean, n_boot=1000, alpha=0.05, seed=0):\n    return weightstats.DescrStatsW(x).tconfint_mean(alpha)\n',
    files: { 'statsmodels/__init__.py': '', 'statsmodels/stats/__init__.py': '', 'statsmodels/stats/weightstats.py': 'class DescrStatsW:\n    pass\n' },
    line: 2,
    shown: /`import statsmodels\.stats` is not allowed/,
  },
];

describe('constraints: library-backed solutions are refused before any test runs (real Python)', function () {
  this.timeout(60_000);
  let runner: PythonRunner;
  let work: string;
  const bank = loadProblemBank(join(repoRoot, 'problems'));

  before(() => {
    runner = new PythonRunner({ harnessDir, candidates: () => ['python3'] });
    work = mkdtempSync(join(tmpdir(), 'mlreps-constraints-'));
  });
  after(() => {
    runner.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  it('covers at least ten problems', () => {
    assert.ok(new Set(CASES.map((c) => c.problem)).size >= 10);
  });

  for (const c of CASES) {
    it(`${c.problem}: ${c.what} is refused with the constraint message`, async () => {
      const problem = bank.problems.find((p) => p.id === c.problem) as Problem;
      assert.ok(problem, `no problem ${c.problem}`);
      assert.ok(problem.allowedImports !== undefined && problem.forbiddenCalls !== undefined, `${c.problem} declares its constraints`);
      const dir = join(work, c.problem);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'solution.py'), c.solution);
      for (const [path, text] of Object.entries(c.files ?? {})) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const r = await runner.run({ problem, solutionFile: join(dir, 'solution.py'), suite: 'all' });
      assert.equal(r.error?.kind, 'constraint', JSON.stringify(r.error ?? r.counts));
      assert.equal(r.status, 'error');
      assert.deepEqual(r.tests, [], 'no test ran');
      assert.ok(!isSolved(r));
      const title = constraintSubject(problem.title);
      assert.ok(r.error!.message.startsWith(`This problem asks you to implement ${title} yourself: `), r.error!.message);
      assert.match(r.error!.message, /\(see Constraints\)\.$/);
      assert.match(r.error!.message, c.shown);
      assert.equal(r.error!.line, c.line, r.error!.message);
    });
  }

  it('the reference of each of these problems passes the constraint check', async () => {
    for (const id of new Set(CASES.map((c) => c.problem))) {
      const problem = bank.problems.find((p) => p.id === id) as Problem;
      const r = await runner.run({ problem, solutionFile: join(problem.dir, 'reference.py'), suite: 'visible' });
      assert.notEqual(r.error?.kind, 'constraint', `${id}: ${r.error?.message}`);
    }
  });
});
