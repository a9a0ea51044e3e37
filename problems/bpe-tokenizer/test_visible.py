import unittest

from mlreps_check import check_equal
from solution import encode, train_bpe


class VisibleTests(unittest.TestCase):
    def test_train_worked_example(self):
        """Six merges on the low/lower/lowest corpus, with the tuple tie-break"""
        got = train_bpe(["low lower lowest", "slow slower low"], 6)
        expected = [("l", "o"), ("lo", "w"), ("low", "e"), ("lowe", "r"), ("lowe", "s"), ("lowes", "t")]
        check_equal([tuple(m) for m in got], expected, "train_bpe(corpus, 6)")

    def test_encode_worked_example(self):
        """Encoding with those merges; unseen combinations fall back to characters"""
        merges = [("l", "o"), ("lo", "w"), ("low", "e"), ("lowe", "r"), ("lowe", "s"), ("lowes", "t")]
        check_equal(encode("slowest lows owl", merges), ["s", "lowest", "low", "s", "o", "w", "l"], "encode(...)")

    def test_stops_when_nothing_is_left(self):
        """'aaaaa' needs only 3 merges to become one token; asking for 10 returns 3"""
        check_equal([tuple(m) for m in train_bpe(["aaaaa"], 10)], [("a", "a"), ("aa", "a"), ("aa", "aaa")], "train_bpe(['aaaaa'], 10)")


if __name__ == "__main__":
    unittest.main()
