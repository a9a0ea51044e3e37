import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import perceptron


def _slow_perceptron(X, y, epochs):
    """The README's rule written with plain Python lists."""
    d = len(X[0])
    w, b = [0.0] * d, 0.0
    for _ in range(epochs):
        for xi, yi in zip(X, y):
            if yi * (sum(a * c for a, c in zip(w, xi)) + b) <= 0:
                w = [a + yi * c for a, c in zip(w, xi)]
                b += yi
    return w, b


class HiddenTests(unittest.TestCase):
    def test_zero_epochs(self):
        """epochs=0 returns the zero initialization"""
        w, b = perceptron(np.ones((3, 4)), np.array([1, -1, 1]), epochs=0)
        check_shape(w, (4,), "w")
        check_close(w, np.zeros(4), 0, 0, "w")
        check_close(b, 0.0, 0, 0, "b")

    def test_first_point_always_updates(self):
        """At w = 0, b = 0 the first point has score 0 and is updated: w = y0 * x0, b = y0"""
        w, b = perceptron(np.array([[1.5, -2.0, 0.5]]), np.array([-1]), epochs=1)
        check_close(w, [-1.5, 2.0, -0.5], 0, 0, "w")
        check_close(b, -1.0, 0, 0, "b")

    def test_matches_step_by_step_on_random_data(self):
        """On non-separable random data, 7 epochs match a step-by-step loop"""
        rng = np.random.default_rng(0)
        X = np.round(rng.normal(size=(25, 3)), 2)
        y = np.where(rng.uniform(size=25) < 0.5, -1, 1)
        w_exp, b_exp = _slow_perceptron(X.tolist(), y.tolist(), 7)
        w, b = perceptron(X, y, epochs=7)
        check_close(w, w_exp, 1e-9, 1e-9, "w after 7 epochs")
        check_close(b, b_exp, 1e-9, 1e-9, "b after 7 epochs")

    def test_separable_data_learned(self):
        """Separable data with an offset boundary is classified perfectly after enough epochs"""
        rng = np.random.default_rng(1)
        X = rng.uniform(-5, 5, size=(60, 2))
        score = X[:, 0] + 2 * X[:, 1] - 3
        keep = np.abs(score) > 1.0
        X, y = X[keep], np.where(score[keep] > 0, 1, -1)
        w, b = perceptron(X, y, epochs=200)
        margins = y * (X @ np.asarray(w) + b)
        check(np.all(margins > 0), "every point must be strictly on the correct side", "all margins > 0", margins.min())

    def test_needs_bias(self):
        """Points all on one side of the origin (1-D) need a bias: x > 2.5 is positive"""
        X = np.array([[1.0], [2.0], [3.0], [4.0]])
        y = np.array([-1, -1, 1, 1])
        w, b = perceptron(X, y, epochs=100)
        margins = y * (X[:, 0] * np.asarray(w)[0] + b)
        check(np.all(margins > 0), "all four points must be classified correctly", "all margins > 0", margins)

    def test_order_is_respected(self):
        """Visiting the points in reverse order gives a different, hand-checked result"""
        X = np.array([[2.0, 0.0], [3.0, 2.0], [-3.0, -3.0], [1.0, 0.0]])
        y = np.array([-1, -1, 1, 1])
        w, b = perceptron(X, y, epochs=1)
        # point 0 updates (score 0): w=[-2,0], b=-1; points 1 and 2 are correct; point 3: -2-1 < 0 updates
        check_close(w, [-1.0, 0.0], 0, 0, "w after 1 epoch")
        check_close(b, 0.0, 0, 0, "b after 1 epoch")

    def test_integer_inputs(self):
        """Integer arrays are accepted and the result is a float array"""
        w, b = perceptron(np.array([[1, 0], [-3, -3], [3, 2], [2, 0]]), np.array([1, 1, -1, -1]), epochs=1)
        check(np.asarray(w).dtype.kind == "f", "w must be a float array", "float dtype", np.asarray(w).dtype)
        check_close(w, [-2.0, -3.0], 0, 0, "w after 1 epoch")
        check_close(b, 2.0, 0, 0, "b after 1 epoch")

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        X = np.array([[1.0, 2.0], [3.0, -5.0], [0.0, 1.0]])
        y = np.array([1, -1, 1])
        X0, y0 = X.copy(), y.copy()
        perceptron(X, y, epochs=3)
        check_close(X, X0, 0, 0, "X after the call")
        check_close(y, y0, 0, 0, "y after the call")


if __name__ == "__main__":
    unittest.main()
