import random
import unittest

from mlreps_check import check, check_equal
from solution import reservoir_sample


class VisibleTests(unittest.TestCase):
    def test_k_at_least_n_returns_everything(self):
        """With k >= n the sample is the whole stream"""
        got = reservoir_sample(["a", "b", "c"], 5, random.Random(0))
        check_equal(sorted(got), ["a", "b", "c"], "sorted sample")

    def test_generator_input(self):
        """A generator works: k distinct items from the stream come back"""
        got = reservoir_sample((i * i for i in range(50)), 7, random.Random(1))
        check_equal(len(got), 7, "sample size")
        check(len(set(got)) == 7, "items must come from distinct positions", "7 distinct values", got)
        check(all(v in {i * i for i in range(50)} for v in got), "items must come from the stream", "squares below 2500", got)

    def test_same_seed_same_sample(self):
        """Two runs with identically seeded generators return the same sample"""
        a = reservoir_sample(range(1000), 10, random.Random(42))
        b = reservoir_sample(range(1000), 10, random.Random(42))
        check_equal(sorted(a), sorted(b), "samples with the same seed")


if __name__ == "__main__":
    unittest.main()
