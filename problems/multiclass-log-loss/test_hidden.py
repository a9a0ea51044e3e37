import math
import unittest
from decimal import Decimal, localcontext

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import log_loss_from_logits, multiclass_log_loss

ATOL, RTOL = 1e-9, 1e-9


def _exact_from_logits(y, Z):
    # Softmax log loss in 50-digit decimal arithmetic, sample by sample.
    with localcontext() as ctx:
        ctx.prec = 50
        total = Decimal(0)
        for label, row in zip(np.asarray(y).tolist(), np.asarray(Z, dtype=np.float64).tolist()):
            norm = sum(Decimal(v).exp() for v in row).ln()
            total += norm - Decimal(row[int(label)])
        return float(total / len(y))


def _loop_loss(y, P, eps):
    return -sum(math.log(max(P[i][int(c)], eps)) for i, c in enumerate(y)) / len(y)


class HiddenTests(unittest.TestCase):
    def test_randomized_probabilities(self):
        """Random probability tables: only each sample's true-class probability counts"""
        rng = np.random.default_rng(4)
        for trial in range(8):
            n, K = int(rng.integers(1, 30)), int(rng.integers(2, 7))
            P = rng.dirichlet(np.ones(K), size=n)
            y = rng.integers(0, K, size=n)
            check_close(multiclass_log_loss(y, P), _loop_loss(y.tolist(), P.tolist(), 1e-15), ATOL, RTOL,
                        "log loss (trial %d, n=%d, K=%d)" % (trial, n, K))

    def test_logit_rows_of_different_magnitude(self):
        """Rows near 0, near 1000 and near -800 each keep full accuracy"""
        Z = np.array([[0.0, -1.0, -2.0], [1000.0, 990.0, 999.0], [-800.0, -805.0, -799.5]])
        y = [2, 1, 0]
        check_close(log_loss_from_logits(y, Z), _exact_from_logits(y, Z), ATOL, RTOL, "log loss from mixed-scale logits")

    def test_logits_beyond_overflow(self):
        """Logits of 1e4 and 800: finite and exact"""
        Z = np.array([[1e4, 1e4 - 5.0, 0.0], [800.0, 790.0, 795.0]])
        y = [1, 2]
        got = log_loss_from_logits(y, Z)
        check(math.isfinite(got), "the loss must be finite for huge logits", "finite", got)
        check_close(got, _exact_from_logits(y, Z), ATOL, RTOL, "log loss from huge logits")

    def test_logits_agree_with_probabilities(self):
        """For moderate logits, the loss equals multiclass_log_loss of their softmax"""
        rng = np.random.default_rng(7)
        Z = rng.normal(size=(12, 4)) * 3
        y = rng.integers(0, 4, size=12)
        E = np.exp(Z)
        P = E / E.sum(axis=1, keepdims=True)
        check_close(log_loss_from_logits(y, Z), _loop_loss(y.tolist(), P.tolist(), 1e-15), ATOL, RTOL, "logits vs probabilities")

    def test_lists_and_float_labels(self):
        """Integer logits in lists and float labels such as 2.0 are accepted"""
        got = log_loss_from_logits([2.0, 0.0], [[1, 2, 3], [0, 0, 0]])
        check(isinstance(got, float), "the loss must be a Python float", "float", type(got).__name__)
        check_close(got, _exact_from_logits([2, 0], [[1, 2, 3], [0, 0, 0]]), ATOL, RTOL, "log loss from integer lists")
        got = multiclass_log_loss([1.0], [[0.25, 0.75]])
        check_close(got, -math.log(0.75), ATOL, RTOL, "log loss with a float label")

    def test_inputs_not_modified(self):
        """y_true, proba and logits are left unchanged"""
        y = np.array([0, 1])
        P = np.array([[0.0, 1.0], [0.5, 0.5]])
        Z = np.array([[3.0, 1.0], [1000.0, 0.0]])
        copies = (y.copy(), P.copy(), Z.copy())
        multiclass_log_loss(y, P)
        log_loss_from_logits(y, Z)
        for name, a, b in zip(("y_true", "proba", "logits"), (y, P, Z), copies):
            check_equal(a, b, "%s after the calls" % name)

    def test_invalid_input_raises(self):
        """Bad labels, shapes and probability tables raise ValueError"""
        P = np.array([[0.5, 0.5], [0.2, 0.8]])
        cases = [
            ("a label equal to K", lambda: multiclass_log_loss([0, 2], P)),
            ("a negative label", lambda: log_loss_from_logits([0, -1], P)),
            ("a label of 1.5", lambda: multiclass_log_loss([0, 1.5], P)),
            ("3 labels for 2 rows", lambda: multiclass_log_loss([0, 1, 1], P)),
            ("1-D proba", lambda: multiclass_log_loss([0], [0.5, 0.5])),
            ("a single class", lambda: log_loss_from_logits([0, 0], [[1.0], [2.0]])),
            ("a row summing to 0.9", lambda: multiclass_log_loss([0, 1], [[0.5, 0.4], [0.2, 0.8]])),
            ("a probability of 1.5", lambda: multiclass_log_loss([0, 1], [[1.5, -0.5], [0.2, 0.8]])),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
