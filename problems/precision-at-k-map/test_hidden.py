import random
import time
import unittest
from fractions import Fraction

from mlreps_check import check, check_close, check_equal
from solution import map_at_k, precision_at_k, recall_at_k


def _ap_exact(ranked, relevant, k):
    # Rational arithmetic, one rank at a time.
    rel = set(relevant)
    hits, acc = 0, Fraction(0)
    for r in range(1, min(k, len(ranked)) + 1):
        if ranked[r - 1] in rel:
            hits += 1
            acc += Fraction(hits, r)
    return acc / min(k, len(rel))


def _timed(call, what):
    # CPU time, so a loaded machine does not fail a correct answer.
    start = time.process_time()
    result = call()
    elapsed = time.process_time() - start
    check(elapsed < 0.3, "%s took %.2f s of CPU; the budget is 0.3 s (look up relevant items in constant time, e.g. in a set)" % (what, elapsed),
          "< 0.3 s", "%.2f s" % elapsed)
    return result


class HiddenTests(unittest.TestCase):
    def test_map_randomized(self):
        """Random queries, list lengths and k: MAP@k matches exact rational arithmetic"""
        rng = random.Random(5)
        for trial in range(10):
            k = rng.randint(1, 12)
            rankings, relevants = [], []
            for _ in range(rng.randint(1, 6)):
                items = rng.sample(range(40), rng.randint(0, 15))
                rel = set(rng.sample(range(40), rng.randint(1, 10)))
                rankings.append(items)
                relevants.append(rel)
            expected = float(sum(_ap_exact(r, s, k) for r, s in zip(rankings, relevants)) / len(rankings))
            check_close(map_at_k(rankings, relevants, k), expected, 1e-12, 0, "MAP@%d (trial %d)" % (k, trial))

    def test_ap_denominator_is_min_k_and_relevant(self):
        """AP@2 with 3 relevant items divides by 2; AP@5 with 2 relevant items divides by 2"""
        check_close(map_at_k([["a", "b", "c"]], [{"a", "b", "c"}], 2), 1.0, 1e-12, 0, "AP@2 with the top 2 relevant")
        check_close(map_at_k([["x", "a", "y", "b"]], [{"a", "b"}], 5), (1 / 2 + 2 / 4) / 2, 1e-12, 0, "AP@5 with 2 relevant items")
        check_close(map_at_k([["x", "a"]], [{"a", "b", "c"}], 5), (1 / 2) / 3, 1e-12, 0, "AP@5 with unretrieved relevant items")

    def test_queries_without_relevant_items_are_skipped(self):
        """A query with no relevant items does not count in the mean; all empty raises ValueError"""
        got = map_at_k([["a", "b"], ["c"], []], [{"a"}, set(), {"z"}], 2)
        check_close(got, (1.0 + 0.0) / 2, 1e-12, 0, "MAP@2 skipping the query with no relevant items")
        with self.assertRaises(ValueError, msg="map_at_k where no query has a relevant item must raise ValueError"):
            map_at_k([["a"], ["b"]], [[], set()], 3)

    def test_empty_list_and_integer_ids(self):
        """An empty ranked list scores 0; integer ids and tuple inputs work; results are floats"""
        check_close(precision_at_k([], [1, 2], 3), 0.0, 1e-12, 0, "precision@3 of an empty list")
        check_close(recall_at_k([], (1, 2), 3), 0.0, 1e-12, 0, "recall@3 of an empty list")
        got = precision_at_k((3, 1, 4, 5), {1, 5, 9}, 4)
        check(isinstance(got, float), "precision_at_k must return a Python float", "float", type(got).__name__)
        check_close(got, 0.5, 1e-12, 0, "precision@4 with integer ids")

    def test_large_inputs_within_budget(self):
        """10,000 retrieved items and a 30,000-item relevant list: each metric within a 0.3 s CPU budget"""
        # Scanning the relevant list for every retrieved item is about 3e8 comparisons (near 3 s of CPU, 9x the budget);
        # set lookups take about 0.01 s (30x under it).
        rng = random.Random(11)
        ranked = rng.sample(range(150_000), 10_000)
        relevant = rng.sample(range(150_000), 30_000)
        rel = set(relevant)
        hits = sum(1 for x in ranked if x in rel)
        got = _timed(lambda: precision_at_k(ranked, relevant, 10_000), "precision_at_k on 10,000 items and 30,000 relevant")
        check_close(got, hits / 10_000, 1e-12, 0, "precision@10000")
        got = _timed(lambda: recall_at_k(ranked, relevant, 10_000), "recall_at_k on 10,000 items")
        check_close(got, hits / len(rel), 1e-12, 0, "recall@10000")
        got = _timed(lambda: map_at_k([ranked], [relevant], 10_000), "map_at_k on 10,000 items")
        check_close(got, float(_ap_exact(ranked, relevant, 10_000)), 1e-12, 0, "MAP@10000")

    def test_inputs_not_modified(self):
        """Ranked lists and relevant collections are left unchanged"""
        ranked = ["c", "a", "b"]
        relevant = ["b", "a"]
        rankings, relevants = [ranked], [relevant]
        precision_at_k(ranked, relevant, 2)
        recall_at_k(ranked, relevant, 2)
        map_at_k(rankings, relevants, 2)
        check_equal(ranked, ["c", "a", "b"], "ranked after the calls")
        check_equal(relevant, ["b", "a"], "relevant after the calls")
        check_equal(len(rankings), 1, "rankings after map_at_k")

    def test_invalid_input_raises(self):
        """Bad k, duplicates, empty relevant for recall and mismatched query counts raise ValueError"""
        cases = [
            ("k = 0", lambda: precision_at_k(["a"], ["a"], 0)),
            ("k = 2.5", lambda: recall_at_k(["a"], ["a"], 2.5)),
            ("k = -1 in map_at_k", lambda: map_at_k([["a"]], [["a"]], -1)),
            ("a duplicate in the ranked list", lambda: precision_at_k(["a", "b", "a"], ["a"], 3)),
            ("a duplicate in a ranking of map_at_k", lambda: map_at_k([["a", "a"]], [["a"]], 2)),
            ("recall with no relevant items", lambda: recall_at_k(["a"], [], 1)),
            ("2 rankings but 1 relevant set", lambda: map_at_k([["a"], ["b"]], [["a"]], 1)),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
