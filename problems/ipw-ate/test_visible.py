import unittest

from mlreps_check import check, check_close
from solution import ipw_ate

ATOL, RTOL = 1e-6, 1e-9
Y, T, E = [3, 1, 4, 2], [1, 0, 1, 0], [0.5, 0.25, 0.8, 0.5]


class VisibleTests(unittest.TestCase):
    def test_horvitz_thompson(self):
        """Four units: HT = (6 + 5)/4 - (4/3 + 4)/4 = 17/12"""
        got = ipw_ate(Y, T, E)
        check(isinstance(got, float), "ipw_ate must return a Python float", "float", type(got).__name__)
        check_close(got, 17 / 12, ATOL, RTOL, "ipw_ate(y, T, e)")

    def test_hajek(self):
        """The same units, normalised: 11/3.25 - (16/3)/(10/3) = 1.78462"""
        check_close(ipw_ate(Y, T, E, normalized=True), 11 / 3.25 - 1.6, ATOL, RTOL, "ipw_ate(y, T, e, normalized=True)")

    def test_clipping(self):
        """A propensity of 0.999 with clip = 0.01 is used as 0.99"""
        expected = (6 + 4 / 0.99) / 4 - (4 / 3 + 4) / 4
        check_close(ipw_ate(Y, T, [0.5, 0.25, 0.999, 0.5], clip=0.01), expected, ATOL, RTOL, "ipw_ate with clip = 0.01")


if __name__ == "__main__":
    unittest.main()
