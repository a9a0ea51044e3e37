import random
import unittest

from mlreps_check import check_close, check_equal
from solution import retrieval_metrics


def _expected(ranked, relevant, k):
    rrs, recs = [], []
    for lst, rel in zip(ranked, relevant):
        rel = set(rel)
        if not rel:
            continue
        top = list(lst)[:k]
        hits = [i for i, x in enumerate(top) if x in rel]
        rrs.append(1.0 / (hits[0] + 1) if hits else 0.0)
        recs.append(len(hits) / len(rel))
    return sum(rrs) / len(rrs), sum(recs) / len(recs)


class HiddenTests(unittest.TestCase):
    def test_random_queries(self):
        """Random rankings and relevance sets at several cut-offs"""
        rnd = random.Random(3)
        for k in (1, 3, 10, 50):
            ranked, relevant = [], []
            for _ in range(40):
                items = rnd.sample(range(100), rnd.randint(0, 30))
                ranked.append(items)
                relevant.append(set(rnd.sample(range(100), rnd.randint(0, 8))))
            relevant[0] = {ranked[0][0]} if ranked[0] else {5}
            got = retrieval_metrics(ranked, relevant, k)
            mrr, rec = _expected(ranked, relevant, k)
            check_close(got["mrr"], mrr, 1e-12, 1e-9, "mrr at k = %d" % k)
            check_close(got["recall"], rec, 1e-12, 1e-9, "recall at k = %d" % k)

    def test_repeat_beyond_the_cutoff_raises(self):
        """A ranked list that repeats an item after position k still raises ValueError"""
        with self.assertRaises(ValueError, msg="item 'a' at ranks 1 and 4 with k = 2"):
            retrieval_metrics([["a", "b", "c", "a"]], [{"b"}], 2)
        with self.assertRaises(ValueError, msg="item 7 at ranks 3 and 5 with k = 1, in the second query"):
            retrieval_metrics([[1, 2], [5, 6, 7, 8, 7]], [{1}, {6}], 1)

    def test_recall_divides_by_relevant_count(self):
        """Five relevant items, two found in the top 2: recall 0.4 (not 2/2 or 2/k)"""
        got = retrieval_metrics([[1, 2, 3]], [{1, 2, 10, 11, 12}], k=2)
        check_close(got["recall"], 0.4, 1e-12, 1e-9, "recall")

    def test_only_first_hit_counts_for_mrr(self):
        """Hits at ranks 2 and 3: the reciprocal rank is 1/2, not an average of 1/2 and 1/3"""
        got = retrieval_metrics([["x", "a", "b"]], [{"a", "b"}], k=3)
        check_close(got["mrr"], 0.5, 1e-12, 1e-9, "mrr")

    def test_skipped_queries_and_empty_lists(self):
        """Empty relevance sets are skipped; an empty ranked list scores 0"""
        got = retrieval_metrics([[], [1], [2]], [{1}, set(), {2}], k=5)
        check_close([got["mrr"], got["recall"]], [0.5, 0.5], 1e-12, 1e-9, "metrics")

    def test_returns_floats_in_a_dict(self):
        """The result is a dict with exactly the keys 'mrr' and 'recall'"""
        got = retrieval_metrics([(1, 2)], [[2]], k=2)
        check_equal(sorted(got), ["mrr", "recall"], "keys of the result")
        check_close(got["mrr"], 0.5, 1e-12, 1e-9, "mrr from tuple input")

    def test_invalid_inputs(self):
        """k = 0, length mismatch, a repeated item or no relevant items anywhere raise ValueError"""
        for args, why in [(([[1]], [{1}], 0), "k = 0"), (([[1], [2]], [{1}], 1), "2 rankings, 1 relevance set"),
                          (([[1, 1]], [{1}], 2), "a ranked list repeating item 1"), (([[1]], [set()], 1), "no relevant items at all")]:
            with self.assertRaises(ValueError, msg=why):
                retrieval_metrics(*args)

    def test_inputs_not_modified(self):
        """ranked and relevant are left unchanged"""
        ranked, relevant = [[3, 1, 2]], [{2}]
        retrieval_metrics(ranked, relevant, 2)
        check_equal(ranked, [[3, 1, 2]], "ranked")
        check_equal(relevant, [{2}], "relevant")


if __name__ == "__main__":
    unittest.main()
