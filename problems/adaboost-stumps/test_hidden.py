import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import AdaBoostStumps

ATOL, RTOL = 1e-9, 1e-7


def _h(row, j, t, s):
    return s if row[j] > t else -s


def _slow_adaboost(X, y, rounds):
    # Plain-Python AdaBoost following the README, exhaustive stump search.
    X, y = X.tolist(), [int(v) for v in y]
    n, d = len(X), len(X[0])
    w = [1.0 / n] * n
    model = []
    for _ in range(rounds):
        cands = []
        for j in range(d):
            vals = sorted(set(r[j] for r in X))
            for a, b in zip(vals[:-1], vals[1:]):
                t = (a + b) / 2.0
                for s in (1, -1):
                    err = math.fsum(wi for r, yi, wi in zip(X, y, w) if _h(r, j, t, s) != yi)
                    cands.append((err, j, t, s))
        lowest = min(c[0] for c in cands)
        err, j, t, s = next(c for c in cands if c[0] <= lowest + 1e-12)
        err = min(max(err, 1e-10), 1 - 1e-10)
        alpha = 0.5 * math.log((1 - err) / err)
        w = [wi * math.exp(-alpha * yi * _h(r, j, t, s)) for r, yi, wi in zip(X, y, w)]
        total = math.fsum(w)
        w = [wi / total for wi in w]
        model.append((j, t, s, alpha))
    return model


def _slow_scores(model, Q):
    return np.array([math.fsum(a * _h(q, j, t, s) for j, t, s, a in model) for q in Q.tolist()])


class HiddenTests(unittest.TestCase):
    def test_random_against_plain_python(self):
        """Random 2-D data, 15 rounds: alphas and scores match a plain-Python AdaBoost"""
        rng = np.random.default_rng(0)
        for trial in range(3):
            X = rng.normal(size=(40, 3))
            y = np.where(X[:, 0] ** 2 + X[:, 1] ** 2 + 0.3 * rng.normal(size=40) > 1.2, 1, -1)
            Q = rng.normal(size=(20, 3))
            _orig_X = copy.deepcopy(X)
            _orig_y = copy.deepcopy(y)
            model = AdaBoostStumps(n_estimators=15).fit(X, y)
            slow = _slow_adaboost(_orig_X, _orig_y, 15)
            check_close(model.alphas_, [m[3] for m in slow], ATOL, RTOL, "alphas_ (trial %d)" % trial)
            check_close(model.decision_function(X), _slow_scores(slow, _orig_X), 1e-8, 1e-7,
                        "decision_function on training points (trial %d)" % trial)
            _orig_Q = copy.deepcopy(Q)
            check_close(model.decision_function(Q), _slow_scores(slow, _orig_Q), 1e-8, 1e-7,
                        "decision_function on new points (trial %d)" % trial)

    def test_integer_features_many_ties(self):
        """Integer-valued features with repeated values and tied errors match the plain-Python version"""
        rng = np.random.default_rng(1)
        X = rng.integers(0, 4, size=(30, 2)).astype(float)
        y = np.where(rng.random(30) < 0.5, 1, -1)
        _orig_X = copy.deepcopy(X)
        _orig_y = copy.deepcopy(y)
        model = AdaBoostStumps(n_estimators=10).fit(X, y)
        slow = _slow_adaboost(_orig_X, _orig_y, 10)
        for i, (j, t, s, _) in enumerate(slow):
            got = model.stumps_[i]
            check_equal((int(got[0]), int(got[2])), (j, s), "round %d (feature, polarity)" % i)
            check_close(float(got[1]), t, ATOL, RTOL, "round %d threshold" % i)
        check_close(model.alphas_, [m[3] for m in slow], ATOL, RTOL, "alphas_")

    def test_tie_lowest_threshold_then_polarity(self):
        """Tied errors go to the lower threshold; a polarity tie goes to +1"""
        model = AdaBoostStumps(n_estimators=1).fit(np.array([[0.0], [1.0], [2.0]]), np.array([1, -1, 1]))
        j, t, s = model.stumps_[0]
        check_equal((int(j), int(s)), (0, -1), "first stump (feature, polarity)")
        check_close(float(t), 0.5, ATOL, RTOL, "first stump threshold")
        # All labels +1 on two points: both polarities at t=0.5 err 0.5 -> +1 wins, alpha = 0.
        model = AdaBoostStumps(n_estimators=2).fit(np.array([[0.0], [1.0]]), np.array([1, 1]))
        check_equal([(int(a), int(c)) for a, _, c in model.stumps_], [(0, 1), (0, 1)], "stumps (feature, polarity)")
        check_close(model.alphas_, [0.0, 0.0], ATOL, RTOL, "alphas_ at error 0.5")

    def test_zero_score_predicts_plus_one(self):
        """A score of exactly 0 predicts +1 (here all alphas are 0)"""
        model = AdaBoostStumps(n_estimators=3).fit(np.array([[0.0], [1.0]]), np.array([1, 1]))
        check_close(model.decision_function(np.array([[-5.0], [5.0]])), [0.0, 0.0], ATOL, RTOL, "scores")
        check_equal(np.asarray(model.predict(np.array([[-5.0], [5.0]]))), np.array([1, 1]), "predictions")

    def test_tied_features_take_lowest_index(self):
        """Two features that split the data identically tie; feature 0 is used"""
        X = np.array([[0.0, 10.0], [1.0, 20.0], [2.0, 30.0], [3.0, 40.0]])
        y = np.array([-1, -1, 1, 1])
        model = AdaBoostStumps(n_estimators=1).fit(X, y)
        j, t, s = model.stumps_[0]
        check_equal((int(j), int(s)), (0, 1), "stump (feature, polarity)")
        check_close(float(t), 1.5, ATOL, RTOL, "stump threshold")
        model = AdaBoostStumps(n_estimators=1).fit(X[:, ::-1], y)
        check_close(float(model.stumps_[0][1]), 25.0, ATOL, RTOL, "threshold with the columns swapped")

    def test_no_rounds(self):
        """n_estimators=0 gives no stumps, zero scores and +1 predictions"""
        model = AdaBoostStumps(n_estimators=0).fit(np.array([[0.0], [1.0]]), np.array([-1, 1]))
        check_equal(len(model.stumps_), 0, "number of stumps")
        check_shape(model.alphas_, (0,), "alphas_")
        check_close(model.decision_function(np.array([[0.0], [1.0], [2.0]])), [0.0, 0.0, 0.0], ATOL, RTOL, "scores")
        check_equal(np.asarray(model.predict(np.array([[0.0]]))), np.array([1]), "prediction")

    def test_constant_feature_is_skipped(self):
        """A constant feature offers no stump; the informative feature is used"""
        X = np.array([[5.0, 0.0], [5.0, 1.0], [5.0, 2.0], [5.0, 3.0]])
        y = np.array([1, 1, -1, -1])
        model = AdaBoostStumps(n_estimators=1).fit(X, y)
        j, t, s = model.stumps_[0]
        check_equal((int(j), int(s)), (1, -1), "stump (feature, polarity)")
        check_close(float(t), 1.5, ATOL, RTOL, "stump threshold")

    def test_predict_values_and_inputs_unchanged(self):
        """predict returns +1/-1 consistent with decision_function; inputs are not modified"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(25, 2))
        y = np.where(X[:, 0] > 0.2, 1, -1)
        Xc, yc = X.copy(), y.copy()
        model = AdaBoostStumps(n_estimators=5).fit(X, y)
        Q = rng.normal(size=(10, 2))
        pred = np.asarray(model.predict(Q))
        check_shape(pred, (10,), "predictions")
        check(set(pred.tolist()) <= {-1, 1}, "predictions must be -1 or +1", "{-1, +1}", pred)
        check_equal(pred, np.where(np.asarray(model.decision_function(Q)) >= 0, 1, -1), "predictions vs scores")
        check_equal(X, Xc, "X after fit")
        check_equal(y, yc, "y after fit")


class GapTests(unittest.TestCase):
    def test_list_inputs(self):
        """fit, decision_function and predict accept plain Python lists"""
        X = [[1.0], [2.0], [3.0], [4.0], [5.0]]
        y = [1, 1, -1, -1, 1]
        model = AdaBoostStumps(n_estimators=3).fit(X, y)
        check_equal([tuple(s) for s in model.stumps_], [(0, 2.5, -1), (0, 4.5, 1), (0, 2.5, -1)], "stumps_ fitted on lists")
        check_equal(np.asarray(model.predict(X)), np.array([1, 1, -1, -1, -1]), "predict on a list")

    def test_predictions_are_integers(self):
        """predict returns an integer array, not floats"""
        rng = np.random.default_rng(8)
        X = rng.normal(size=(20, 2))
        y = np.where(X[:, 1] > 0, 1, -1)
        pred = AdaBoostStumps(n_estimators=4).fit(X, y).predict(X)
        check(isinstance(pred, np.ndarray) and pred.dtype.kind in "iu", "predict must return an integer array", "integer dtype",
              getattr(pred, "dtype", type(pred).__name__))


if __name__ == "__main__":
    unittest.main()
