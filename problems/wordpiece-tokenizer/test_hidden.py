import copy
import random
import time
import unittest

from mlreps_check import check, check_equal, check_raises
from solution import wordpiece_detokenize, wordpiece_tokenize


def _brute(text, vocab, unk="[UNK]", max_chars=100):
    # Longest match found by scanning the whole vocabulary at each position.
    out = []
    for word in text.split():
        if len(word) > max_chars:
            out.append(unk)
            continue
        pos, pieces = 0, []
        while pos < len(word):
            best = None
            for tok in vocab:
                body = tok[2:] if pos > 0 and tok.startswith("##") else (tok if pos == 0 else None)
                if body and word.startswith(body, pos) and (best is None or len(body) > len(best)):
                    best = body
            if best is None:
                pieces = [unk]
                break
            pieces.append(best if pos == 0 else "##" + best)
            pos += len(best)
        out.extend(pieces)
    return out


class HiddenTests(unittest.TestCase):
    def test_random_words_against_vocabulary_scan(self):
        """Random words over a small alphabet match a longest-match scan of the whole vocabulary"""
        rng = random.Random(5)
        for trial in range(25):
            alphabet = "abcd"
            vocab = set()
            for _ in range(rng.randint(3, 25)):
                piece = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
                vocab.add(piece if rng.random() < 0.4 else "##" + piece)
            text = " ".join("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(rng.randint(1, 12)))
            check_equal(wordpiece_tokenize(text, set(vocab)), _brute(text, vocab), "tokens of %r with vocab %r (trial %d)" % (text, sorted(vocab), trial))

    def test_greedy_not_optimal(self):
        """Greedy takes 'ab' and then fails, so 'abcd' is [UNK] even though 'a' + '##bcd' would work"""
        check_equal(wordpiece_tokenize("abcd", {"ab", "a", "##bcd", "##c"}), ["[UNK]"], "wordpiece_tokenize('abcd')")

    def test_unknown_word_drops_its_pieces(self):
        """A word that fails part-way is one unk_token; the words around it are unaffected"""
        vocab = ["re", "##play", "##plays", "game", "##s"]
        got = wordpiece_tokenize("replays regames games", vocab, unk_token="<unk>")
        check_equal(got, ["re", "##plays", "<unk>", "game", "##s"], "tokens with a custom unk_token")

    def test_whitespace_and_empty_text(self):
        """Runs of mixed whitespace separate words; empty or blank text gives []"""
        vocab = {"a", "b", "##b"}
        check_equal(wordpiece_tokenize("\n  a \t b\r\n ab  ", vocab), ["a", "b", "a", "##b"], "tokens of whitespace-heavy text")
        check_equal(wordpiece_tokenize("", vocab), [], "tokens of ''")
        check_equal(wordpiece_tokenize(" \t\n ", vocab), [], "tokens of blank text")

    def test_case_unicode_and_length_limit(self):
        """Matching is case-sensitive and by characters; a word of exactly max_chars_per_word is still split"""
        vocab = ("the", "na", "##\u00ef", "##ve", "##e")
        check_equal(wordpiece_tokenize("The the na\u00efve", vocab), ["[UNK]", "the", "na", "##\u00ef", "##ve"],
                    "case-sensitive, non-ASCII tokens")
        check_equal(wordpiece_tokenize("na\u00efve", vocab, max_chars_per_word=5), ["na", "##\u00ef", "##ve"],
                    "a 5-character word with max_chars_per_word=5")
        check_equal(wordpiece_tokenize("na\u00efve the", vocab, max_chars_per_word=4), ["[UNK]", "the"],
                    "a 5-character word with max_chars_per_word=4")

    def test_vocabulary_containers(self):
        """A dict (keys are tokens), a list, a tuple and a frozenset give the same tokens"""
        tokens = ["play", "##ing", "##er", "##s"]
        expected = ["play", "##er", "##s", "play", "##ing"]
        for vocab in ({t: i for i, t in enumerate(tokens)}, list(tokens), tuple(tokens), frozenset(tokens)):
            check_equal(wordpiece_tokenize("players playing", vocab), expected, "tokens with a %s vocabulary" % type(vocab).__name__)

    def test_large_text_within_budget(self):
        """20,000 words against a 5,000-token list vocabulary in under 1.5 s of CPU time"""
        rng = random.Random(11)
        letters = "abcdefghijklmnopqrstuvwxyz"
        pieces = sorted({"".join(rng.choice(letters) for _ in range(3)) for _ in range(2600)})[:2500]
        vocab = pieces + ["##" + p for p in pieces]
        rng.shuffle(vocab)
        words, expected = [], []
        for _ in range(20000):
            k = rng.randint(1, 4)
            chosen = [rng.choice(pieces) for _ in range(k)]
            words.append("".join(chosen))
            expected.extend([chosen[0]] + ["##" + c for c in chosen[1:]])
        text = " ".join(words)
        start = time.process_time()
        got = wordpiece_tokenize(text, vocab)
        elapsed = time.process_time() - start
        check_equal(got, expected, "tokens of 20,000 words")
        check(elapsed < 1.5, "wordpiece_tokenize took %.2f s of CPU for 20,000 words (budget 1.5 s): a membership test on a list scans it; build a set once"
              % elapsed, "< 1.5 s", "%.2f s" % elapsed)

    def test_detokenize_cases(self):
        """Round trip of segmentable text; a leading '##' token; [UNK] is a word; no tokens give ''"""
        vocab = {"un", "##aff", "##able", "cat", "##s", "the"}
        text = "  the\tunaffable   cats\n"
        check_equal(wordpiece_detokenize(wordpiece_tokenize(text, vocab)), "the unaffable cats", "round trip")
        check_equal(wordpiece_detokenize(("##s", "cat", "[UNK]", "##s")), "s cat [UNK]s", "detokenize with a leading '##' token")
        check_equal(wordpiece_detokenize([]), "", "detokenize of no tokens")

    def test_bad_types_raise(self):
        """Wrong types raise TypeError; max_chars_per_word < 1 raises ValueError"""
        vocab = {"a"}
        check_raises(TypeError, wordpiece_tokenize, b"a", vocab, what="wordpiece_tokenize with bytes text")
        check_raises(TypeError, wordpiece_tokenize, None, vocab, what="wordpiece_tokenize with text=None")
        check_raises(TypeError, wordpiece_tokenize, "a", "abc", what="wordpiece_tokenize with a str vocab")
        check_raises(TypeError, wordpiece_tokenize, "a", {"a", 3}, what="wordpiece_tokenize with an int in the vocab")
        check_raises(TypeError, wordpiece_tokenize, "a", vocab, None, what="wordpiece_tokenize with unk_token=None")
        check_raises(TypeError, wordpiece_tokenize, "a", vocab, "[UNK]", 5.0, what="wordpiece_tokenize with max_chars_per_word=5.0")
        check_raises(ValueError, wordpiece_tokenize, "a", vocab, "[UNK]", 0, what="wordpiece_tokenize with max_chars_per_word=0")
        check_raises(TypeError, wordpiece_detokenize, "the cat", what="wordpiece_detokenize of a str")
        check_raises(TypeError, wordpiece_detokenize, ["the", 3], what="wordpiece_detokenize with an int token")

    def test_inputs_not_modified(self):
        """The vocabulary list and the token list are left unchanged"""
        vocab = ["b", "a", "##b"]
        tokens = ["a", "##b", "b"]
        v0, t0 = copy.deepcopy(vocab), copy.deepcopy(tokens)
        wordpiece_tokenize("ab b", vocab)
        wordpiece_detokenize(tokens)
        check_equal((vocab, tokens), (v0, t0), "vocab and tokens after the calls")


if __name__ == "__main__":
    unittest.main()
