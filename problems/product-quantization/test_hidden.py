import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import pq_adc_search, pq_decode, pq_encode


def _encode(X, B):
    M, K, ds = B.shape
    out = []
    for x in X:
        row = []
        for m in range(M):
            sub = x[m * ds:(m + 1) * ds]
            row.append(min(range(K), key=lambda j: (float(((sub - B[m, j]) ** 2).sum()), j)))
        out.append(row)
    return np.array(out, dtype=np.uint8).reshape(len(X), M)


def _adc(q, codes, B, k):
    M, K, ds = B.shape
    d = [sum(float(((q[m * ds:(m + 1) * ds] - B[m, c[m]]) ** 2).sum()) for m in range(M)) for c in codes]
    order = sorted(range(len(d)), key=lambda i: (d[i], i))[:k]
    return order + [-1] * (k - len(order)), [d[i] for i in order] + [np.inf] * (k - len(order))


class HiddenTests(unittest.TestCase):
    def test_random_encode_decode(self):
        """M=4, K=16, ds=3 on 100 random vectors: codes match a loop and decoding picks those codewords"""
        rng = np.random.default_rng(0)
        B, X = rng.normal(size=(4, 16, 3)), rng.normal(size=(100, 12))
        codes = pq_encode(X, B)
        check_equal(np.asarray(codes), _encode(X, B), "codes")
        rec = np.asarray(pq_decode(codes, B))
        check_close(rec[7], np.concatenate([B[m, int(np.asarray(codes)[7, m])] for m in range(4)]), 1e-12, 1e-12, "reconstruction of vector 7")

    def test_contiguous_subvectors(self):
        """Sub-vectors are contiguous blocks, not interleaved columns"""
        B = np.array([[[0.0, 0.0], [10.0, 10.0]], [[0.0, 0.0], [-10.0, -10.0]]])
        codes = pq_encode(np.array([[10.0, 10.0, 0.0, 0.0]]), B)
        check_equal(np.asarray(codes), np.array([[1, 0]], dtype=np.uint8), "codes of [10, 10, 0, 0]")

    def test_adc_random_against_loop(self):
        """ADC search over 300 coded vectors with M=3, K=8 matches a loop"""
        rng = np.random.default_rng(1)
        B = rng.normal(size=(3, 8, 2))
        codes = rng.integers(0, 8, size=(300, 3)).astype(np.uint8)
        q = rng.normal(size=6)
        ids, dists = pq_adc_search(q, codes, B, 10)
        eids, ed = _adc(q, codes, B, 10)
        check_equal(np.asarray(ids), np.array(eids), "ids")
        check_close(dists, ed, 1e-9, 1e-9, "dists")

    def test_adc_is_asymmetric(self):
        """The query is not quantized: its exact sub-vectors enter the distance"""
        B = np.array([[[0.0], [1.0]]])
        ids, dists = pq_adc_search(np.array([0.4]), np.array([[1]], dtype=np.uint8), B, 1)
        check_close(dists, [0.36], 1e-9, 1e-9, "ADC distance of query 0.4 to codeword 1")

    def test_ties(self):
        """Encode ties go to the smaller codeword; search ties to the smaller id"""
        B = np.array([[[-1.0], [1.0]]])
        check_equal(np.asarray(pq_encode(np.array([[0.0]]), B)), np.array([[0]], dtype=np.uint8), "code of a midpoint")
        ids, _ = pq_adc_search(np.array([0.0]), np.array([[1], [0], [1]], dtype=np.uint8), B, 3)
        check_equal(np.asarray(ids), np.array([0, 1, 2]), "ids with equal distances")

    def test_full_256_codebook(self):
        """K = 256: codes up to 255 fit in uint8 without wrapping"""
        B = np.arange(256, dtype=float).reshape(1, 256, 1)
        codes = pq_encode(np.array([[255.2], [0.4], [128.6]]), B)
        check_equal(np.asarray(codes), np.array([[255], [0], [129]], dtype=np.uint8), "codes with K = 256")

    def test_invalid_inputs(self):
        """A width that is not M*ds, codes out of range, or k = 0 raise ValueError"""
        B = np.zeros((2, 4, 3))
        with self.assertRaises(ValueError, msg="X of width 5 with M*ds = 6"):
            pq_encode(np.zeros((1, 5)), B)
        with self.assertRaises(ValueError, msg="code 4 with K = 4"):
            pq_decode(np.array([[0, 4]]), B)
        with self.assertRaises(ValueError, msg="k = 0"):
            pq_adc_search(np.zeros(6), np.zeros((2, 2), dtype=np.uint8), B, 0)

    def test_inputs_not_modified(self):
        """X, codebooks and codes are left unchanged"""
        rng = np.random.default_rng(2)
        B, X = rng.normal(size=(2, 4, 2)), rng.normal(size=(5, 4))
        saved = (B.copy(), X.copy())
        codes = np.asarray(pq_encode(X, B))
        saved_codes = codes.copy()
        pq_decode(codes, B)
        pq_adc_search(X[0], codes, B, 2)
        check_close(B, saved[0], 0, 0, "codebooks")
        check_close(X, saved[1], 0, 0, "X")
        check_equal(codes, saved_codes, "codes")


if __name__ == "__main__":
    unittest.main()
