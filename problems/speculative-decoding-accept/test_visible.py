import unittest

import numpy as np

from mlreps_check import check_equal, fail
from solution import speculative_accept


class ScriptedRng:
    """Hands out the given uniforms, in order, through random(); counts how many were drawn."""

    def __init__(self, values):
        self.values = list(values)
        self.drawn = 0

    def random(self, *args, **kwargs):
        if args or kwargs:
            fail("rng.random() must be called with no arguments", "rng.random()", "rng.random(%s)" % ", ".join(map(repr, args)))
        if self.drawn >= len(self.values):
            fail("drew more uniforms than the rule needs (%d scripted)" % len(self.values), len(self.values), self.drawn + 1)
        self.drawn += 1
        return self.values[self.drawn - 1]


Q = np.array([[0.2, 0.3, 0.5], [0.6, 0.2, 0.2]])
P = np.array([[0.1, 0.3, 0.6], [0.3, 0.3, 0.4], [0.5, 0.25, 0.25]])


class VisibleTests(unittest.TestCase):
    def test_readme_examples(self):
        """Seed 0 accepts both drafts and adds a token; seed 1 rejects the second draft and resamples"""
        check_equal(speculative_accept([2, 0], Q, P, np.random.default_rng(0)), [2, 0, 0], "speculative_accept with default_rng(0)")
        check_equal(speculative_accept([2, 0], Q, P, np.random.default_rng(1)), [2, 1], "speculative_accept with default_rng(1)")

    def test_all_accepted_adds_a_token_from_the_last_target_row(self):
        """Both drafts accepted: three uniforms, the third samples the last row of target_probs"""
        rng = ScriptedRng([0.9, 0.1, 0.6])      # 0.9 < 1.2 accepts token 2, 0.1 < 0.5 accepts token 0, 0.6 -> [0.5, 0.75, 1] gives 1
        check_equal(speculative_accept([2, 0], Q, P, rng), [2, 0, 1], "tokens")
        check_equal(rng.drawn, 3, "uniforms drawn")

    def test_first_rejection_resamples_from_the_residual_and_stops(self):
        """A rejected first draft is replaced from max(0, p - q), normalised; the second draft is never examined"""
        q = np.array([[0.1, 0.7, 0.2], [0.3, 0.3, 0.4]])
        p = np.array([[0.5, 0.35, 0.15], [0.2, 0.2, 0.6], [1.0, 0.0, 0.0]])
        # token 1: p/q = 0.5, u = 0.7 rejects; residual [0.4, 0, 0] / 0.4 = [1, 0, 0], so any u gives token 0.
        rng = ScriptedRng([0.7, 0.99])
        check_equal(speculative_accept([1, 2], q, p, rng), [0], "tokens")
        check_equal(rng.drawn, 2, "uniforms drawn")


if __name__ == "__main__":
    unittest.main()
