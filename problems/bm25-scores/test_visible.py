import math
import unittest

from mlreps_check import check_close, check_shape
from solution import bm25_scores

CORPUS = [["the", "cat", "sat"], ["the", "dog", "sat", "on", "the", "mat"], ["cats", "and", "dogs"]]


def _term(tf, dl, avgdl, df, n, k1=1.5, b=0.75):
    idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
    return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl))


class VisibleTests(unittest.TestCase):
    def test_two_term_query(self):
        """'cat sat' over the three-document example"""
        got = bm25_scores(CORPUS, ["cat", "sat"])
        check_shape(got, (3,), "scores")
        expected = [_term(1, 3, 4, 1, 3) + _term(1, 3, 4, 2, 3), _term(1, 6, 4, 2, 3), 0.0]
        check_close(got, expected, 1e-12, 1e-9, "scores for 'cat sat'")

    def test_common_term(self):
        """'the' appears in two documents; the long one has tf = 2"""
        expected = [_term(1, 3, 4, 2, 3), _term(2, 6, 4, 2, 3), 0.0]
        check_close(bm25_scores(CORPUS, ["the"]), expected, 1e-12, 1e-9, "scores for 'the'")

    def test_unknown_term(self):
        """A term in no document scores 0 everywhere"""
        check_close(bm25_scores(CORPUS, ["zebra"]), [0.0, 0.0, 0.0], 1e-12, 1e-9, "scores for 'zebra'")


if __name__ == "__main__":
    unittest.main()
