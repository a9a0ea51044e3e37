import random
import tracemalloc
import unittest
from collections import Counter
from itertools import combinations

from mlreps_check import check, check_equal, check_raises
from solution import reservoir_sample


class OnePassStream:
    """An iterable that can be iterated once and has no len()."""

    def __init__(self, items):
        self._items = list(items)
        self.iter_calls = 0
        self.pulled = 0

    def __iter__(self):
        self.iter_calls += 1
        if self.iter_calls > 1:
            raise RuntimeError("the stream was iterated twice")
        for item in self._items:
            self.pulled += 1
            yield item


class HiddenTests(unittest.TestCase):
    def test_each_item_equally_likely(self):
        """Over 6000 seeds, each of 10 items is kept about 30% of the time (k=3)"""
        counts = Counter()
        trials = 6000
        for seed in range(trials):
            counts.update(reservoir_sample(range(10), 3, random.Random(seed)))
        for item in range(10):
            check(1600 <= counts[item] <= 2000, "item %d should be kept in about 1800 of 6000 runs" % item, "1600 .. 2000", counts[item])

    def test_each_subset_equally_likely(self):
        """Over 5000 seeds, each of the 10 pairs from 5 items appears about 500 times"""
        counts = Counter()
        for seed in range(5000):
            counts[tuple(sorted(reservoir_sample(iter("abcde"), 2, random.Random(10_000 + seed))))] += 1
        for pair in combinations("abcde", 2):
            check(390 <= counts[pair] <= 610, "pair %s should appear about 500 times" % (pair,), "390 .. 610", counts[pair])

    def test_single_pass_over_iterable(self):
        """The stream is iterated exactly once and read to the end"""
        stream = OnePassStream(range(200))
        got = reservoir_sample(stream, 4, random.Random(3))
        check_equal(stream.iter_calls, 1, "number of times the stream was iterated")
        check_equal(stream.pulled, 200, "items read from the stream")
        check_equal(len(set(got)), 4, "distinct items in the sample")

    def test_k_zero(self):
        """k = 0 gives an empty list"""
        check_equal(reservoir_sample(range(10), 0, random.Random(0)), [], "sample with k=0")

    def test_k_equals_n_and_empty_stream(self):
        """k = n returns every item; an empty stream returns []"""
        check_equal(sorted(reservoir_sample(range(6), 6, random.Random(8))), list(range(6)), "sample with k=n")
        check_equal(reservoir_sample([], 3, random.Random(8)), [], "sample of an empty stream")

    def test_duplicate_values_are_kept(self):
        """Equal values at different positions are separate items"""
        check_equal(reservoir_sample([7] * 20, 3, random.Random(5)), [7, 7, 7], "sample of twenty 7s")

    def test_long_stream(self):
        """A stream of 50,000 items gives k distinct in-range items, and late items do get picked"""
        late = 0
        for seed in range(20):
            got = reservoir_sample(iter(range(50_000)), 5, random.Random(seed))
            check(len(set(got)) == 5 and all(0 <= v < 50_000 for v in got), "5 distinct in-range items expected", "5 distinct items", got)
            late += sum(v >= 25_000 for v in got)
        check(25 <= late <= 75, "about half of 100 sampled items should come from the second half", "25 .. 75", late)

    def test_memory_is_o_of_k(self):
        """200,000 fresh objects with k = 5: peak extra memory stays far below a copy of the stream"""
        def stream():
            for i in range(200_000):
                yield [i]          # a new object per item, freed unless the solution keeps it

        tracemalloc.start()
        try:
            out = reservoir_sample(stream(), 5, random.Random(4))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        check_equal(len(out), 5, "sample size")
        # a list of the stream alone holds 200,000 pointers plus 200,000 small lists: well over 10 MB
        check(peak < 2_000_000, "peak traced memory must stay O(k), not grow with the stream", "< 2,000,000 bytes", peak)

    def test_negative_k_raises(self):
        """A negative k raises ValueError"""
        check_raises(ValueError, reservoir_sample, range(5), -1, random.Random(0), what="reservoir_sample(range(5), -1, rng)")


class GapTests(unittest.TestCase):
    def test_global_random_state_untouched(self):
        """Only the rng argument is used: the global random module's state is unchanged"""
        random.seed(2024)
        before = random.getstate()
        reservoir_sample(iter(range(50)), 5, random.Random(1))
        reservoir_sample(iter(range(3)), 5, random.Random(1))
        check(random.getstate() == before, "reservoir_sample changed the global random state; take every random number from rng",
              "unchanged", "changed")


if __name__ == "__main__":
    unittest.main()
