import unittest

from mlreps_check import check_equal
from solution import wordpiece_detokenize, wordpiece_tokenize

VOCAB = {"the", "cat", "##s", "un", "##a", "##aff", "##able", "play", "##ing"}


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Longest pieces first, '##' continuations, mixed whitespace, and an [UNK] word"""
        got = wordpiece_tokenize("the unaffable cats  play\tplaying unxyz", VOCAB)
        check_equal(got, ["the", "un", "##aff", "##able", "cat", "##s", "play", "play", "##ing", "[UNK]"],
                    "wordpiece_tokenize of the example")

    def test_word_too_long(self):
        """A 9-character word with max_chars_per_word=8 is [UNK]"""
        check_equal(wordpiece_tokenize("unaffable", VOCAB, max_chars_per_word=8), ["[UNK]"], "unaffable with max 8 characters")

    def test_detokenize(self):
        """'##' pieces glue onto the previous word"""
        check_equal(wordpiece_detokenize(["the", "un", "##aff", "##able", "cat", "##s"]), "the unaffable cats",
                    "wordpiece_detokenize of the example")


if __name__ == "__main__":
    unittest.main()
