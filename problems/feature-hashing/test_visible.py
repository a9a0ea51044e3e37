import unittest

import numpy as np

from mlreps_check import check_close
from solution import hash_features


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """Collisions add and opposite signs cancel"""
        got = hash_features([{"city": "Paris", "age": 2.5, "lang": "fr"}, {"city": "Rome", "clicks": 3}], 8)
        expected = np.zeros((2, 8))
        expected[0, 4] = 2.5
        expected[1, 4] = -2.0
        check_close(got, expected, 1e-12, 1e-12, "hash_features(rows, 8)")

    def test_single_known_hash(self):
        """FNV-1a('a') = 0xE40C292C: column 0xE40C292C % 7, sign -1"""
        got = hash_features([{"a": 1.5}], 7)
        expected = np.zeros((1, 7))
        expected[0, 0xE40C292C % 7] = -1.5
        check_close(got, expected, 1e-12, 1e-12, "hash_features([{'a': 1.5}], 7)")

    def test_empty_rows(self):
        """Rows without features are zero vectors"""
        got = hash_features([{}, {}], 4)
        check_close(got, np.zeros((2, 4)), 0, 0, "hash_features([{}, {}], 4)")


if __name__ == "__main__":
    unittest.main()
