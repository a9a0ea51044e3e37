import math
import unittest

from mlreps_check import check, check_close, check_equal
from solution import newton_root


class HiddenTests(unittest.TestCase):
    def test_max_iter_boundary(self):
        """sqrt(2) needs 5 updates: max_iter = 5 succeeds, max_iter = 4 raises RuntimeError"""
        root, steps = newton_root(lambda x: x * x - 2, lambda x: 2 * x, 1.0, max_iter=5)
        check_equal(steps, 5, "steps with max_iter = 5")
        with self.assertRaises(RuntimeError, msg="max_iter = 4 is one update short and must raise RuntimeError"):
            newton_root(lambda x: x * x - 2, lambda x: 2 * x, 1.0, max_iter=4)

    def test_already_a_root(self):
        """f(x0) = 0 returns x0 as a float with 0 steps, even where df(x0) = 0"""
        root, steps = newton_root(lambda x: x * x, lambda x: 2 * x, 0)
        check(isinstance(root, float), "root must be a Python float", "float", type(root).__name__)
        check_equal(root, 0.0, "root")
        check_equal(steps, 0, "steps when x0 is a root")

    def test_tolerance_is_inclusive(self):
        """|f(x)| equal to tol stops: f(x) = x - 1 from x0 = 1.5 with tol = 0.5 returns (1.5, 0)"""
        root, steps = newton_root(lambda x: x - 1.0, lambda x: 1.0, 1.5, tol=0.5)
        check_close(root, 1.5, 0.0, 0.0, "root")
        check_equal(steps, 0, "steps")
        root, steps = newton_root(lambda x: 2.0 * x - 3.0, lambda x: 2.0, 0.5, tol=0.0)
        check_close(root, 1.5, 0.0, 0.0, "root of 2x - 3 with tol = 0")
        check_equal(steps, 1, "steps with tol = 0")

    def test_non_finite_derivative_raises_at_once(self):
        """A derivative of inf or nan raises RuntimeError at that iterate, without more calls to f"""
        for bad in (math.inf, math.nan):
            calls = []

            def f(x):
                calls.append(x)
                return x * x - 2.0

            with self.assertRaises(RuntimeError, msg="df = %r" % bad):
                newton_root(f, lambda x: bad, 3.0)
            check_equal(len(calls), 1, "calls to f before the RuntimeError (df = %r)" % bad)

    def test_zero_derivative_raises(self):
        """x^2 - 1 from x0 = 0 has a zero derivative: RuntimeError, not ZeroDivisionError"""
        with self.assertRaises(RuntimeError):
            newton_root(lambda x: x * x - 1, lambda x: 2 * x, 0.0)

    def test_divergence_raises(self):
        """atan(x) from x0 = 3 runs off to infinity: RuntimeError"""
        with self.assertRaises(RuntimeError):
            newton_root(math.atan, lambda x: 1 / (1 + x * x), 3.0)

    def test_double_root_converges_linearly(self):
        """(x - 1)^2 from x0 = 2 halves the error each step: 20 steps to |f| <= 1e-12"""
        root, steps = newton_root(lambda x: (x - 1) ** 2, lambda x: 2 * (x - 1), 2.0)
        check_close(root, 1.0, 1e-6, 0, "double root")
        check_equal(steps, 20, "steps for a double root")

    def test_cubic_roots_randomized(self):
        """(x - r)(x^2 + 1) from x0 = r + 0.5 converges to r for several r"""
        for r in (-7.25, -1.0, 0.3, 2.5, 11.0):
            f = lambda x, r=r: (x - r) * (x * x + 1)
            df = lambda x, r=r: (x * x + 1) + 2 * x * (x - r)
            root, steps = newton_root(f, df, r + 0.5)
            check_close(root, r, 1e-10, 0, "root of (x - %g)(x^2 + 1)" % r)
            check(isinstance(steps, int) and 1 <= steps <= 50, "steps must be an int between 1 and 50", "1..50", steps)

    def test_custom_tolerance(self):
        """A loose tol = 1e-3 stops earlier: x^2 - 2 from 1 needs 3 steps"""
        root, steps = newton_root(lambda x: x * x - 2, lambda x: 2 * x, 1.0, tol=1e-3)
        check_equal(steps, 3, "steps with tol = 1e-3")
        check_close(root, 577 / 408, 1e-12, 0, "third Newton iterate 577/408")


if __name__ == "__main__":
    unittest.main()
