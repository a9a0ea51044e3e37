import random
import time
import unittest

from mlreps_check import check, check_equal
from solution import encode, train_bpe


def _naive_train(corpus, n):
    # Deliberately simple: every word occurrence kept separately, all pairs recounted each step.
    words = [list(w) for text in corpus for w in text.split()]
    merges = []
    for _ in range(n):
        counts = {}
        for w in words:
            for i in range(len(w) - 1):
                counts[(w[i], w[i + 1])] = counts.get((w[i], w[i + 1]), 0) + 1
        if not counts:
            break
        top = max(counts.values())
        best = sorted(p for p, c in counts.items() if c == top)[0]
        merges.append(best)
        for k, w in enumerate(words):
            out, i = [], 0
            while i < len(w):
                if i + 1 < len(w) and (w[i], w[i + 1]) == best:
                    out.append(w[i] + w[i + 1])
                    i += 2
                else:
                    out.append(w[i])
                    i += 1
            words[k] = out
    return merges, words


def _as_tuples(merges):
    return [tuple(m) for m in merges]


class HiddenTests(unittest.TestCase):
    def test_random_corpora_match_a_naive_trainer(self):
        """Random corpora over a 4-letter alphabet: same merges as a naive trainer"""
        rnd = random.Random(5)
        for trial in range(6):
            corpus = [" ".join("".join(rnd.choice("abcd") for _ in range(rnd.randint(1, 7))) for _ in range(rnd.randint(1, 12)))
                      for _ in range(rnd.randint(1, 4))]
            expected, _ = _naive_train(corpus, 12)
            check_equal(_as_tuples(train_bpe(corpus, 12)), expected, "merges for corpus %r" % (corpus,))

    def test_merges_respect_token_boundaries(self):
        """After ('a', 'b'), the tokens ['ab', 'c'] do not contain the pair ('b', 'c')"""
        corpus = ["abc abc abc ab ab ab ab ab bc bc bc bc"]
        check_equal(_as_tuples(train_bpe(corpus, 3)), [("a", "b"), ("b", "c"), ("ab", "c")], "train_bpe(corpus, 3)")
        check_equal(encode("abc bcb", [("a", "b"), ("b", "c")]), ["ab", "c", "bc", "b"], "encode('abc bcb')")

    def test_word_frequency_weights_the_counts(self):
        """'cd' three times beats 'ab' once, though each is one distinct word"""
        check_equal(_as_tuples(train_bpe(["cd cd", "cd ab"], 1)), [("c", "d")], "first merge")
        check_equal(_as_tuples(train_bpe(["xy ab"], 1)), [("a", "b")], "tie between ('x', 'y') and ('a', 'b')")

    def test_encode_applies_merges_in_order(self):
        """With merges [('b', 'c'), ('a', 'b')], 'abc' is ['a', 'bc'], not the longest match ['ab', 'c']"""
        check_equal(encode("abc", [("b", "c"), ("a", "b")]), ["a", "bc"], "encode('abc')")
        check_equal(encode("  \t\n", [("a", "b")]), [], "encode of whitespace only")
        check_equal(encode("zz  ab\tq", [("a", "b")]), ["z", "z", "ab", "q"], "encode with unseen characters")

    def test_encode_is_one_pass_in_list_order(self):
        """encode applies each merge once, in list order: with [('x', 'ab'), ('a', 'b')], 'xab' is ['x', 'ab']"""
        check_equal(encode("xab", [("x", "ab"), ("a", "b")]), ["x", "ab"], "encode('xab')")
        check_equal(encode("cab xab", [("c", "ab"), ("a", "b"), ("x", "ab")]), ["c", "ab", "xab"], "encode('cab xab')")

    def test_encoding_the_training_corpus(self):
        """Encoding the corpus with its own merges reproduces the training segmentation and the text"""
        rnd = random.Random(9)
        corpus = [" ".join("".join(rnd.choice("abcde") for _ in range(rnd.randint(2, 8))) for _ in range(30))]
        merges = train_bpe(corpus, 15)
        _, words = _naive_train(corpus, 15)
        tokens = encode(corpus[0], merges)
        check_equal(tokens, [t for w in words for t in w], "encode(corpus) vs training segmentation")
        check_equal("".join(tokens), "".join(corpus[0].split()), "tokens joined back together")

    def test_time_scales_with_distinct_words(self):
        """90,000 words from 6 distinct ones train 6 merges in under 0.3 s of CPU time"""
        corpus = ["low lower lowest slow slower low"] * 15000
        start = time.process_time()
        got = train_bpe(corpus, 6)
        elapsed = time.process_time() - start
        check_equal(_as_tuples(got), [("l", "o"), ("lo", "w"), ("low", "e"), ("lowe", "r"), ("lowe", "s"), ("lowes", "t")],
                    "merges of the repeated corpus")
        check(elapsed < 0.3, "train_bpe took %.2f s of CPU time on 90,000 words (6 distinct): each merge must scale with the distinct words, "
              "not the corpus size" % elapsed, "< 0.3 s", "%.2f s" % elapsed)

    def test_invalid_inputs(self):
        """A bare string corpus or non-string entries raise TypeError; a negative num_merges raises ValueError"""
        with self.assertRaises(TypeError, msg="corpus given as a single string"):
            train_bpe("low lower", 2)
        with self.assertRaises(TypeError, msg="corpus with an int entry"):
            train_bpe(["low", 3], 2)
        with self.assertRaises(ValueError, msg="num_merges=-1"):
            train_bpe(["low"], -1)
        with self.assertRaises(TypeError, msg="encode of a list"):
            encode(["low"], [])
        check_equal(train_bpe([], 5), [], "train_bpe([], 5)")
        check_equal(train_bpe(["", "a b"], 5), [], "train_bpe of single characters only")

    def test_inputs_not_modified(self):
        """corpus and merges are left unchanged"""
        corpus = ["hug hugs", "pug"]
        merges = train_bpe(corpus, 3)
        saved_merges = list(merges)
        encode("hugs pug", merges)
        check_equal(corpus, ["hug hugs", "pug"], "corpus after train_bpe")
        check_equal(merges, saved_merges, "merges after encode")


if __name__ == "__main__":
    unittest.main()
