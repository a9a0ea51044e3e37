import copy
import unittest

import numpy as np

from mlreps_check import check, check_equal, check_raises, fail
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


P0, Q0 = [0.6, 0.3, 0.1, 0.0], [0.1, 0.2, 0.3, 0.4]
P1, Q1 = [0.25, 0.25, 0.25, 0.25], [0.7, 0.1, 0.1, 0.1]
P2 = [0.1, 0.2, 0.3, 0.4]


def _global_state_equal(a, b):
    return a[0] == b[0] and np.array_equal(a[1], b[1]) and a[2:] == b[2:]


class HiddenTests(unittest.TestCase):
    def test_output_follows_the_target_distribution(self):
        """6,000 seeded rounds: the first token follows p_0 and the second (when produced) follows p_1, within 0.035"""
        n = 6000
        drafts_rng = np.random.default_rng(99)
        x0 = np.searchsorted(np.cumsum(Q0), drafts_rng.random(n), side="right")
        x1 = np.searchsorted(np.cumsum(Q1), drafts_rng.random(n), side="right")
        q = np.array([Q0, Q1])
        p = np.array([P0, P1, P2])
        before = np.random.get_state()
        rng = np.random.default_rng(2024)
        first = np.zeros(4)
        second = np.zeros(4)
        lengths = np.zeros(4)
        for t in range(n):
            out = speculative_accept([int(x0[t]), int(x1[t])], q, p, rng)
            first[out[0]] += 1
            lengths[len(out)] += 1
            if len(out) >= 2:
                second[out[1]] += 1
        after = np.random.get_state()
        check(_global_state_equal(before, after), "the global np.random state must be untouched", "unchanged state", "changed state")
        f1 = first / n
        check(np.all(np.abs(f1 - P0) <= 0.035), "frequency of the first token must match the target p_0 = %s within 0.035" % P0, P0, f1)
        check_equal(int(first[3]), 0, "times the first token was 3 (target probability 0)")
        f2 = second / max(second.sum(), 1)
        check(np.all(np.abs(f2 - P1) <= 0.035), "frequency of the second token must match the target p_1 = %s within 0.035" % P1, P1, f2)
        # The first draft is kept with probability sum(min(p_0, q_0)) = 0.4.
        check(abs(lengths[2:].sum() / n - 0.4) <= 0.035, "share of rounds that keep the first draft token", 0.4, lengths[2:].sum() / n)

    def test_uniform_drawn_even_when_the_ratio_exceeds_one(self):
        """An always-accepted draft still consumes its uniform, so the next position uses the next one"""
        q = np.array([[0.5, 0.5], [0.5, 0.5]])
        p = np.array([[0.1, 0.9], [0.9, 0.1], [0.0, 1.0]])
        # token 1 at position 0: 0.9 / 0.5 >= 1, accepted with u = 0.95; token 1 at position 1: 0.1 / 0.5 = 0.2,
        # u = 0.1 accepts; the extra token comes from [0, 1] with u = 0.3.
        rng = ScriptedRng([0.95, 0.1, 0.3])
        check_equal(speculative_accept([1, 1], q, p, rng), [1, 1, 1], "tokens")
        check_equal(rng.drawn, 3, "uniforms drawn")

    def test_acceptance_is_strict(self):
        """u equal to p/q rejects; just below it accepts"""
        q = np.array([[0.5, 0.5]])
        p = np.array([[0.75, 0.25], [0.0, 1.0]])
        # token 1: p/q = 0.5 exactly. The residual is [1, 0]; the extra token after acceptance is 1.
        check_equal(speculative_accept([1], q, p, ScriptedRng([0.5, 0.3])), [0], "tokens with u = p/q = 0.5")
        check_equal(speculative_accept([1], q, p, ScriptedRng([0.4999, 0.3])), [1, 1], "tokens with u = 0.4999")

    def test_draft_token_the_target_never_picks_is_always_rejected(self):
        """p_i[x] = 0 rejects even with u = 0; the residual with u = 0 picks its first token of positive mass"""
        q = np.array([[0.3, 0.3, 0.4]])
        p = np.array([[0.0, 0.6, 0.4], [1.0, 0.0, 0.0]])
        # token 0: p = 0, rejected; residual [0, 0.3, 0] / 0.3 = [0, 1, 0]: u = 0 must give 1, not 0.
        rng = ScriptedRng([0.0, 0.0])
        check_equal(speculative_accept([0], q, p, rng), [1], "tokens")
        check_equal(rng.drawn, 2, "uniforms drawn")

    def test_rejection_in_the_middle_stops_the_round(self):
        """gamma = 4, rejected at position 1: one accepted token, one resampled token, three uniforms in all"""
        q = np.array([[0.5, 0.5, 0.0], [0.2, 0.2, 0.6], [0.5, 0.5, 0.0], [0.5, 0.5, 0.0]])
        p = np.array([[0.5, 0.5, 0.0], [0.5, 0.3, 0.2], [0.5, 0.5, 0.0], [0.5, 0.5, 0.0], [1.0, 0.0, 0.0]])
        # position 0 (token 0): ratio 1, accepted; position 1 (token 2): ratio 1/3, u = 0.5 rejects;
        # residual [0.3, 0.1, 0] / 0.4 = [0.75, 0.25, 0]: u = 0.8 gives token 1.
        rng = ScriptedRng([0.2, 0.5, 0.8])
        check_equal(speculative_accept([0, 2, 0, 1], q, p, rng), [0, 1], "tokens")
        check_equal(rng.drawn, 3, "uniforms drawn")

    def test_no_draft_tokens_samples_the_target(self):
        """gamma = 0: one uniform, one token from target_probs[0]"""
        rng = ScriptedRng([0.45])
        got = speculative_accept(np.zeros(0, dtype=np.int64), np.zeros((0, 3)), np.array([[0.2, 0.3, 0.5]]), rng)
        check_equal(got, [1], "tokens with gamma = 0")
        check_equal(rng.drawn, 1, "uniforms drawn")

    def test_python_ints_lists_and_inputs_unchanged(self):
        """Lists are accepted, tokens are Python ints, and the inputs are left unchanged"""
        tokens = np.array([2, 0])
        q = np.array([[0.2, 0.3, 0.5], [0.6, 0.2, 0.2]])
        p = np.array([[0.1, 0.3, 0.6], [0.3, 0.3, 0.4], [0.5, 0.25, 0.25]])
        saved = copy.deepcopy((tokens, q, p))
        got = speculative_accept(tokens, q, p, ScriptedRng([0.9, 0.1, 0.6]))
        check_equal(got, [2, 0, 1], "tokens")
        check(all(type(t) is int for t in got), "every returned token must be a Python int", "int", [type(t).__name__ for t in got])
        check_equal(tokens, saved[0], "draft_tokens after the call")
        check_equal(q, saved[1], "draft_probs after the call")
        check_equal(p, saved[2], "target_probs after the call")
        got = speculative_accept([2, 0], q.tolist(), p.tolist(), ScriptedRng([0.9, 0.1, 0.6]))
        check_equal(got, [2, 0, 1], "tokens from nested lists")

    def test_invalid_inputs_raise(self):
        """Bad shapes, tokens, probabilities and zero draft probability raise ValueError"""
        q = np.array([[0.5, 0.5, 0.0]])
        p = np.array([[0.2, 0.3, 0.5], [0.3, 0.3, 0.4]])
        cases = [
            ("float tokens [1.0]", np.array([1.0]), q, p),
            ("2-D tokens", np.array([[1]]), q, p),
            ("token 3 with V = 3", [3], q, p),
            ("token -1", [-1], q, p),
            ("target_probs with gamma rows instead of gamma + 1", [1], q, p[:1]),
            ("draft_probs with 2 rows for 1 token", [1], np.vstack([q, q]), p),
            ("draft_probs with V = 2 and target_probs with V = 3", [1], np.array([[0.5, 0.5]]), p),
            ("a target row summing to 0.9", [1], q, np.array([[0.2, 0.3, 0.4], [0.3, 0.3, 0.4]])),
            ("a negative draft probability", [1], np.array([[1.1, -0.1, 0.0]]), p),
            ("a draft token with draft probability 0", [2], q, p),
        ]
        for why, t, qq, pp in cases:
            check_raises(ValueError, speculative_accept, t, qq, pp, ScriptedRng([0.5] * 5), what="speculative_accept with %s" % why)


if __name__ == "__main__":
    unittest.main()
