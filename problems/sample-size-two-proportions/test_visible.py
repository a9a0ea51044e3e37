import unittest

from mlreps_check import check, check_equal
from solution import sample_size_two_proportions


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """10% vs 12% at alpha 0.05 needs 3841 users per arm for 80% power, 5142 for 90%"""
        check_equal(sample_size_two_proportions(0.10, 0.12), 3841, "sample_size_two_proportions(0.10, 0.12)")
        check_equal(sample_size_two_proportions(0.10, 0.12, power=0.9), 5142,
                    "sample_size_two_proportions(0.10, 0.12, power=0.9)")

    def test_order_of_rates_does_not_matter(self):
        """Swapping p1 and p2 gives the same sample size"""
        a = sample_size_two_proportions(0.30, 0.20)
        b = sample_size_two_proportions(0.20, 0.30)
        check_equal(a, b, "sample size with the rates swapped")

    def test_returns_int_and_rejects_equal_rates(self):
        """The result is a Python int; p1 == p2 raises ValueError"""
        n = sample_size_two_proportions(0.5, 0.6)
        check(isinstance(n, int), "the result must be a Python int", "int", type(n).__name__)
        with self.assertRaises(ValueError):
            sample_size_two_proportions(0.4, 0.4)


if __name__ == "__main__":
    unittest.main()
