import unittest

from mlreps_check import check_close, check_equal
from solution import char_ngram_jaccard, char_ngrams


class VisibleTests(unittest.TestCase):
    def test_trigrams_of_night(self):
        """'night' has the trigrams nig, igh, ght"""
        check_equal(sorted(char_ngrams("night", 3)), ["ght", "igh", "nig"], "trigrams of 'night'")

    def test_bigram_similarity(self):
        """'night' and 'nacht' share one bigram (ht) out of seven"""
        check_close(char_ngram_jaccard("night", "nacht", n=2), 1 / 7, 1e-12, 0, "bigram Jaccard of night/nacht")

    def test_default_trigrams(self):
        """'night' vs 'nightly' with the default n = 3: 3 shared out of 5"""
        check_close(char_ngram_jaccard("night", "nightly"), 0.6, 1e-12, 0, "trigram Jaccard of night/nightly")


if __name__ == "__main__":
    unittest.main()
