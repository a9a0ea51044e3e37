import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import pca

ATOL, RTOL = 1e-8, 1e-6


def _align(components, proj, expected_components):
    components = np.array(components, dtype=float)
    proj = np.array(proj, dtype=float)
    for i, e in enumerate(np.asarray(expected_components, dtype=float)):
        if np.dot(components[i], e) < 0:
            components[i] *= -1
            proj[:, i] *= -1
    return components, proj


def _expected(X, k):
    # Eigendecomposition of the ddof=1 covariance built by hand.
    Xc = X - X.mean(axis=0)
    cov = Xc.T @ Xc / (len(X) - 1)
    vals, vecs = np.linalg.eigh(cov)
    order = np.argsort(vals)[::-1][:k]
    comps = vecs[:, order].T
    return comps, vals[order], Xc @ comps.T


def _anisotropic(rng, n, scales):
    d = len(scales)
    q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return (rng.normal(size=(n, d)) * np.asarray(scales)) @ q.T + rng.normal(size=d) * 5


class HiddenTests(unittest.TestCase):
    def test_random_against_eigendecomposition(self):
        """Random anisotropic data matches the covariance eigendecomposition (any signs)"""
        rng = np.random.default_rng(0)
        for trial in range(5):
            X = _anisotropic(rng, 60, [5.0, 3.0, 2.0, 1.0, 0.5])
            for k in (1, 3, 5):
                _orig_X = copy.deepcopy(X)
                _orig_k = copy.deepcopy(k)
                comps, ev, proj = pca(X, k)
                ec, eev, eproj = _expected(_orig_X, _orig_k)
                check_shape(comps, (k, 5), "components")
                c, p = _align(comps, proj, ec)
                check_close(c, ec, ATOL, RTOL, "components (trial %d, k=%d)" % (trial, k))
                check_close(ev, eev, ATOL, RTOL, "explained_variance (trial %d, k=%d)" % (trial, k))
                check_close(p, eproj, ATOL, RTOL, "X_proj (trial %d, k=%d)" % (trial, k))

    def test_orthonormal_rows(self):
        """components @ components.T is the identity"""
        X = _anisotropic(np.random.default_rng(1), 40, [4.0, 3.0, 2.0, 1.0])
        comps, _, _ = pca(X, 3)
        check_close(np.asarray(comps) @ np.asarray(comps).T, np.eye(3), ATOL, RTOL, "components @ components.T")

    def test_projection_consistent_with_components(self):
        """X_proj equals the centered data times components.T, and its column variances equal explained_variance"""
        X = _anisotropic(np.random.default_rng(2), 50, [3.0, 2.0, 1.0])
        comps, ev, proj = pca(X, 2)
        Xc = X - X.mean(axis=0)
        check_close(proj, Xc @ np.asarray(comps).T, ATOL, RTOL, "X_proj vs centered X @ components.T")
        check_close(np.var(np.asarray(proj), axis=0, ddof=1), ev, ATOL, RTOL, "sample variance of X_proj columns")

    def test_full_rank_reconstruction(self):
        """With k = d, X_proj @ components + mean reconstructs X"""
        X = _anisotropic(np.random.default_rng(3), 20, [2.0, 1.5, 1.0, 0.3])
        comps, ev, proj = pca(X, 4)
        check_close(np.asarray(proj) @ np.asarray(comps) + X.mean(axis=0), X, 1e-8, 1e-8, "reconstruction")
        ev = np.asarray(ev)
        check(np.all(np.diff(ev) <= 0), "explained_variance must be decreasing", "decreasing", ev)

    def test_centering_and_shift_invariance(self):
        """Shifting the data by a large constant changes neither components nor variances"""
        X = _anisotropic(np.random.default_rng(4), 30, [3.0, 1.0, 0.2])
        c1, e1, p1 = pca(X, 2)
        c2, e2, p2 = pca(X + 1000.0, 2)
        c2, p2 = _align(c2, p2, c1)
        check_close(c2, c1, 1e-7, 1e-6, "components after shifting")
        check_close(e2, e1, 1e-7, 1e-6, "explained_variance after shifting")
        check_close(p2, p1, 1e-7, 1e-6, "X_proj after shifting")

    def test_wide_data(self):
        """More features than samples (n=6, d=10) works with k up to n-1"""
        rng = np.random.default_rng(5)
        X = rng.normal(size=(6, 10)) * np.linspace(3, 0.5, 10)
        _orig_X = copy.deepcopy(X)
        comps, ev, proj = pca(X, 4)
        ec, eev, eproj = _expected(_orig_X, 4)
        c, p = _align(comps, proj, ec)
        check_close(c, ec, 1e-7, 1e-6, "components")
        check_close(ev, eev, ATOL, RTOL, "explained_variance")
        check_close(p, eproj, 1e-7, 1e-6, "X_proj")

    def test_input_unchanged(self):
        """X is not modified (centering must not happen in place)"""
        X = _anisotropic(np.random.default_rng(6), 10, [2.0, 1.0])
        Xc = X.copy()
        pca(X, 1)
        check_equal(X, Xc, "X after the call")


class GapTests(unittest.TestCase):
    def test_large_means(self):
        """Columns with means near 1e6 and spreads near 1 give the same variances as centred data"""
        base = _anisotropic(np.random.default_rng(9), 40, [3.0, 1.0, 0.3])
        base = base - base.mean(axis=0)
        X = base + np.array([1e6, -2e6, 3e6])
        _, e_base, _ = _expected(base, 2)
        _, got, _ = pca(X, 2)
        check_close(got, e_base, 1e-7, 1e-6, "explained_variance of data with means near 1e6")


if __name__ == "__main__":
    unittest.main()
