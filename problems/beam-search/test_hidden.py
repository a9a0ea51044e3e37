import itertools
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import beam_search


class _Model:
    """Deterministic random log-probabilities per prefix; counts calls."""

    def __init__(self, V, seed, scale=2.0):
        self.V, self.seed, self.scale = V, seed, scale
        self.calls = []

    def logp(self, prefix):
        z = np.random.default_rng([self.seed] + [int(t) + 1 for t in prefix]).normal(size=self.V) * self.scale
        z = z - z.max()
        return z - math.log(float(np.exp(z).sum()))

    def __call__(self, prefix):
        self.calls.append(tuple(prefix))
        return self.logp(tuple(prefix))


def _simple_beam(model, bos, eos, k, max_len, alpha):
    # Written independently of any solution: plain lists and a full sort per step.
    alive, done, calls = [((bos,), 0.0)], [], 0
    for _ in range(max_len):
        cands = []
        for seq, sc in alive:
            lp = model.logp(seq)
            calls += 1
            cands += [(seq + (v,), sc + float(lp[v])) for v in range(len(lp)) if sc + float(lp[v]) != -math.inf]
        cands = sorted(cands, key=lambda c: c[0])
        cands = sorted(cands, key=lambda c: -c[1])[:k]
        alive = [c for c in cands if c[0][-1] != eos]
        done += [c for c in cands if c[0][-1] == eos]
        if not alive:
            break
    done += alive
    done = sorted(done, key=lambda c: c[0])
    done = sorted(done, key=lambda c: -c[1] / (len(c[0]) - 1) ** alpha)
    return done[:k], calls


def _check_result(got, expected, what):
    check(isinstance(got, list), "%s: expected a list" % what, expected, got)
    check_equal([tuple(int(t) for t in seq) for seq, _ in got], [seq for seq, _ in expected], "%s: sequences" % what)
    check_close([s for _, s in got], [s for _, s in expected], 1e-9, 1e-9, "%s: scores" % what)


class HiddenTests(unittest.TestCase):
    def test_wide_beam_is_exhaustive(self):
        """With a beam wider than the search space, the result is the exact ranking of every complete sequence"""
        model = _Model(V=3, seed=1)
        everything = []
        for L in range(1, 4):
            for tail in itertools.product(range(3), repeat=L):
                if 0 in tail[:-1] or (L < 3 and tail[-1] != 0):
                    continue
                seq = (7,) + tail
                everything.append((seq, sum(float(model.logp(seq[:i])[seq[i]]) for i in range(1, len(seq)))))
        everything.sort(key=lambda c: (-c[1] / (len(c[0]) - 1) ** 0.6, c[0]))
        _check_result(beam_search(model, bos=7, eos=0, beam_width=40, max_len=3, alpha=0.6), everything, "exhaustive search")

    def test_width_one_is_greedy(self):
        """beam_width=1 equals greedy decoding on a random model"""
        model = _Model(V=5, seed=2)
        seq, score = (1,), 0.0
        for _ in range(6):
            lp = model.logp(seq)
            v = int(np.argmax(lp))
            seq, score = seq + (v,), score + float(lp[v])
            if v == 4:
                break
        _check_result(beam_search(model, bos=1, eos=4, beam_width=1, max_len=6), [(seq, score)], "greedy")

    def test_random_models_match_a_simple_version(self):
        """Random models, widths 2-4, alpha 0 and 1: same hypotheses, scores and order as a plain implementation"""
        for seed in range(6):
            for alpha in (0.0, 1.0):
                k = 2 + seed % 3
                model = _Model(V=4, seed=100 + seed, scale=1.0)
                expected, _ = _simple_beam(model, 0, 3, k, 4, alpha)
                _check_result(beam_search(model, bos=0, eos=3, beam_width=k, max_len=4, alpha=alpha), expected,
                              "seed %d, width %d, alpha %g" % (seed, k, alpha))

    def test_step_fn_called_once_per_alive_hypothesis(self):
        """step_fn is called exactly once per alive hypothesis per step and never on a finished one"""
        model = _Model(V=3, seed=8, scale=1.0)
        _, expected_calls = _simple_beam(model, 2, 0, 3, 5, 0.0)
        beam_search(model, bos=2, eos=0, beam_width=3, max_len=5)
        ended = [p for p in model.calls if len(p) > 1 and p[-1] == 0]
        check(not ended, "step_fn was called on finished hypotheses", "no prefix ending in eos", ended[:3])
        check_equal(len(model.calls), expected_calls, "number of step_fn calls")

    def test_length_penalty_changes_the_winner(self):
        """alpha=1 prefers a 4-token sequence at -2.4 (mean -0.6) over an immediate eos at -1.0"""
        def step(prefix):
            if len(prefix) == 1:
                return np.array([-1.0, -0.6])
            if len(prefix) < 4:
                return np.array([-np.inf, -0.6])
            return np.array([-0.6, -np.inf])

        _check_result(beam_search(step, bos=5, eos=0, beam_width=2, max_len=5, alpha=0.0),
                      [((5, 0), -1.0), ((5, 1, 1, 1, 0), -2.4)], "alpha 0")
        _check_result(beam_search(step, bos=5, eos=0, beam_width=2, max_len=5, alpha=1.0),
                      [((5, 1, 1, 1, 0), -2.4), ((5, 0), -1.0)], "alpha 1")

    def test_unfinished_hypotheses_are_returned(self):
        """When eos never wins, the alive hypotheses at max_len are the result"""
        def step(prefix):
            return np.array([-np.inf, -1.0, -1.5])

        _check_result(beam_search(step, bos=3, eos=0, beam_width=2, max_len=3),
                      [((3, 1, 1, 1), -3.0), ((3, 1, 1, 2), -3.5)], "no eos reachable")

    def test_ties_are_broken_by_sequence(self):
        """A three-way tie across beams keeps the two lexicographically smallest sequences"""
        table = {(8,): [-2.0, -1.0, -5.0, -9.0], (8, 1): [-1.0, -1.0, -4.0, -4.0], (8, 0): [0.0, -4.0, -4.0, -4.0]}
        got = beam_search(lambda p: np.array(table[p]), bos=8, eos=3, beam_width=2, max_len=2)
        _check_result(got, [((8, 0, 0), -2.0), ((8, 1, 0), -2.0)], "tie-break")
        flat = beam_search(lambda p: np.zeros(3), bos=4, eos=0, beam_width=2, max_len=2)
        _check_result(flat, [((4, 0), 0.0), ((4, 1, 0), 0.0)], "all scores equal")

    def test_minus_inf_candidates_are_dropped(self):
        """Tokens at -inf are never kept, even when the beam has room for them"""
        calls = []

        def step(prefix):
            calls.append(tuple(prefix))
            # token 0 is eos; token 1 is impossible everywhere; token 2 only after bos.
            if len(prefix) == 1:
                return np.array([-1.0, -math.inf, -0.5])
            return np.array([-0.25, -math.inf, -math.inf])

        out = beam_search(step, bos=7, eos=0, beam_width=5, max_len=3)
        check_equal([seq for seq, _ in out], [(7, 2, 0), (7, 0)], "sequences")
        check_close([sc for _, sc in out], [-0.75, -1.0], 1e-9, 1e-9, "scores")
        check_equal(calls, [(7,), (7, 2)], "step_fn calls")

    def test_invalid_arguments_raise(self):
        """beam_width or max_len that is 0, negative or fractional raises ValueError"""
        step = lambda p: np.zeros(2)
        for kw, why in [({"beam_width": 0, "max_len": 3}, "beam_width=0"), ({"beam_width": 2, "max_len": 0}, "max_len=0"),
                        ({"beam_width": -1, "max_len": 3}, "beam_width=-1"), ({"beam_width": 1.5, "max_len": 3}, "beam_width=1.5")]:
            with self.assertRaises(ValueError, msg=why):
                beam_search(step, bos=1, eos=0, **kw)


if __name__ == "__main__":
    unittest.main()
