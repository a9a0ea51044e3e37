import unittest

from mlreps_check import check, check_equal
from solution import ngram_counts


class VisibleTests(unittest.TestCase):
    def test_bigrams_worked_example(self):
        """Bigrams of 'to be or not to be' match the worked example"""
        got = ngram_counts(["to", "be", "or", "not", "to", "be"], 2)
        check(isinstance(got, dict), "the result must be a dict", "dict", type(got).__name__)
        check_equal(dict(got), {("to", "be"): 2, ("be", "or"): 1, ("or", "not"): 1, ("not", "to"): 1}, "bigram counts")

    def test_overlapping_ngrams_count(self):
        """Overlapping occurrences each count"""
        check_equal(dict(ngram_counts(["a", "a", "a"], 2)), {("a", "a"): 2}, "bigrams of a a a")

    def test_too_short_gives_empty(self):
        """A list shorter than n has no n-grams"""
        check_equal(dict(ngram_counts(["hi"], 3)), {}, "trigrams of a single token")


if __name__ == "__main__":
    unittest.main()
