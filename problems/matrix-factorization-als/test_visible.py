import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import als

ATOL, RTOL = 1e-8, 1e-6


class VisibleTests(unittest.TestCase):
    def test_rank_one_single_sweep(self):
        """k=1, one sweep: each row is the scalar ridge solution sum(v*r) / (sum(v^2) + lam)"""
        R = np.array([[5.0, 3.0, 0.0], [4.0, 0.0, 1.0], [1.0, 1.0, 5.0]])
        M = np.array([[True, True, False], [True, False, True], [True, True, True]])
        lam = 0.1
        U, V, rmse, loss = als(R, M, np.ones((3, 1)), np.ones((3, 1)), lam, 1)
        v = np.ones(3)
        u = np.array([sum(v[j] * R[i, j] for j in range(3) if M[i, j]) / (sum(v[j] ** 2 for j in range(3) if M[i, j]) + lam)
                      for i in range(3)])
        v = np.array([sum(u[i] * R[i, j] for i in range(3) if M[i, j]) / (sum(u[i] ** 2 for i in range(3) if M[i, j]) + lam)
                      for j in range(3)])
        check_close(U, u[:, None], ATOL, RTOL, "U after one sweep")
        check_close(V, v[:, None], ATOL, RTOL, "V after one sweep")
        sse = sum((R[i, j] - u[i] * v[j]) ** 2 for i in range(3) for j in range(3) if M[i, j])
        check_close(np.asarray(rmse, dtype=float), [np.sqrt(45.0 / 7), np.sqrt(sse / 7)], ATOL, RTOL, "rmse_trace")
        check_close(np.asarray(loss, dtype=float), [45.6, sse + lam * (np.sum(u ** 2) + np.sum(v ** 2))], ATOL, RTOL,
                    "loss_trace")

    def test_objective_never_increases(self):
        """On random partially observed data the objective trace is non-increasing over 15 sweeps"""
        rng = np.random.default_rng(0)
        m, n, k = 12, 9, 3
        R = rng.normal(size=(m, n)) * 2
        M = rng.random((m, n)) < 0.6
        U, V, rmse, loss = als(R, M, rng.normal(size=(m, k)), rng.normal(size=(n, k)), 0.5, 15)
        loss = np.asarray(loss, dtype=float)
        check_shape(loss, (16,), "loss_trace")
        check_shape(np.asarray(rmse, dtype=float), (16,), "rmse_trace")
        check_shape(U, (m, k), "U")
        check_shape(V, (n, k), "V")
        rises = loss[1:] - loss[:-1]
        worst = int(np.argmax(rises))
        check(rises[worst] <= 1e-9 * (1.0 + abs(loss[worst])), "the objective increased in sweep %d" % (worst + 1),
              "a non-increasing loss_trace", loss)

    def test_recovers_low_rank_matrix(self):
        """A fully observed rank-2 matrix is reproduced by U @ V.T with a tiny lam"""
        rng = np.random.default_rng(1)
        R = rng.normal(size=(7, 2)) @ rng.normal(size=(2, 6))
        U, V, rmse, loss = als(R, np.ones((7, 6), dtype=bool), rng.normal(size=(7, 2)), rng.normal(size=(6, 2)),
                               1e-9, 60)
        check_close(np.asarray(U) @ np.asarray(V).T, R, 1e-5, 0, "U @ V.T")
        check(float(np.asarray(rmse, dtype=float)[-1]) < 1e-5, "the final training RMSE should be ~0", "< 1e-5",
              rmse[-1])


if __name__ == "__main__":
    unittest.main()
