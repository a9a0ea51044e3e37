import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import MultinomialNB

ATOL, RTOL = 1e-9, 1e-7


def _expected(X, y, Q, alpha):
    # Plain-Python multinomial NB following the README formulas.
    X, Q, y = X.tolist(), Q.tolist(), list(y)
    d = len(X[0])
    classes = sorted(set(y))
    rows = []
    for c in classes:
        docs = [r for r, l in zip(X, y) if l == c]
        n_cj = [sum(r[j] for r in docs) for j in range(d)]
        total = sum(n_cj)
        rows.append((math.log(len(docs) / len(X)), [math.log((v + alpha) / (total + alpha * d)) for v in n_cj]))
    out = []
    for q in Q:
        jll = [lp + sum(x * w for x, w in zip(q, lw)) for lp, lw in rows]
        top = max(jll)
        lse = top + math.log(math.fsum(math.exp(a - top) for a in jll))
        out.append([a - lse for a in jll])
    return np.array(out), np.array([r[1] for r in rows]), classes


class HiddenTests(unittest.TestCase):
    def test_random_counts_against_plain_python(self):
        """Random count data, 3 classes and several alphas match a plain-Python version"""
        rng = np.random.default_rng(0)
        for trial, alpha in enumerate((1.0, 0.5, 0.01, 3.0)):
            y = rng.integers(0, 3, size=30)
            y[:3] = [0, 1, 2]
            rates = rng.uniform(0.1, 3.0, size=(3, 8))
            X = rng.poisson(rates[y])
            Q = rng.poisson(rng.uniform(0.1, 3.0, size=(6, 8)))
            exp_lp, exp_flp, classes = _expected(X, y, Q, alpha)
            model = MultinomialNB(alpha=alpha).fit(X, y)
            check_close(model.feature_log_prob_, exp_flp, ATOL, RTOL, "feature_log_prob_ (alpha=%g)" % alpha)
            check_close(model.predict_log_proba(Q), exp_lp, ATOL, RTOL, "log probabilities (alpha=%g)" % alpha)
            check_equal(np.asarray(model.predict(Q)), np.array(classes)[np.argmax(exp_lp, axis=1)],
                        "predictions (alpha=%g)" % alpha)

    def test_unseen_word_does_not_zero_out_class(self):
        """A word never seen in a class still has probability alpha / (N_c + alpha * d) > 0"""
        X = np.array([[3, 0], [0, 3]])
        y = np.array([0, 1])
        model = MultinomialNB(alpha=1.0).fit(X, y)
        check_close(np.exp(model.feature_log_prob_), [[4 / 5, 1 / 5], [1 / 5, 4 / 5]], ATOL, RTOL, "smoothed probabilities")
        got = model.predict_log_proba(np.array([[1, 1]]))
        check(np.all(np.isfinite(got)), "log probabilities must be finite", "finite", got)
        check_close(got, [[math.log(0.5), math.log(0.5)]], ATOL, RTOL, "a symmetric document")

    def test_long_documents_stay_finite(self):
        """Documents with thousands of tokens give finite, normalized log probabilities"""
        X = np.array([[50, 10, 5], [40, 20, 5], [5, 10, 60], [8, 12, 50]])
        y = np.array([0, 0, 1, 1])
        Q = np.array([[5000, 1000, 4000], [0, 3000, 0]])
        _orig_X = copy.deepcopy(X)
        _orig_y = copy.deepcopy(y)
        model = MultinomialNB().fit(X, y)
        _orig_Q = copy.deepcopy(Q)
        got = model.predict_log_proba(Q)
        check(np.all(np.isfinite(got)), "log probabilities must be finite for long documents", "finite", got)
        expected, _, _ = _expected(_orig_X, _orig_y, _orig_Q, 1.0)
        check_close(got, expected, 1e-7, RTOL, "log probabilities of long documents")
        check_close(np.exp(got).sum(axis=1), [1.0, 1.0], ATOL, RTOL, "row sums of exp(log_proba)")

    def test_empty_document_gives_prior(self):
        """An all-zero document's posterior equals the class prior"""
        X = np.array([[1, 2], [2, 1], [0, 4]])
        y = np.array(["b", "a", "b"])
        got = MultinomialNB().fit(X, y).predict_log_proba(np.array([[0, 0]]))
        check_close(got, [[math.log(1 / 3), math.log(2 / 3)]], ATOL, RTOL, "log posterior of an empty document")

    def test_string_labels_sorted(self):
        """String labels: classes_ is sorted and columns follow that order"""
        X = np.array([[5, 0, 1], [4, 1, 0], [0, 5, 1], [1, 6, 0]])
        y = np.array(["sport", "sport", "art", "art"])
        model = MultinomialNB().fit(X, y)
        check_equal([str(c) for c in model.classes_], ["art", "sport"], "classes_")
        check_equal([str(c) for c in model.predict(np.array([[3, 0, 0], [0, 3, 0]]))], ["sport", "art"], "predictions")

    def test_denominator_includes_alpha_times_d(self):
        """With alpha=2 and d=4, feature probabilities in each class sum to 1"""
        rng = np.random.default_rng(1)
        X = rng.integers(0, 5, size=(8, 4))
        y = np.array([0, 1] * 4)
        model = MultinomialNB(alpha=2.0).fit(X, y)
        check_close(np.exp(model.feature_log_prob_).sum(axis=1), [1.0, 1.0], ATOL, RTOL, "sum of feature probabilities")

    def test_inputs_unchanged(self):
        """fit and predict do not modify their inputs"""
        X = np.array([[1.0, 2.0], [3.0, 0.0]])
        y = np.array([1, 0])
        Q = np.array([[2.0, 2.0]])
        Xc, yc, Qc = X.copy(), y.copy(), Q.copy()
        model = MultinomialNB().fit(X, y)
        model.predict_log_proba(Q)
        model.predict(Q)
        check_equal(X, Xc, "X after fit")
        check_equal(y, yc, "y after fit")
        check_equal(Q, Qc, "X after predict")


if __name__ == "__main__":
    unittest.main()
