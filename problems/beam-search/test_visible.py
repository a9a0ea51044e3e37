import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import beam_search

TABLE = {(9,): [-3.0, -0.5, -0.9], (9, 1): [-2.0, -2.5, -2.2], (9, 2): [-0.1, -3.0, -3.0]}


def _step(prefix):
    return np.array(TABLE[prefix])


def _check_result(got, expected, what):
    check(isinstance(got, list), "%s: expected a list" % what, expected, got)
    check_equal([tuple(int(t) for t in seq) for seq, _ in got], [seq for seq, _ in expected], "%s: sequences" % what)
    check_close([s for _, s in got], [s for _, s in expected], 1e-9, 1e-9, "%s: scores" % what)


class VisibleTests(unittest.TestCase):
    def test_greedy_with_width_one(self):
        """beam_width=1 follows the best token at each step: (9, 1, 0) with score -2.5"""
        _check_result(beam_search(_step, bos=9, eos=0, beam_width=1, max_len=2), [((9, 1, 0), -2.5)], "width 1")

    def test_width_two_finds_the_better_sequence(self):
        """beam_width=2 keeps token 2 alive and finds (9, 2, 0) with score -1.0"""
        _check_result(beam_search(_step, bos=9, eos=0, beam_width=2, max_len=2),
                      [((9, 2, 0), -1.0), ((9, 1, 0), -2.5)], "width 2")

    def test_stops_when_all_finish(self):
        """If eos is the best first token with width 1, the search ends after one step"""
        calls = []

        def step(prefix):
            calls.append(prefix)
            return np.array([-0.1, -1.0, -2.0])

        _check_result(beam_search(step, bos=5, eos=0, beam_width=1, max_len=10), [((5, 0), -0.1)], "immediate eos")
        check_equal(calls, [(5,)], "prefixes passed to step_fn")


if __name__ == "__main__":
    unittest.main()
