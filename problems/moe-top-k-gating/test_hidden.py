import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_raises
from solution import moe_gating

ATOL, RTOL = 1e-12, 1e-9
SIG1 = math.e / (math.e + 1.0)


def _loop_gating(logits, k, C):
    # The statement, step by step, with Python floats and explicit counters.
    S, E = len(logits), len(logits[0])
    probs, choices, gates = [], [], []
    for row in logits:
        m = max(row)
        ex = [math.exp(v - m) for v in row]
        z = math.fsum(ex)
        probs.append([v / z for v in ex])
        best = sorted(range(E), key=lambda e: (-row[e], e))[:k]
        zk = math.fsum(ex[e] for e in best)
        choices.append(best)
        gates.append([ex[e] / zk for e in best])
    dispatch = np.zeros((S, E, C), dtype=bool)
    combine = np.zeros((S, E, C))
    used = [0] * E
    for r in range(k):
        for s in range(S):
            e = choices[s][r]
            if used[e] < C:
                dispatch[s, e, used[e]] = True
                combine[s, e, used[e]] = gates[s][r]
            used[e] += 1
    f = [sum(1 for s in range(S) if choices[s][0] == i) / S for i in range(E)]
    P = [math.fsum(probs[s][i] for s in range(S)) / S for i in range(E)]
    aux = E * math.fsum(fi * pi for fi, pi in zip(f, P))
    return np.array(choices), np.array(gates), dispatch, combine, aux


def _check_all(out, logits, k, C, what):
    exp_idx, exp_g, exp_d, exp_c, exp_aux = _loop_gating([[float(v) for v in row] for row in np.asarray(logits)], k, C)
    check_equal(np.asarray(out["expert_index"]), exp_idx, "expert_index (%s)" % what)
    check_close(out["gates"], exp_g, ATOL, RTOL, "gates (%s)" % what)
    check_equal(np.asarray(out["dispatch"]), exp_d, "dispatch (%s)" % what)
    check_close(out["combine"], exp_c, ATOL, RTOL, "combine (%s)" % what)
    check_close(out["aux_loss"], exp_aux, ATOL, RTOL, "aux_loss (%s)" % what)


class HiddenTests(unittest.TestCase):
    def test_random_routing_matches_loop(self):
        """40 tokens, 6 experts, k = 1, 2, 3, 6 and capacities 0 to 40 (with tied logits) match a loop over the rules"""
        rng = np.random.default_rng(1)
        for trial, (k, C) in enumerate(((1, 3), (2, 7), (3, 10), (6, 40), (2, 0), (2, 13))):
            logits = rng.integers(-2, 3, size=(40, 6)).astype(float) if trial % 2 else rng.normal(size=(40, 6)) * 3
            _check_all(moe_gating(logits, k, C), logits, k, C, "trial %d: k=%d, capacity=%d" % (trial, k, C))

    def test_rows_of_very_different_magnitude(self):
        """Tokens with logits near +1000 and near -1000 each get accurate, finite gates and probabilities"""
        logits = np.array([[1000.0, 999.0, 998.0], [-1000.0, -999.0, -998.0], [720.0, -720.0, 0.0]])
        out = moe_gating(logits, k=2, capacity=3)
        e1, e2 = math.exp(-1.0), math.exp(-2.0)
        check_close(out["gates"], [[1 / (1 + e1), e1 / (1 + e1)], [1 / (1 + e1), e1 / (1 + e1)], [1 / (1 + math.exp(-720.0)), math.exp(-720.0) / (1 + math.exp(-720.0))]],
                    ATOL, RTOL, "gates")
        check_equal(np.asarray(out["expert_index"]), np.array([[0, 1], [2, 1], [0, 2]]), "expert_index")
        z = 1 + e1 + e2
        P0 = (1 / z + e2 / z + 1.0) / 3
        P1 = (e1 / z + e1 / z + 0.0) / 3
        P2 = (e2 / z + 1 / z + math.exp(-720.0)) / 3
        check_close(out["aux_loss"], 3 * (P0 * 2 / 3 + P2 * 1 / 3 + P1 * 0), ATOL, RTOL, "aux_loss")

    def test_ties_go_to_lower_index(self):
        """All-equal logits choose experts 0, 1, 2 in that order, and the auxiliary loss is exactly 1"""
        out = moe_gating(np.full((5, 4), 3.5), k=3, capacity=5)
        check_equal(np.asarray(out["expert_index"]), np.array([[0, 1, 2]] * 5), "expert_index")
        check_close(out["gates"], np.full((5, 3), 1 / 3), ATOL, RTOL, "gates")
        check_close(out["aux_loss"], 1.0, ATOL, RTOL, "aux_loss (f = [1, 0, 0, 0], P = 1/4 each)")
        out = moe_gating(np.array([[0.0, 5.0, 1.0, 5.0, 1.0]]), k=4, capacity=1)
        check_equal(np.asarray(out["expert_index"]), np.array([[1, 3, 2, 4]]), "expert_index of [0, 5, 1, 5, 1]")

    def test_auxiliary_loss_by_hand(self):
        """Balanced routing gives 1; everything on expert 0 with P = [0.75, 0.25] gives 2 * 0.75 = 1.5"""
        out = moe_gating(np.array([[10.0, 0.0], [0.0, 10.0]]), k=1, capacity=1)
        check_close(out["aux_loss"], 1.0, ATOL, RTOL, "aux_loss of balanced routing")
        out = moe_gating(np.array([[math.log(3.0), 0.0], [math.log(3.0), 0.0]]), k=2, capacity=2)
        check(isinstance(out["aux_loss"], float), "aux_loss must be a Python float", "float", type(out["aux_loss"]).__name__)
        check_close(out["aux_loss"], 1.5, ATOL, RTOL, "aux_loss when every first choice is expert 0")

    def test_dropped_first_choice_keeps_second_gate(self):
        """A token whose first choice overflows still sends its second choice with its own, unrenormalised gate"""
        # Token 0 takes expert 0 and, as a second choice, expert 2; token 1's first choice (expert 0) overflows,
        # its second choice (expert 1) is kept with gate e^2 / (e^3 + e^2) = 1 / (1 + e).
        logits = np.array([[3.0, -9.0, 0.0], [3.0, 2.0, -9.0]])
        out = moe_gating(logits, k=2, capacity=1)
        combine = np.zeros((2, 3, 1))
        combine[0, 0, 0] = 1 / (1 + math.exp(-3.0))
        combine[0, 2, 0] = 1 / (1 + math.exp(3.0))
        combine[1, 1, 0] = 1 / (1 + math.e)
        check_close(out["combine"], combine, ATOL, RTOL, "combine")
        check_equal(int(np.asarray(out["dispatch"]).sum()), 3, "number of dispatched assignments")

    def test_capacity_zero_and_large(self):
        """Capacity 0 drops everything; a capacity of S drops nothing and every token's combine weights sum to 1"""
        rng = np.random.default_rng(2)
        logits = rng.normal(size=(6, 4))
        out = moe_gating(logits, k=2, capacity=0)
        check_equal(np.asarray(out["dispatch"]).shape, (6, 4, 0), "shape of dispatch with capacity 0")
        check_equal(np.asarray(out["combine"]).shape, (6, 4, 0), "shape of combine with capacity 0")
        out = moe_gating(logits, k=2, capacity=6)
        check_close(np.asarray(out["combine"]).sum(axis=(1, 2)), np.ones(6), ATOL, RTOL, "combine weights per token")
        check_equal(np.asarray(out["dispatch"]).sum(axis=(1, 2)), np.full(6, 2), "assignments per token")

    def test_types_and_lists(self):
        """Integer nested lists work; gates and combine are float64, dispatch is bool"""
        out = moe_gating([[1, 0], [0, 1], [1, 0]], 1, 2)
        check_equal(np.asarray(out["gates"]).dtype, np.dtype(np.float64), "dtype of gates")
        check_equal(np.asarray(out["combine"]).dtype, np.dtype(np.float64), "dtype of combine")
        check_equal(np.asarray(out["dispatch"]).dtype, np.dtype(bool), "dtype of dispatch")
        check_equal(np.asarray(out["expert_index"]).dtype.kind in "iu", True, "expert_index has an integer dtype")
        check_equal(np.argwhere(np.asarray(out["dispatch"])), np.array([[0, 0, 0], [1, 1, 0], [2, 0, 1]]), "dispatched (token, expert, slot)")
        check_close(out["gates"], np.ones((3, 1)), ATOL, RTOL, "gates with k = 1")

    def test_invalid_arguments(self):
        """Bad shapes, non-finite logits, and out-of-range or non-integer k or capacity raise ValueError"""
        L = np.zeros((3, 4))
        for k in (0, 5, 2.0, True):
            check_raises(ValueError, moe_gating, L, k, 2, what="k = %r with 4 experts" % (k,))
        for C in (-1, 1.5, True):
            check_raises(ValueError, moe_gating, L, 2, C, what="capacity = %r" % (C,))
        check_raises(ValueError, moe_gating, np.zeros(4), 1, 1, what="1-D logits")
        check_raises(ValueError, moe_gating, np.zeros((2, 3, 4)), 1, 1, what="3-D logits")
        check_raises(ValueError, moe_gating, np.zeros((0, 4)), 1, 1, what="logits with no tokens")
        check_raises(ValueError, moe_gating, np.array([[0.0, np.inf]]), 1, 1, what="logits containing inf")
        check_raises(ValueError, moe_gating, np.array([[0.0, np.nan]]), 1, 1, what="logits containing nan")

    def test_logits_not_modified(self):
        """The logits array is left unchanged"""
        rng = np.random.default_rng(3)
        logits = rng.normal(size=(8, 5)) * 500
        saved = logits.copy()
        out = moe_gating(logits, 2, 3)
        check_close(logits, saved, 0, 0, "logits after the call")
        _check_all(out, saved, 2, 3, "logits scaled by 500")


if __name__ == "__main__":
    unittest.main()
