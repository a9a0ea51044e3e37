import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import fit_ar, forecast_ar

RTOL, ATOL = 1e-6, 1e-9


def _qr_fit(y, p):
    # Least squares through a QR factorisation of a design built row by row.
    y = [float(v) for v in y]
    rows = [[1.0] + [y[t - k] for k in range(1, p + 1)] for t in range(p, len(y))]
    D = np.array(rows)
    Q, R = np.linalg.qr(D)
    coef = np.linalg.solve(R, Q.T @ np.array(y[p:]))
    return coef[0], coef[1:]


def _simulate(rng, c, phi, n, burn=200):
    p = len(phi)
    z = np.zeros(n + burn)
    e = rng.normal(size=n + burn)
    for t in range(p, n + burn):
        z[t] = c + sum(phi[k] * z[t - 1 - k] for k in range(p)) + e[t]
    return z[burn:]


class HiddenTests(unittest.TestCase):
    def test_random_against_qr(self):
        """Random series and orders match a QR least-squares fit"""
        rng = np.random.default_rng(8)
        for trial in range(10):
            p = int(rng.integers(1, 5))
            n = int(rng.integers(2 * p + 1, 80))
            y = rng.normal(10, 3, size=n) + np.cumsum(rng.normal(size=n)) * 0.3
            c, phi = fit_ar(y, p)
            e_c, e_phi = _qr_fit(y, p)
            what = " (trial %d, n=%d, p=%d)" % (trial, n, p)
            check_shape(phi, (p,), "phi" + what)
            check_close(phi, e_phi, 1e-8, 1e-6, "phi" + what)
            check_close(c, e_c, 1e-8, 1e-6, "c" + what)

    def test_recovers_a_known_process(self):
        """4000 steps of y = 1 + 0.6 y[t-1] - 0.3 y[t-2] + noise: estimates within 0.06"""
        rng = np.random.default_rng(3)
        y = _simulate(rng, 1.0, [0.6, -0.3], 4000)
        c, phi = fit_ar(y, 2)
        check_close(phi, [0.6, -0.3], 0.06, 0, "phi for a known AR(2)")
        check_close(c, 1.0, 0.15, 0, "c for a known AR(2)")

    def test_minimum_length_works(self):
        """Exactly 2p + 1 observations are enough and give an exact fit"""
        y = [1.0, 3.0, 2.0, 5.0, 4.0]
        c, phi = fit_ar(y, 2)
        pred = [c + phi[0] * y[t - 1] + phi[1] * y[t - 2] for t in range(2, 5)]
        check_close(pred, y[2:], 1e-8, 1e-8, "fitted values with as many equations as unknowns")

    def test_forecast_converges_to_the_mean(self):
        """A stationary AR forecast far ahead approaches c / (1 - sum(phi))"""
        got = forecast_ar([50.0, -20.0, 7.0], 2.0, [0.5, -0.2, 0.1], 200)
        check_close(np.asarray(got)[-1], 2.0 / (1 - 0.4), 1e-9, 0, "forecast 200 steps ahead")

    def test_forecast_edges(self):
        """horizon=0 gives an empty array; only the last len(phi) values matter"""
        check_shape(forecast_ar([1.0, 2.0], 0.5, [0.3], 0), (0,), "forecast with horizon 0")
        a = forecast_ar([100.0, -7.0, 1.0, 2.0], 0.5, [0.3, 0.1], 4)
        b = forecast_ar([1.0, 2.0], 0.5, [0.3, 0.1], 4)
        check_close(a, b, ATOL, RTOL, "forecasts from a longer history with the same last two values")
        check(np.asarray(a).dtype == np.float64, "forecasts must be float64", "float64", np.asarray(a).dtype)

    def test_invalid_input_raises(self):
        """Constant series, bad orders and horizons, and short histories raise ValueError"""
        cases = {
            "constant series": lambda: fit_ar([5.0] * 12, 1),
            "p = 0": lambda: fit_ar([1.0, 2.0, 3.0, 1.0], 0),
            "float p": lambda: fit_ar([1.0, 2.0, 3.0, 1.0], 1.0),
            "bool p": lambda: fit_ar([1.0, 2.0, 3.0, 1.0], True),
            "2-D series": lambda: fit_ar([[1.0, 2.0, 3.0, 1.0]], 1),
            "negative horizon": lambda: forecast_ar([1.0, 2.0], 0.0, [0.5], -1),
            "history shorter than phi": lambda: forecast_ar([1.0], 0.0, [0.5, 0.1], 2),
            "empty phi": lambda: forecast_ar([1.0, 2.0], 0.0, [], 2),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_inputs_not_modified(self):
        """y and phi are left unchanged"""
        y = np.array([1.0, 3.0, 2.0, 4.0, 3.5, 5.0, 4.0])
        phi = np.array([0.4, 0.2])
        yb, pb = y.copy(), phi.copy()
        fit_ar(y, 2)
        forecast_ar(y, 1.0, phi, 3)
        check(np.array_equal(y, yb) and np.array_equal(phi, pb), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
