import random
import unittest
from fractions import Fraction

from mlreps_check import check, check_close, check_equal
from solution import char_ngram_jaccard, char_ngrams


def _grams(s, n):
    out = set()
    for i in range(len(s)):
        if i + n <= len(s):
            out.add(s[i:i + n])
    if not out and s:
        out.add(s)
    return out


class HiddenTests(unittest.TestCase):
    def test_last_window_included(self):
        """'abcd' with n = 2 has ab, bc and cd; with n = 4 the whole string"""
        check_equal(sorted(char_ngrams("abcd", 2)), ["ab", "bc", "cd"], "bigrams of 'abcd'")
        check_equal(char_ngrams("abcd", 4), {"abcd"}, "4-grams of 'abcd'")

    def test_repeats_count_once(self):
        """'aaaa' and 'aaa' have the same trigram set {aaa}: similarity 1"""
        check_equal(char_ngrams("aaaa", 3), {"aaa"}, "trigrams of 'aaaa'")
        check_close(char_ngram_jaccard("aaaa", "aaa"), 1.0, 1e-12, 0, "Jaccard of aaaa/aaa")
        check_close(char_ngram_jaccard("abab", "ab", n=2), 0.5, 1e-12, 0, "bigram Jaccard of abab/ab")

    def test_short_and_empty_strings(self):
        """Short strings are their own gram; empty vs empty is 1.0; empty vs non-empty is 0.0"""
        check_equal(char_ngrams("ab", 3), {"ab"}, "trigrams of 'ab'")
        check_equal(char_ngrams("", 3), set(), "trigrams of ''")
        check_close(char_ngram_jaccard("ab", "ab"), 1.0, 1e-12, 0, "Jaccard of ab/ab")
        check_close(char_ngram_jaccard("ab", "abc"), 0.0, 1e-12, 0, "Jaccard of ab/abc")
        check_close(char_ngram_jaccard("", ""), 1.0, 1e-12, 0, "Jaccard of two empty strings")
        check_close(char_ngram_jaccard("", "abc"), 0.0, 1e-12, 0, "Jaccard of ''/abc")

    def test_random_strings(self):
        """Random strings over a small alphabet match set arithmetic for n = 1 to 4"""
        rng = random.Random(3)
        for trial in range(30):
            a = "".join(rng.choice("abcé ") for _ in range(rng.randint(0, 12)))
            b = "".join(rng.choice("abcé ") for _ in range(rng.randint(0, 12)))
            n = rng.randint(1, 4)
            A, B = _grams(a, n), _grams(b, n)
            expected = 1.0 if not (A | B) else float(Fraction(len(A & B), len(A | B)))
            check_equal(char_ngrams(a, n), A, "grams of %r (n=%d)" % (a, n))
            check_close(char_ngram_jaccard(a, b, n), expected, 1e-12, 0, "Jaccard of %r/%r (n=%d)" % (a, b, n))

    def test_case_and_spaces_are_kept(self):
        """No case folding or stripping: 'Ab ' and 'ab ' differ"""
        check_equal(char_ngrams("Ab ", 2), {"Ab", "b "}, "bigrams of 'Ab '")
        check_close(char_ngram_jaccard("Ab ", "ab ", n=2), 1 / 3, 1e-12, 0, "bigram Jaccard of 'Ab '/'ab '")
        got = char_ngram_jaccard("x", "y", n=1)
        check(isinstance(got, float), "the similarity must be a Python float", "float", type(got).__name__)

    def test_invalid_input_raises(self):
        """Non-strings raise TypeError; n < 1 or non-integer n raise ValueError"""
        with self.assertRaises(TypeError, msg="a list instead of a string must raise TypeError"):
            char_ngrams(["a", "b"], 1)
        with self.assertRaises(TypeError, msg="None as a string must raise TypeError"):
            char_ngram_jaccard("abc", None)
        for bad in (0, -2, 1.5):
            with self.assertRaises(ValueError, msg="n = %r must raise ValueError" % (bad,)):
                char_ngram_jaccard("abc", "abd", n=bad)


if __name__ == "__main__":
    unittest.main()
