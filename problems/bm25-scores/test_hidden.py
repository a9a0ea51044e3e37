import math
import random
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import bm25_scores


def _loop_bm25(corpus, query, k1, b):
    n = len(corpus)
    avgdl = sum(len(d) for d in corpus) / n
    out = []
    for doc in corpus:
        s = 0.0
        for t in sorted(set(query)):
            df = sum(1 for d in corpus if t in d)
            if df == 0 or avgdl == 0:
                continue
            tf = doc.count(t)
            if tf == 0:
                continue
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            s += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(doc) / avgdl))
        out.append(s)
    return out


class HiddenTests(unittest.TestCase):
    def test_random_corpora(self):
        """Random corpora, queries and parameters match a direct loop over the formula"""
        rng = random.Random(9)
        vocab = ["a", "b", "c", "d", "e", "f", "g"]
        for trial in range(10):
            corpus = [[rng.choice(vocab) for _ in range(rng.randint(0, 12))] for _ in range(rng.randint(1, 9))]
            query = [rng.choice(vocab + ["zz"]) for _ in range(rng.randint(1, 4))]
            k1, b = rng.choice([0.0, 0.9, 1.2, 2.0]), rng.choice([0.0, 0.5, 0.75, 1.0])
            check_close(bm25_scores(corpus, query, k1, b), _loop_bm25(corpus, query, k1, b), 1e-12, 1e-9,
                        "scores (trial %d, k1=%g, b=%g)" % (trial, k1, b))

    def test_document_frequency_counts_documents(self):
        """A term repeated many times in one document has df = 1, not its occurrence count"""
        corpus = [["x"] * 10, ["y"], ["y", "z"], ["z"]]
        check_close(bm25_scores(corpus, ["x"]), _loop_bm25(corpus, ["x"], 1.5, 0.75), 1e-12, 1e-9, "scores for a term repeated in one document")

    def test_common_terms_stay_positive(self):
        """A term in every document still has a positive idf, so its scores are positive"""
        corpus = [["w", "a"], ["w"], ["w", "b", "b"]]
        got = np.asarray(bm25_scores(corpus, ["w"]), dtype=np.float64)
        check(np.all(got > 0), "a term present everywhere must still score > 0", "> 0", got)
        check_close(got, _loop_bm25(corpus, ["w"], 1.5, 0.75), 1e-12, 1e-9, "scores for a ubiquitous term")

    def test_repeated_query_terms_count_once(self):
        """Query ['cat', 'cat'] scores like ['cat']"""
        corpus = [["cat", "dog"], ["dog"], ["cat", "cat", "mouse"]]
        check_close(bm25_scores(corpus, ["cat", "cat"]), bm25_scores(corpus, ["cat"]), 1e-12, 1e-9, "scores for a repeated query term")

    def test_empty_documents_and_parameter_extremes(self):
        """Empty documents count in avgdl; an all-empty corpus scores 0; b = 0 ignores length; k1 = 0 ignores tf"""
        corpus = [[], ["a", "b"], ["a", "a", "a", "c"], []]
        check_close(bm25_scores(corpus, ["a"]), _loop_bm25(corpus, ["a"], 1.5, 0.75), 1e-12, 1e-9, "scores with empty documents")
        check_close(bm25_scores([[], []], ["a"]), [0.0, 0.0], 1e-12, 1e-9, "scores of an all-empty corpus")
        no_len = bm25_scores([["a"], ["a", "b", "c", "d"]], ["a"], b=0.0)
        check_close(no_len[0], no_len[1], 1e-12, 1e-9, "b = 0: equal tf gives equal scores")
        no_tf = bm25_scores([["a"], ["a", "a", "a"], ["b"]], ["a"], k1=0.0)
        check_close(no_tf[0], no_tf[1], 1e-12, 1e-9, "k1 = 0: any tf > 0 gives the idf")

    def test_tuples_and_inputs_not_modified(self):
        """Tuples work and nothing is modified"""
        corpus = [("a", "b"), ("b", "c", "b")]
        query = ["b", "c"]
        got = bm25_scores(corpus, query)
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "scores must be a float64 array", "float64", getattr(got, "dtype", type(got)))
        check_close(got, _loop_bm25([list(d) for d in corpus], query, 1.5, 0.75), 1e-12, 1e-9, "scores from tuples")
        check_equal(corpus, [("a", "b"), ("b", "c", "b")], "corpus after the call")
        check_equal(query, ["b", "c"], "query after the call")

    def test_invalid_input_raises(self):
        """An empty corpus or bad parameters raise ValueError; non-token input raises TypeError"""
        corpus = [["a"], ["b"]]
        for name, call in (("an empty corpus", lambda: bm25_scores([], ["a"])),
                           ("k1 = -1", lambda: bm25_scores(corpus, ["a"], k1=-1.0)),
                           ("b = 1.5", lambda: bm25_scores(corpus, ["a"], b=1.5))):
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()
        for name, call in (("a bare string query", lambda: bm25_scores(corpus, "a")),
                           ("a document of integers", lambda: bm25_scores([[1, 2], ["a"]], ["a"]))):
            with self.assertRaises(TypeError, msg="%s must raise TypeError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
