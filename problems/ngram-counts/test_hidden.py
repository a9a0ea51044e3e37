import copy
import random
import unittest

from mlreps_check import check, check_equal, check_raises
from solution import ngram_counts


def _slow(tokens, n):
    out = {}
    for i in range(len(tokens)):
        if i + n <= len(tokens):
            key = tuple(tokens[j] for j in range(i, i + n))
            out[key] = out.get(key, 0) + 1
    return out


class HiddenTests(unittest.TestCase):
    def test_unigrams_are_one_tuples(self):
        """n=1 keys are 1-tuples, not bare strings"""
        check_equal(dict(ngram_counts(["x", "y", "x"], 1)), {("x",): 2, ("y",): 1}, "unigram counts")

    def test_exact_length(self):
        """A list of length n has exactly one n-gram, the whole list"""
        check_equal(dict(ngram_counts(["a", "b", "c"], 3)), {("a", "b", "c"): 1}, "trigrams of a b c")

    def test_empty_tokens(self):
        """An empty list gives an empty dict for any n"""
        for n in (1, 2, 5):
            check_equal(dict(ngram_counts([], n)), {}, "n=%d on an empty list" % n)

    def test_invalid_n_raises(self):
        """n = 0 or negative raises ValueError"""
        for n in (0, -1):
            check_raises(ValueError, ngram_counts, ["a", "b"], n, what="n=%d should raise ValueError" % n)

    def test_random_against_slow_counter(self):
        """Random token lists and n from 1 to 4 match a slow reference count"""
        rng = random.Random(0)
        for trial in range(30):
            tokens = [rng.choice(["a", "b", "c", "d"]) for _ in range(rng.randint(0, 25))]
            n = rng.randint(1, 4)
            _orig_tokens = copy.deepcopy(tokens)
            _orig_n = copy.deepcopy(n)
            check_equal(dict(ngram_counts(tokens, n)), _slow(_orig_tokens, _orig_n), "trial %d (n=%d)" % (trial, n))

    def test_counts_sum_to_positions(self):
        """The counts add up to len(tokens) - n + 1"""
        tokens = "the quick brown fox jumps over the lazy dog the end".split()
        for n in (1, 2, 3, 6):
            total = sum(ngram_counts(tokens, n).values())
            check_equal(total, len(tokens) - n + 1, "sum of counts for n=%d" % n)

    def test_tokens_with_spaces_stay_distinct(self):
        """Tuple keys keep ('a b', 'c') and ('a', 'b c') apart"""
        got = ngram_counts(["a b", "c", "a", "b c"], 2)
        check_equal(dict(got), {("a b", "c"): 1, ("c", "a"): 1, ("a", "b c"): 1}, "bigram counts")

    def test_input_unchanged(self):
        """The token list is not modified"""
        tokens = ["b", "a", "b"]
        ngram_counts(tokens, 2)
        check(tokens == ["b", "a", "b"], "tokens must not change", ["b", "a", "b"], tokens)


class GapTests(unittest.TestCase):
    def test_non_integer_n_raises_value_error(self):
        """n = 2.0 and n = "2" raise ValueError"""
        check_raises(ValueError, ngram_counts, ["a", "b", "c"], 2.0)
        check_raises(ValueError, ngram_counts, ["a", "b", "c"], "2")


if __name__ == "__main__":
    unittest.main()
