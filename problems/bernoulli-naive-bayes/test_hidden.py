import math
import unittest
from decimal import Decimal, localcontext

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import fit_bernoulli_nb, predict_bnb, predict_log_proba_bnb

ATOL, RTOL = 1e-9, 1e-9


def _loop_model(X, y, alpha):
    classes = sorted(set(y))
    n, d = len(X), len(X[0])
    prior, prob = [], []
    for c in classes:
        rows = [X[i] for i in range(n) if y[i] == c]
        prior.append(math.log(len(rows) / n))
        prob.append([(sum(r[j] for r in rows) + alpha) / (len(rows) + 2 * alpha) for j in range(d)])
    return classes, prior, prob


def _loop_log_posterior(prior, prob, x):
    # Joint log-likelihood per class in plain floats, normalised in 50-digit decimals.
    joint = [lp + sum(math.log(p) if v else math.log(1 - p) for v, p in zip(x, row)) for lp, row in zip(prior, prob)]
    with localcontext() as ctx:
        ctx.prec = 50
        norm = sum(Decimal(v).exp() for v in joint).ln()
        return [float(Decimal(v) - norm) for v in joint]


class HiddenTests(unittest.TestCase):
    def test_randomized_against_loops(self):
        """Random binary data, 2 to 4 classes and several alphas: model and posteriors match loops"""
        rng = np.random.default_rng(3)
        for trial in range(5):
            n, d, k = int(rng.integers(3, 30)), int(rng.integers(1, 8)), int(rng.integers(2, 5))
            X = (rng.random((n, d)) < 0.4).astype(int)
            y = rng.integers(0, k, size=n)
            alpha = float(rng.choice([0.1, 0.5, 1.0, 2.0]))
            classes, prior, prob = _loop_model(X.tolist(), y.tolist(), alpha)
            model = fit_bernoulli_nb(X, y, alpha)
            check_equal(list(np.asarray(model[0])), classes, "classes (trial %d)" % trial)
            check_close(model[1], prior, ATOL, RTOL, "class_log_prior (trial %d)" % trial)
            check_close(model[2], prob, ATOL, RTOL, "feature_prob (trial %d)" % trial)
            Xq = (rng.random((4, d)) < 0.5).astype(int)
            expected = [_loop_log_posterior(prior, prob, x) for x in Xq.tolist()]
            check_close(predict_log_proba_bnb(model, Xq), expected, ATOL, RTOL, "log posteriors (trial %d)" % trial)

    def test_thousands_of_features(self):
        """3,000 features: joint log-likelihoods near -2000 still give finite, normalised posteriors"""
        rng = np.random.default_rng(8)
        X = (rng.random((40, 3000)) < 0.3).astype(int)
        y = rng.integers(0, 3, size=40)
        model = fit_bernoulli_nb(X, y)
        classes, prior, prob = _loop_model(X.tolist(), y.tolist(), 1.0)
        Xq = (rng.random((3, 3000)) < 0.3).astype(int)
        got = predict_log_proba_bnb(model, Xq)
        check(np.all(np.isfinite(got)), "log posteriors must be finite", "finite", got)
        check_close(got, [_loop_log_posterior(prior, prob, x) for x in Xq.tolist()], 1e-7, 1e-9, "log posteriors with 3,000 features")

    def test_absent_features_matter(self):
        """Two classes that differ only in how often a feature is absent are told apart"""
        X = np.array([[1, 1], [1, 1], [1, 0], [1, 0]])
        y = np.array([0, 0, 1, 1])
        model = fit_bernoulli_nb(X, y)
        check_equal(list(predict_bnb(model, [[1, 0], [1, 1]])), [1, 0], "predictions driven by an absent feature")

    def test_priors_and_ties(self):
        """Unequal class sizes set the priors; an exact tie goes to the first class"""
        X = np.array([[0], [0], [0], [1]])
        y = np.array([5, 5, 5, 9])
        classes, log_prior, prob = fit_bernoulli_nb(X, y)
        check_close(log_prior, [math.log(0.75), math.log(0.25)], ATOL, RTOL, "priors with 3 and 1 rows")
        Xt = np.array([[1, 0], [0, 1]])
        model = fit_bernoulli_nb(Xt, np.array(["b", "a"]))
        check_equal(list(predict_bnb(model, [[1, 1]])), ["a"], "prediction on an exact tie")

    def test_boolean_input_and_shapes(self):
        """Boolean X works; the log posteriors have shape (m, k) and rows that exponentiate to 1"""
        rng = np.random.default_rng(1)
        X = rng.random((12, 5)) < 0.5
        y = np.arange(12) % 3
        model = fit_bernoulli_nb(X, y)
        got = predict_log_proba_bnb(model, X[:4])
        check_shape(got, (4, 3), "log posteriors")
        check_close(np.exp(np.asarray(got)).sum(axis=1), np.ones(4), ATOL, RTOL, "posterior row sums")

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        X = np.array([[1, 0], [0, 1], [1, 1]])
        y = np.array([1, 0, 1])
        X0, y0 = X.copy(), y.copy()
        model = fit_bernoulli_nb(X, y)
        predict_log_proba_bnb(model, X)
        check_equal(X, X0, "X after the calls")
        check_equal(y, y0, "y after the calls")

    def test_invalid_input_raises(self):
        """Non-binary X, bad shapes, alpha <= 0 and a feature-count mismatch raise ValueError"""
        X = np.array([[1, 0], [0, 1]])
        model = fit_bernoulli_nb(X, [0, 1])
        cases = [
            ("an entry of 2 in X", lambda: fit_bernoulli_nb([[2, 0], [0, 1]], [0, 1])),
            ("1-D X", lambda: fit_bernoulli_nb([1, 0], [0, 1])),
            ("3 labels for 2 rows", lambda: fit_bernoulli_nb(X, [0, 1, 1])),
            ("alpha = 0", lambda: fit_bernoulli_nb(X, [0, 1], alpha=0.0)),
            ("3 features at prediction", lambda: predict_log_proba_bnb(model, [[1, 0, 1]])),
            ("an entry of 0.5 at prediction", lambda: predict_bnb(model, [[0.5, 1]])),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
