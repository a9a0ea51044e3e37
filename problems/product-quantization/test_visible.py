import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import pq_adc_search, pq_decode, pq_encode

BOOKS = np.array([[[0.0, 0.0], [1.0, 1.0]], [[0.0, 0.0], [5.0, 0.0]]])
X = np.array([[0.9, 1.2, 4.0, 0.5], [0.1, 0.0, 1.0, 1.0]])


class VisibleTests(unittest.TestCase):
    def test_encode_example(self):
        """Each sub-vector picks its nearest codeword; codes are uint8"""
        codes = pq_encode(X, BOOKS)
        check_equal(np.asarray(codes), np.array([[1, 1], [0, 0]], dtype=np.uint8), "codes")
        check_equal(np.asarray(codes).dtype, np.dtype(np.uint8), "dtype of codes")

    def test_decode_example(self):
        """Decoding puts the chosen codewords side by side"""
        check_close(pq_decode(np.array([[1, 1], [0, 1]]), BOOKS), [[1.0, 1.0, 5.0, 0.0], [0.0, 0.0, 5.0, 0.0]], 1e-9, 1e-9, "reconstruction")

    def test_adc_example(self):
        """ADC distances from an exact query, padded to k = 3"""
        ids, dists = pq_adc_search(np.array([1.0, 1.0, 0.0, 0.0]), np.array([[1, 1], [0, 0]], dtype=np.uint8), BOOKS, 3)
        check_equal(np.asarray(ids), np.array([1, 0, -1]), "ids")
        check_close(dists, [2.0, 25.0, np.inf], 1e-9, 1e-9, "dists")


if __name__ == "__main__":
    unittest.main()
