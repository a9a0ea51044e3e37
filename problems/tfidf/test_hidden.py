import copy
import math
import unittest
from collections import Counter

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import tfidf

ATOL, RTOL = 1e-9, 1e-7


def _expected(docs):
    vocab = sorted({t for d in docs for t in d})
    n = len(docs)
    df = Counter(t for d in docs for t in set(d))
    rows = []
    for d in docs:
        c = Counter(d)
        w = [c[t] * (math.log((1 + n) / (1 + df[t])) + 1) for t in vocab]
        norm = math.sqrt(sum(v * v for v in w))
        rows.append([v / norm if norm > 0 else 0.0 for v in w])
    return vocab, np.array(rows, dtype=float).reshape(n, len(vocab))


class HiddenTests(unittest.TestCase):
    def test_random_documents(self):
        """Random documents over a small vocabulary match a plain-Python TF-IDF"""
        rng = np.random.default_rng(0)
        words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"]
        for trial in range(5):
            docs = [[words[k] for k in rng.integers(0, len(words), size=int(rng.integers(1, 12)))]
                    for _ in range(int(rng.integers(2, 9)))]
            _orig_docs = copy.deepcopy(docs)
            vocab, X = tfidf(docs)
            ev, eX = _expected(_orig_docs)
            check_equal(list(vocab), ev, "vocab (trial %d)" % trial)
            check_close(X, eX, ATOL, RTOL, "X (trial %d)" % trial)

    def test_word_in_every_document_keeps_weight(self):
        """A word in every document has idf exactly 1, not 0"""
        vocab, X = tfidf([["x", "y"], ["x"], ["x", "x", "z"]])
        check_equal(list(vocab), ["x", "y", "z"], "vocab")
        iy = math.log(4 / 2) + 1
        check_close(X[1], [1.0, 0.0, 0.0], ATOL, RTOL, "row of the document ['x']")
        check_close(X[0], np.array([1.0, iy, 0.0]) / math.hypot(1.0, iy), ATOL, RTOL,
                    "row of the document ['x', 'y']")

    def test_empty_document_row_is_zero(self):
        """An empty document gives a row of zeros (no nan) and still counts in n"""
        vocab, X = tfidf([[], ["a", "b"], ["a"]])
        check(np.all(np.isfinite(X)), "X must not contain nan", "finite values", X)
        check_close(X[0], [0.0, 0.0], ATOL, RTOL, "row of the empty document")
        ia, ib = math.log(4 / 3) + 1, math.log(4 / 2) + 1
        check_close(X[1], np.array([ia, ib]) / math.hypot(ia, ib), ATOL, RTOL, "row of ['a', 'b']")

    def test_no_documents(self):
        """No documents gives an empty vocabulary and a (0, 0) matrix"""
        vocab, X = tfidf([])
        check_equal(list(vocab), [], "vocab")
        check_shape(X, (0, 0), "X")

    def test_case_and_unicode_ordering(self):
        """Tokens are case-sensitive and ordered like Python's sorted()"""
        docs = [["b", "B", "a"], ["á", "a"]]
        _orig_docs = copy.deepcopy(docs)
        vocab, X = tfidf(docs)
        check_equal(list(vocab), sorted({"b", "B", "a", "á"}), "vocab")
        check_close(X, _expected(_orig_docs)[1], ATOL, RTOL, "X")

    def test_repeated_token_counts(self):
        """Raw counts: a token repeated 3 times gets 3 times the weight before normalization"""
        vocab, X = tfidf([["a", "a", "a", "b"], ["b", "c"]])
        ia, ib = math.log(3 / 2) + 1, 1.0
        expected0 = np.array([3 * ia, ib, 0.0])
        check_close(X[0], expected0 / np.linalg.norm(expected0), ATOL, RTOL, "row 0")

    def test_single_document(self):
        """One document: every idf is 1, so the row is the L2-normalized count vector"""
        vocab, X = tfidf([["q", "p", "q"]])
        check_equal(list(vocab), ["p", "q"], "vocab")
        check_close(X, [[1 / math.sqrt(5), 2 / math.sqrt(5)]], ATOL, RTOL, "X")

    def test_input_unchanged(self):
        """docs is not modified (e.g. by sorting tokens in place)"""
        docs = [["z", "a"], ["m"]]
        tfidf(docs)
        check_equal(docs, [["z", "a"], ["m"]], "docs after the call")


if __name__ == "__main__":
    unittest.main()
