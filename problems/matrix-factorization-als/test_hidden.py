import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import als

ATOL, RTOL = 1e-8, 1e-6


def _ridge_row(F, r, lam):
    # argmin_x sum_t (r_t - F_t . x)^2 + lam ||x||^2 via the normal equations built entry by entry.
    k = F.shape[1]
    A = np.eye(k) * lam
    b = np.zeros(k)
    for t in range(F.shape[0]):
        for p in range(k):
            b[p] += F[t, p] * r[t]
            for q in range(k):
                A[p, q] += F[t, p] * F[t, q]
    return np.linalg.solve(A, b)


def _slow_als(R, M, U0, V0, lam, n_sweeps):
    U, V = U0.astype(float).copy(), V0.astype(float).copy()
    m, n = M.shape

    def record():
        sse = sum((R[i, j] - U[i] @ V[j]) ** 2 for i in range(m) for j in range(n) if M[i, j])
        return np.sqrt(sse / M.sum()), sse + lam * (np.sum(U ** 2) + np.sum(V ** 2))

    rm, lo = record()
    rmse, loss = [rm], [lo]
    for _ in range(n_sweeps):
        for i in range(m):
            cols = [j for j in range(n) if M[i, j]]
            U[i] = _ridge_row(V[cols], R[i, cols], lam)
        for j in range(n):
            rows = [i for i in range(m) if M[i, j]]
            V[j] = _ridge_row(U[rows], R[rows, j], lam)
        rm, lo = record()
        rmse.append(rm)
        loss.append(lo)
    return U, V, np.array(rmse), np.array(loss)


def _problem(seed, m=8, n=6, k=2, density=0.6):
    rng = np.random.default_rng(seed)
    R = rng.normal(size=(m, k)) @ rng.normal(size=(k, n)) + 0.3 * rng.normal(size=(m, n))
    M = rng.random((m, n)) < density
    return R, M, rng.normal(size=(m, k)), rng.normal(size=(n, k))


class HiddenTests(unittest.TestCase):
    def test_matches_slow_transcription(self):
        """Random masked problems match a loop-by-loop transcription for several sweep counts"""
        for seed in (10, 11):
            R, M, U0, V0 = _problem(seed)
            for n_sweeps in (1, 2, 7):
                _orig_R = copy.deepcopy(R)
                _orig_M = copy.deepcopy(M)
                _orig_U0 = copy.deepcopy(U0)
                _orig_V0 = copy.deepcopy(V0)
                _orig_n_sweeps = copy.deepcopy(n_sweeps)
                U, V, rmse, loss = als(R, M, U0, V0, 0.3, n_sweeps)
                eU, eV, ermse, eloss = _slow_als(_orig_R, _orig_M, _orig_U0, _orig_V0, 0.3, _orig_n_sweeps)
                what = " (seed %d, %d sweeps)" % (seed, n_sweeps)
                check_close(U, eU, ATOL, RTOL, "U" + what)
                check_close(V, eV, ATOL, RTOL, "V" + what)
                check_close(np.asarray(rmse, dtype=float), ermse, ATOL, RTOL, "rmse_trace" + what)
                check_close(np.asarray(loss, dtype=float), eloss, ATOL, RTOL, "loss_trace" + what)

    def test_final_item_rows_are_optimal(self):
        """After the last sweep, the gradient of J with respect to every item row is ~0"""
        R, M, U0, V0 = _problem(12, m=10, n=7, k=3)
        lam = 0.2
        U, V, rmse, loss = als(R, M, U0, V0, lam, 4)
        U, V = np.asarray(U), np.asarray(V)
        E = np.where(M, R - U @ V.T, 0.0)
        grad_V = -2 * E.T @ U + 2 * lam * V
        check_close(grad_V, np.zeros_like(V), 1e-7, 0, "dJ/dV at the returned factors")

    def test_user_rows_optimal_for_previous_items(self):
        """The user rows of sweep s are the ridge solutions for the item rows of sweep s-1"""
        R, M, U0, V0 = _problem(13, m=9, n=8, k=2)
        lam = 0.7
        _, V_prev, _, _ = als(R, M, U0, V0, lam, 2)
        U, _, _, _ = als(R, M, U0, V0, lam, 3)
        U, V_prev = np.asarray(U), np.asarray(V_prev)
        E = np.where(M, R - U @ V_prev.T, 0.0)
        grad_U = -2 * E @ V_prev + 2 * lam * U
        check_close(grad_U, np.zeros_like(U), 1e-7, 0, "dJ/dU of sweep 3 against V of sweep 2")

    def test_unobserved_entries_are_ignored(self):
        """Huge values in unobserved entries change nothing"""
        R, M, U0, V0 = _problem(14)
        R_noise = np.where(M, R, 1e6)
        R_zero = np.where(M, R, 0.0)
        a = als(R_noise, M, U0, V0, 0.4, 5)
        b = als(R_zero, M, U0, V0, 0.4, 5)
        check_close(a[0], b[0], ATOL, RTOL, "U")
        check_close(a[1], b[1], ATOL, RTOL, "V")
        check_close(np.asarray(a[2], dtype=float), np.asarray(b[2], dtype=float), ATOL, RTOL, "rmse_trace")
        check_close(np.asarray(a[3], dtype=float), np.asarray(b[3], dtype=float), ATOL, RTOL, "loss_trace")

    def test_zero_sweeps(self):
        """n_sweeps=0 returns the initial factors and one-entry traces; inputs are unchanged"""
        R, M, U0, V0 = _problem(15)
        copies = [a.copy() for a in (R, M, U0, V0)]
        U, V, rmse, loss = als(R, M, U0, V0, 0.5, 0)
        check_close(U, U0, 0, 0, "U")
        check_close(V, V0, 0, 0, "V")
        E = np.where(M, R - U0 @ V0.T, 0.0)
        sse = float(np.sum(E ** 2))
        check_close(np.asarray(rmse, dtype=float), [np.sqrt(sse / M.sum())], ATOL, RTOL, "rmse_trace")
        check_close(np.asarray(loss, dtype=float), [sse + 0.5 * (np.sum(U0 ** 2) + np.sum(V0 ** 2))], ATOL, RTOL,
                    "loss_trace")
        als(R, M, U0, V0, 0.5, 3)
        for name, a, c in zip(("R", "mask", "U0", "V0"), (R, M, U0, V0), copies):
            check_equal(a, c, name + " after the calls")

    def test_rows_without_ratings_become_zero(self):
        """A user and an item with no observed entries end up as zero rows"""
        R, M, U0, V0 = _problem(16, m=6, n=5, k=2, density=0.8)
        M = M.copy()
        M[2, :] = False
        M[:, 4] = False
        U, V, rmse, loss = als(R, M, U0, V0, 0.1, 3)
        check_close(np.asarray(U)[2], [0.0, 0.0], ATOL, RTOL, "factor of the user with no ratings")
        check_close(np.asarray(V)[4], [0.0, 0.0], ATOL, RTOL, "factor of the item with no ratings")
        check(np.all(np.isfinite(np.asarray(U))) and np.all(np.isfinite(np.asarray(V))), "factors must be finite",
              "finite values", (U, V))

    def test_traces_consistent_with_returned_factors(self):
        """The last trace entries are the RMSE and objective of the returned factors"""
        R, M, U0, V0 = _problem(17, m=11, n=7, k=3, density=0.5)
        lam = 1.5
        U, V, rmse, loss = als(R, M, U0, V0, lam, 6)
        U, V = np.asarray(U), np.asarray(V)
        E = np.where(M, R - U @ V.T, 0.0)
        sse = float(np.sum(E ** 2))
        check_shape(np.asarray(rmse, dtype=float), (7,), "rmse_trace")
        check_close(float(np.asarray(rmse, dtype=float)[-1]), np.sqrt(sse / M.sum()), ATOL, RTOL, "final RMSE")
        check_close(float(np.asarray(loss, dtype=float)[-1]), sse + lam * (np.sum(U ** 2) + np.sum(V ** 2)), ATOL,
                    RTOL, "final objective")

    def test_tiny_lambda_rmse_non_increasing(self):
        """With a tiny lam on noisy masked data, the RMSE trace is non-increasing too"""
        R, M, U0, V0 = _problem(18, m=15, n=12, k=3, density=0.7)
        U, V, rmse, loss = als(R, M, U0, V0, 1e-8, 20)
        rmse = np.asarray(rmse, dtype=float)
        rises = rmse[1:] - rmse[:-1]
        worst = int(np.argmax(rises))
        check(rises[worst] <= 1e-9 * (1.0 + rmse[worst]), "the RMSE increased in sweep %d" % (worst + 1),
              "a non-increasing rmse_trace", rmse)


if __name__ == "__main__":
    unittest.main()
