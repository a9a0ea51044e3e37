import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import pca

ATOL, RTOL = 1e-8, 1e-6
R = 1.0 / math.sqrt(2.0)
X_EX = np.array([[2.0, 2.0], [-2.0, -2.0], [-1.0, 1.0], [1.0, -1.0]]) + np.array([10.0, 5.0])


def _align(components, proj, expected_components):
    """Flip each returned component (and its projection column) to the sign of the expected one."""
    components = np.array(components, dtype=float)
    proj = np.array(proj, dtype=float)
    for i, e in enumerate(np.asarray(expected_components, dtype=float)):
        if np.dot(components[i], e) < 0:
            components[i] *= -1
            proj[:, i] *= -1
    return components, proj


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The worked example's components, variances and projections (any signs)"""
        comps, ev, proj = pca(X_EX, 2)
        check_shape(comps, (2, 2), "components")
        check_shape(ev, (2,), "explained_variance")
        check_shape(proj, (4, 2), "X_proj")
        expected_comps = [[R, R], [R, -R]]
        c, p = _align(comps, proj, expected_comps)
        check_close(c, expected_comps, ATOL, RTOL, "components (sign-aligned)")
        check_close(ev, [16 / 3, 4 / 3], ATOL, RTOL, "explained_variance")
        s = math.sqrt(2.0)
        check_close(p, [[2 * s, 0.0], [-2 * s, 0.0], [0.0, -s], [0.0, s]], ATOL, RTOL, "X_proj (sign-aligned)")

    def test_single_component(self):
        """k=1 returns only the top direction"""
        comps, ev, proj = pca(X_EX, 1)
        check_shape(comps, (1, 2), "components")
        check_shape(proj, (4, 1), "X_proj")
        c, _ = _align(comps, proj, [[R, R]])
        check_close(c, [[R, R]], ATOL, RTOL, "first component (sign-aligned)")
        check_close(ev, [16 / 3], ATOL, RTOL, "explained_variance")

    def test_axis_aligned_data(self):
        """Data stretched along the axes gives the axes as components and ddof=1 variances"""
        X = np.array([[0.0, 3.0], [0.0, -3.0], [1.0, 0.0], [-1.0, 0.0]])
        comps, ev, proj = pca(X, 2)
        c, _ = _align(comps, proj, [[0.0, 1.0], [1.0, 0.0]])
        check_close(c, [[0.0, 1.0], [1.0, 0.0]], ATOL, RTOL, "components (sign-aligned)")
        check_close(ev, [18 / 3, 2 / 3], ATOL, RTOL, "explained_variance")


if __name__ == "__main__":
    unittest.main()
