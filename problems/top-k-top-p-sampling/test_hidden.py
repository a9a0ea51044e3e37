import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import filtered_probs, sample_token

ATOL, RTOL = 1e-12, 1e-9


def _loop_filter(logits, T=1.0, k=None, p=None):
    # Plain Python, straight from the contract.
    finite = [x / T for x in logits if x != -math.inf]
    m = max(finite)
    e = [math.exp(x / T - m) if x != -math.inf else 0.0 for x in logits]
    q = [v / sum(e) for v in e]
    order = sorted(range(len(q)), key=lambda i: (-q[i], i))
    if k is not None:
        keep = set(order[:k])
        q = [v if i in keep else 0.0 for i, v in enumerate(q)]
        q = [v / sum(q) for v in q]
    if p is not None:
        order = sorted(range(len(q)), key=lambda i: (-q[i], i))
        kept, total = set(), 0.0
        for i in order:
            kept.add(i)
            total += q[i]
            if total >= p:
                break
        q = [v if i in kept else 0.0 for i, v in enumerate(q)]
        q = [v / sum(q) for v in q]
    return q


def _first_above(p, u):
    c = 0.0
    for i, v in enumerate(p):
        c += v
        if c > u:
            return i
    return max(i for i, v in enumerate(p) if v > 0)


class HiddenTests(unittest.TestCase):
    def test_temperature_applies_before_the_cuts(self):
        """temperature 0.5 sharpens first: top_p=0.9 then keeps only two of four tokens"""
        logits = [2.0, 1.0, 0.0, -1.0]
        got = filtered_probs(logits, temperature=0.5, top_p=0.9)
        check_close(got, _loop_filter(logits, 0.5, None, 0.9), ATOL, RTOL, "filtered_probs(T=0.5, top_p=0.9)")
        check_equal(int(np.count_nonzero(got)), 2, "number of tokens kept")
        hot = filtered_probs(logits, temperature=4.0, top_p=0.9)
        check_close(hot, _loop_filter(logits, 4.0, None, 0.9), ATOL, RTOL, "filtered_probs(T=4, top_p=0.9)")

    def test_random_settings_match_definition(self):
        """Random logits with random temperature, top_k and top_p match a plain-Python version"""
        rng = np.random.default_rng(40)
        for trial in range(30):
            V = int(rng.integers(1, 12))
            logits = rng.normal(size=V) * 3
            T = float(rng.uniform(0.3, 3.0))
            k = None if trial % 3 == 0 else int(rng.integers(1, V + 3))
            p = None if trial % 4 == 0 else float(rng.uniform(0.05, 1.0))
            check_close(filtered_probs(logits, T, k, p), _loop_filter(logits.tolist(), T, k, p), ATOL, RTOL,
                        "trial %d (V=%d, T=%.3f, top_k=%s, top_p=%s)" % (trial, V, T, k, p))

    def test_top_p_after_renormalized_top_k(self):
        """top_p is measured on the distribution renormalized after top_k"""
        logits = np.log([0.4, 0.3, 0.2, 0.1])
        got = filtered_probs(logits, top_k=2, top_p=0.55)
        check_close(got, [1.0, 0.0, 0.0, 0.0], ATOL, RTOL, "filtered_probs(top_k=2, top_p=0.55)")
        check_close(filtered_probs(logits, top_k=3, top_p=0.6), [4 / 7, 3 / 7, 0.0, 0.0], ATOL, RTOL, "filtered_probs(top_k=3, top_p=0.6)")

    def test_large_and_masked_logits(self):
        """Logits of 1e4 stay finite; -inf tokens get 0 even when top_k exceeds the finite count"""
        got = filtered_probs([1e4, 1e4 - 1.0, -np.inf, 1e4 - 50.0], top_k=4)
        check(np.all(np.isfinite(got)), "probabilities must be finite", "finite", got)
        check_close(got, _loop_filter([1e4, 1e4 - 1.0, -math.inf, 1e4 - 50.0], 1.0, 4, None), ATOL, RTOL, "large logits")
        check_equal(float(np.asarray(got)[2]), 0.0, "probability of the -inf token")

    def test_edge_settings(self):
        """top_k=1 is greedy (lowest index among ties); top_p=1 and top_k >= V change nothing"""
        logits = [1.0, 3.0, 3.0, 0.0]
        check_close(filtered_probs(logits, top_k=1), [0.0, 1.0, 0.0, 0.0], ATOL, RTOL, "filtered_probs(top_k=1)")
        full = _loop_filter(logits)
        check_close(filtered_probs(logits, top_p=1.0), full, ATOL, RTOL, "filtered_probs(top_p=1)")
        check_close(filtered_probs(logits, top_k=10), full, ATOL, RTOL, "filtered_probs(top_k=10)")
        check_close(filtered_probs([7.0]), [1.0], ATOL, RTOL, "a one-token vocabulary")

    def test_sampling_follows_the_rule_and_the_rng(self):
        """Many seeds: token = first index with cumsum(p) > rng.random(); one draw per call; global state untouched"""
        logits = np.array([0.3, -1.0, 2.0, 0.5, 1.5, -0.2])
        p = _loop_filter(logits.tolist(), 0.8, 5, 0.9)
        state = np.random.get_state()
        for seed in range(200):
            rng = np.random.default_rng(seed)
            got = sample_token(logits, rng, temperature=0.8, top_k=5, top_p=0.9)
            twin = np.random.default_rng(seed)
            u = twin.random()
            check_equal(got, _first_above(p, u), "sample with seed %d (u=%.6f)" % (seed, u))
            check(isinstance(got, int), "sample_token must return a Python int", "int", type(got).__name__)
            check_equal(rng.random(), twin.random(), "the next draw after sample_token (seed %d): exactly one draw" % seed)
        after = np.random.get_state()
        check(after[0] == state[0] and np.array_equal(after[1], state[1]) and after[2:] == state[2:],
              "the global np.random state must be untouched", "unchanged state", "changed state")

    def test_invalid_arguments_raise(self):
        """Bad temperature, top_k, top_p or logits raise ValueError"""
        good = [0.0, 1.0]
        cases = [(dict(temperature=0.0), "temperature=0"), (dict(temperature=-1.0), "temperature=-1"),
                 (dict(top_k=0), "top_k=0"), (dict(top_k=1.5), "top_k=1.5"), (dict(top_p=0.0), "top_p=0"),
                 (dict(top_p=1.5), "top_p=1.5")]
        for kw, why in cases:
            with self.assertRaises(ValueError, msg=why):
                filtered_probs(good, **kw)
        with self.assertRaises(ValueError, msg="2-D logits"):
            filtered_probs([[0.0, 1.0]])
        with self.assertRaises(ValueError, msg="all logits -inf"):
            filtered_probs([-np.inf, -np.inf])

    def test_integer_list_input_and_no_mutation(self):
        """Integer lists give float64; an input array is not modified"""
        got = filtered_probs([1, 2, 3], top_k=2)
        check_equal(np.asarray(got).dtype, np.dtype(np.float64), "dtype of filtered_probs")
        check_close(got, _loop_filter([1, 2, 3], 1.0, 2, None), ATOL, RTOL, "filtered_probs([1, 2, 3], top_k=2)")
        logits = np.array([0.5, 2.0, -1.0])
        before = logits.copy()
        filtered_probs(logits, temperature=2.0, top_k=2, top_p=0.5)
        sample_token(logits, np.random.default_rng(1), temperature=2.0)
        check_close(logits, before, 0, 0, "logits after the calls")


if __name__ == "__main__":
    unittest.main()
