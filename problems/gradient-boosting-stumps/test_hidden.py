import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import GradientBoostingStumps

ATOL, RTOL = 1e-9, 1e-7


def _slow_gbm(X, y, rounds, lr):
    # Plain-Python gradient boosting with exhaustive stump search, following the README.
    X, y = X.tolist(), y.tolist()
    n, d = len(X), len(X[0])
    init = sum(y) / n
    f = [init] * n
    stumps = []
    for _ in range(rounds):
        r = [a - b for a, b in zip(y, f)]
        cands = []
        for j in range(d):
            vals = sorted(set(row[j] for row in X))
            for a, b in zip(vals[:-1], vals[1:]):
                t = (a + b) / 2.0
                left = [ri for row, ri in zip(X, r) if row[j] <= t]
                right = [ri for row, ri in zip(X, r) if row[j] > t]
                ml, mr = sum(left) / len(left), sum(right) / len(right)
                sse = sum((v - ml) ** 2 for v in left) + sum((v - mr) ** 2 for v in right)
                cands.append((sse, j, t, ml, mr))
        lowest = min(c[0] for c in cands)
        _, j, t, ml, mr = next(c for c in cands if c[0] <= lowest + 1e-10 * (1 + lowest))
        stumps.append((j, t, ml, mr))
        f = [fi + lr * (ml if row[j] <= t else mr) for fi, row in zip(f, X)]
    return init, stumps


def _slow_predict(init, stumps, lr, Q):
    return np.array([init + lr * sum(ml if q[j] <= t else mr for j, t, ml, mr in stumps) for q in Q.tolist()])


class HiddenTests(unittest.TestCase):
    def test_random_against_plain_python(self):
        """Random regression data matches a plain-Python gradient booster on train and new points"""
        rng = np.random.default_rng(0)
        for trial, (rounds, lr) in enumerate([(20, 0.1), (10, 0.5), (5, 1.0)]):
            X = rng.uniform(-2, 2, size=(40, 3))
            y = np.sin(2 * X[:, 0]) + X[:, 1] ** 2 + 0.1 * rng.normal(size=40)
            Q = rng.uniform(-2.5, 2.5, size=(15, 3))
            _orig_X = copy.deepcopy(X)
            _orig_y = copy.deepcopy(y)
            _orig_rounds = copy.deepcopy(rounds)
            _orig_lr = copy.deepcopy(lr)
            model = GradientBoostingStumps(n_estimators=rounds, learning_rate=lr).fit(X, y)
            init, stumps = _slow_gbm(_orig_X, _orig_y, _orig_rounds, _orig_lr)
            check_close(model.init_, init, ATOL, RTOL, "init_ (trial %d)" % trial)
            check_close(model.predict(X), _slow_predict(init, stumps, _orig_lr, _orig_X), ATOL, RTOL,
                        "training predictions (trial %d)" % trial)
            _orig_Q = copy.deepcopy(Q)
            check_close(model.predict(Q), _slow_predict(init, stumps, _orig_lr, _orig_Q), ATOL, RTOL,
                        "new-point predictions (trial %d)" % trial)

    def test_stumps_on_repeated_values(self):
        """Integer features with repeated values: every stump matches the plain-Python version"""
        rng = np.random.default_rng(1)
        X = rng.integers(0, 5, size=(30, 2)).astype(float)
        y = X[:, 0] * 2 - X[:, 1] + rng.normal(size=30)
        _orig_X = copy.deepcopy(X)
        _orig_y = copy.deepcopy(y)
        model = GradientBoostingStumps(n_estimators=8, learning_rate=0.3).fit(X, y)
        _, stumps = _slow_gbm(_orig_X, _orig_y, 8, 0.3)
        for i, (j, t, ml, mr) in enumerate(stumps):
            got = model.stumps_[i]
            check_equal(int(got[0]), j, "round %d feature" % i)
            check_close([got[1], got[2], got[3]], [t, ml, mr], ATOL, RTOL, "round %d (threshold, left, right)" % i)

    def test_threshold_tie_takes_lowest(self):
        """Symmetric data: thresholds 0.5 and 3.5 tie (SSE 18.75); 0.5 wins"""
        X = np.array([[0.0], [1.0], [2.0], [3.0], [4.0]])
        y = np.array([0.0, 5.0, 5.0, 5.0, 0.0])
        model = GradientBoostingStumps(n_estimators=1, learning_rate=1.0).fit(X, y)
        j, t, lv, rv = model.stumps_[0]
        check_equal(int(j), 0, "feature")
        check_close([t, lv, rv], [0.5, -3.0, 0.75], ATOL, RTOL, "(threshold, left, right)")

    def test_feature_tie_takes_lowest_index(self):
        """Two features ordering the samples identically tie; feature 0 wins"""
        X = np.array([[3.0, 30.0], [1.0, 10.0], [2.0, 20.0], [4.0, 40.0]])
        y = np.array([5.0, 1.0, 1.0, 5.0])
        model = GradientBoostingStumps(n_estimators=1, learning_rate=1.0).fit(X[:, ::-1], y)
        check_equal(int(model.stumps_[0][0]), 0, "feature with swapped columns")
        check_close(model.stumps_[0][1], 25.0, ATOL, RTOL, "threshold with swapped columns")

    def test_step_function_one_round(self):
        """learning_rate=1 and one round fit a one-step function exactly"""
        X = np.array([[0.0, 7.0], [1.0, 7.0], [2.0, 7.0], [3.0, 7.0], [4.0, 7.0]])
        y = np.array([2.0, 2.0, 2.0, -1.0, -1.0])
        model = GradientBoostingStumps(n_estimators=1, learning_rate=1.0).fit(X, y)
        check_close(model.predict(X), y, ATOL, RTOL, "training predictions")
        check_close(model.predict(np.array([[2.5, 0.0], [2.6, 0.0]])), [2.0, -1.0], ATOL, RTOL,
                    "predictions either side of the threshold 2.5")

    def test_training_loss_never_increases(self):
        """Training MSE is non-increasing in the number of rounds"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(50, 2))
        y = X[:, 0] * X[:, 1] + rng.normal(size=50) * 0.2
        losses = []
        for rounds in range(0, 25, 4):
            pred = GradientBoostingStumps(n_estimators=rounds, learning_rate=0.3).fit(X, y).predict(X)
            losses.append(float(np.mean((y - pred) ** 2)))
        check(all(b <= a + 1e-12 for a, b in zip(losses, losses[1:])), "training MSE must not increase",
              "non-increasing", losses)
        check(losses[-1] < 0.7 * losses[0], "boosting should reduce the training MSE", "< 70% of the start", losses)

    def test_shapes_and_inputs_unchanged(self):
        """predict returns shape (m,); X and y are not modified"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(12, 2))
        y = rng.normal(size=12)
        Xc, yc = X.copy(), y.copy()
        model = GradientBoostingStumps(n_estimators=4).fit(X, y)
        check_shape(model.predict(rng.normal(size=(5, 2))), (5,), "predictions")
        check_equal(len(model.stumps_), 4, "number of stumps")
        check_equal(X, Xc, "X after fit")
        check_equal(y, yc, "y after fit")


class GapTests(unittest.TestCase):
    def test_integer_targets_are_not_truncated(self):
        """Integer y = [1, 4, 3, 9]: init_ is 4.25 and predictions stay fractional"""
        X = np.array([[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0]])
        y = np.array([1, 4, 3, 9])
        model = GradientBoostingStumps(n_estimators=1, learning_rate=0.5).fit(X, y)
        check_close(model.init_, 4.25, 1e-9, 1e-7, "init_ for integer targets")
        # Round 1: residuals [-3.25, -0.25, -1.25, 4.75]; the best split is feature 0 at 3.5 (left mean -1.5833.., right 4.75).
        check_close(model.predict(X), [4.25 - 0.5 * 19 / 12, 4.25 - 0.5 * 19 / 12, 4.25 - 0.5 * 19 / 12, 4.25 + 0.5 * 4.75], 1e-9, 1e-7, "predictions for integer targets")

    def test_list_inputs(self):
        """fit and predict accept nested lists"""
        model = GradientBoostingStumps(n_estimators=3, learning_rate=0.5).fit([[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0]], [1.0, 4.0, 3.0, 8.0])
        check_close(model.predict([[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0]]), [1.69444444444, 4.19444444444, 3.25, 6.86111111111], 1e-8, 1e-7, "predictions from lists")


if __name__ == "__main__":
    unittest.main()
