import copy
import itertools
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import gmm_em

ATOL, RTOL = 1e-8, 1e-6


def _lse(values):
    m = max(values)
    return m + math.log(sum(math.exp(v - m) for v in values))


def _slow_gmm(X, means, variances, weights, n_iter, reg):
    # Plain-Python transcription of the README procedure.
    X = [list(map(float, r)) for r in X]
    means = [list(map(float, r)) for r in means]
    variances = [list(map(float, r)) for r in variances]
    weights = [float(w) for w in weights]
    n, k, d = len(X), len(means), len(X[0])

    def e_step():
        resp, total = [], 0.0
        for x in X:
            a = []
            for j in range(k):
                s = math.log(weights[j])
                for t in range(d):
                    s += -0.5 * (math.log(2 * math.pi * variances[j][t]) + (x[t] - means[j][t]) ** 2 / variances[j][t])
                a.append(s)
            z = _lse(a)
            total += z
            resp.append([math.exp(v - z) for v in a])
        return resp, total

    resp, ll = e_step()
    trace = [ll]
    for _ in range(n_iter):
        nk = [sum(resp[i][j] for i in range(n)) for j in range(k)]
        weights = [nk[j] / n for j in range(k)]
        means = [[sum(resp[i][j] * X[i][t] for i in range(n)) / nk[j] for t in range(d)] for j in range(k)]
        variances = [[sum(resp[i][j] * (X[i][t] - means[j][t]) ** 2 for i in range(n)) / nk[j] + reg
                      for t in range(d)] for j in range(k)]
        resp, ll = e_step()
        trace.append(ll)
    return np.array(weights), np.array(means), np.array(variances), np.array(resp), np.array(trace)


class HiddenTests(unittest.TestCase):
    def test_matches_slow_transcription(self):
        """Random 2-D data and parameters match a plain-Python transcription for several n_iter"""
        rng = np.random.default_rng(1)
        X = np.vstack([rng.normal([0.0, 0.0], 1.0, size=(15, 2)), rng.normal([3.0, 2.0], [0.5, 2.0], size=(15, 2))])
        means = rng.normal(size=(3, 2)) * 2
        variances = rng.uniform(0.5, 2.0, size=(3, 2))
        weights = np.array([0.5, 0.3, 0.2])
        for n_iter in (0, 1, 5, 25):
            _orig_X = copy.deepcopy(X)
            _orig_means = copy.deepcopy(means)
            _orig_variances = copy.deepcopy(variances)
            _orig_weights = copy.deepcopy(weights)
            _orig_n_iter = copy.deepcopy(n_iter)
            got = gmm_em(X, means, variances, weights, n_iter, reg_covar=1e-3)
            exp = _slow_gmm(_orig_X, _orig_means, _orig_variances, _orig_weights, _orig_n_iter, 1e-3)
            for name, g, e in zip(("weights", "means", "variances", "resp", "log_likelihoods"), got, exp):
                check_close(np.asarray(g, dtype=float), e, ATOL, RTOL, "%s after %d iterations" % (name, n_iter))

    def test_far_points_stay_finite(self):
        """Points 1000 away from both components: responsibilities are sigmoid(2x), no nan"""
        xs = [-1000.0, -40.0, -0.3, 0.0, 0.7, 40.0, 1000.0]
        X = np.array(xs)[:, None]
        w, mu, var, resp, ll = gmm_em(X, np.array([[-1.0], [1.0]]), np.array([[1.0], [1.0]]),
                                      np.array([0.5, 0.5]), 0)
        # log N(x|1,1) - log N(x|-1,1) = 2x, so r_1 = 1 / (1 + exp(-2x)).
        r1 = [1.0 / (1.0 + math.exp(-2 * x)) if x >= 0 else math.exp(2 * x) / (1.0 + math.exp(2 * x)) for x in xs]
        resp = np.asarray(resp, dtype=float)
        check(np.all(np.isfinite(resp)), "responsibilities must be finite", "finite values", resp)
        check_close(resp[:, 1], r1, ATOL, RTOL, "responsibilities of component 1")
        check_close(resp[:, 0], [1.0 - r for r in r1], ATOL, RTOL, "responsibilities of component 0")
        l0 = sum(_lse([math.log(0.5) - 0.5 * math.log(2 * math.pi) - (x - m) ** 2 / 2 for m in (-1.0, 1.0)])
                 for x in xs)
        check_close(np.asarray(ll, dtype=float), [l0], ATOL, RTOL, "log-likelihood trace for n_iter=0")

    def test_recovers_well_separated_clusters(self):
        """Three far-apart blobs: components match the per-blob fraction, mean and variance (any labelling)"""
        rng = np.random.default_rng(2)
        centers = np.array([[0.0, 0.0], [30.0, 0.0], [0.0, 30.0]])
        sizes = [60, 120, 180]
        blobs = [c + rng.normal(size=(s, 2)) * [1.0, 2.0] for c, s in zip(centers, sizes)]
        X = np.vstack(blobs)
        truth = np.repeat(np.arange(3), sizes)
        init_means = np.array([[28.0, 3.0], [2.0, 27.0], [-3.0, 1.0]])   # deliberately not in blob order
        w, mu, var, resp, ll = gmm_em(X, init_means, np.full((3, 2), 4.0), np.full(3, 1.0 / 3.0), 60, reg_covar=1e-6)
        mu = np.asarray(mu)
        best = min(itertools.permutations(range(3)),
                   key=lambda p: sum(np.sum((mu[p[b]] - centers[b]) ** 2) for b in range(3)))
        for b, blob in enumerate(blobs):
            j = best[b]
            check_close(w[j], len(blob) / len(X), 1e-6, 1e-6, "weight of the component for blob %d" % b)
            check_close(mu[j], blob.mean(axis=0), 1e-6, 1e-6, "mean of the component for blob %d" % b)
            check_close(np.asarray(var)[j], blob.var(axis=0) + 1e-6, 1e-6, 1e-6,
                        "variance of the component for blob %d" % b)
        labels = np.argmax(np.asarray(resp), axis=1)
        check_equal(labels, np.array(best)[truth], "hard assignments (mapped to the matched components)")

    def test_zero_iterations_returns_initial_parameters(self):
        """n_iter=0: the initial parameters come back, with a one-entry trace, and inputs are unchanged"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(7, 3))
        means, variances, weights = rng.normal(size=(2, 3)), rng.uniform(0.5, 1.5, size=(2, 3)), np.array([0.4, 0.6])
        copies = [a.copy() for a in (X, means, variances, weights)]
        w, mu, var, resp, ll = gmm_em(X, means, variances, weights, 0)
        check_close(w, weights, 0, 0, "weights")
        check_close(mu, means, 0, 0, "means")
        check_close(var, variances, 0, 0, "variances")
        check_shape(resp, (7, 2), "responsibilities")
        check_shape(np.asarray(ll, dtype=float), (1,), "log-likelihood trace")
        gmm_em(X, means, variances, weights, 3)
        for name, a, c in zip(("X", "means", "variances", "weights"), (X, means, variances, weights), copies):
            check_equal(a, c, name + " after the calls")

    def test_symmetric_start_stays_put(self):
        """Two identical components on symmetric data keep weight 1/2, mean 0 and variance 1 + reg_covar"""
        X = np.array([[-1.0], [1.0]])
        w, mu, var, resp, ll = gmm_em(X, np.array([[0.0], [0.0]]), np.array([[3.0], [3.0]]),
                                      np.array([0.5, 0.5]), 4, reg_covar=1e-4)
        check_close(w, [0.5, 0.5], ATOL, RTOL, "weights")
        check_close(mu, [[0.0], [0.0]], ATOL, RTOL, "means")
        check_close(var, [[1.0001], [1.0001]], ATOL, RTOL, "variances")
        check_close(resp, np.full((2, 2), 0.5), ATOL, RTOL, "responsibilities")
        l_end = 2 * (-0.5 * (math.log(2 * math.pi * 1.0001) + 1.0 / 1.0001))
        check_close(float(np.asarray(ll, dtype=float)[-1]), l_end, ATOL, RTOL, "final log-likelihood")

    def test_isolated_point_gets_reg_covar_variance(self):
        """A component that owns a single point gets variance exactly reg_covar and weight 1/n"""
        X = np.array([[-1.0], [1.0], [50.0]])
        w, mu, var, resp, ll = gmm_em(X, np.array([[0.0], [50.0]]), np.array([[1.0], [1.0]]),
                                      np.array([0.5, 0.5]), 3, reg_covar=1e-3)
        check_close(w, [2.0 / 3.0, 1.0 / 3.0], ATOL, RTOL, "weights")
        check_close(mu, [[0.0], [50.0]], ATOL, RTOL, "means")
        check_close(var, [[1.001], [1e-3]], ATOL, RTOL, "variances")
        check_close(resp, [[1, 0], [1, 0], [0, 1]], ATOL, RTOL, "responsibilities")

    def test_relabelled_start_gives_relabelled_result(self):
        """Permuting the initial components permutes every output the same way"""
        rng = np.random.default_rng(4)
        X = rng.normal(size=(30, 2)) * [1.0, 3.0]
        means, variances = rng.normal(size=(3, 2)), rng.uniform(0.5, 2.0, size=(3, 2))
        weights = np.array([0.2, 0.5, 0.3])
        p = [2, 0, 1]
        a = gmm_em(X, means, variances, weights, 10)
        b = gmm_em(X, means[p], variances[p], weights[p], 10)
        check_close(b[0], np.asarray(a[0])[p], ATOL, RTOL, "weights")
        check_close(b[1], np.asarray(a[1])[p], ATOL, RTOL, "means")
        check_close(b[2], np.asarray(a[2])[p], ATOL, RTOL, "variances")
        check_close(b[3], np.asarray(a[3])[:, p], ATOL, RTOL, "responsibilities")
        check_close(np.asarray(b[4], dtype=float), np.asarray(a[4], dtype=float), ATOL, RTOL, "log-likelihood trace")

    def test_monotone_in_higher_dimension(self):
        """Five-dimensional overlapping data, four components, reg_covar=0: the trace never decreases"""
        rng = np.random.default_rng(5)
        X = rng.standard_t(df=5, size=(120, 5))
        means = X[[0, 30, 60, 90]].copy()
        w, mu, var, resp, ll = gmm_em(X, means, np.ones((4, 5)), np.full(4, 0.25), 30, reg_covar=0.0)
        ll = np.asarray(ll, dtype=float)
        check_shape(ll, (31,), "log-likelihood trace")
        check(np.all(np.isfinite(ll)), "log-likelihoods must be finite", "finite values", ll)
        drops = ll[:-1] - ll[1:]
        worst = int(np.argmax(drops))
        check(drops[worst] <= 1e-9 * (1.0 + abs(ll[worst])),
              "the log-likelihood decreased from iteration %d to %d" % (worst, worst + 1),
              "a non-decreasing trace", ll)
        check_close(float(np.sum(w)), 1.0, ATOL, RTOL, "sum of the weights")


class GapTests(unittest.TestCase):
    def test_data_with_large_offset(self):
        """Points near 1e6 with spread near 1: the M-step variances are as accurate as for centred data"""
        rng = np.random.default_rng(13)
        X = np.concatenate([rng.normal(0.0, 1.0, size=(20, 2)), rng.normal(6.0, 1.5, size=(20, 2))]) + 1e6
        means = np.array([[1e6 + 1.0, 1e6 + 1.0], [1e6 + 5.0, 1e6 + 5.0]])
        variances = np.ones((2, 2))
        weights = np.array([0.5, 0.5])
        expected = _slow_gmm(X.copy(), means.copy(), variances.copy(), weights.copy(), 3, 1e-6)
        w, mu, var, resp, ll = gmm_em(X, means, variances, weights, 3)
        check_close(var, expected[2], ATOL, RTOL, "variances for data near 1e6")
        check_close(mu, expected[1], 1e-6, 1e-12, "means for data near 1e6")


if __name__ == "__main__":
    unittest.main()
