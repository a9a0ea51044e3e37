import math
import unittest

import numpy as np

from mlreps_check import check, check_equal, check_raises
from solution import simulate, ucb1_select


def _select(counts, sums, c):
    # Plain-Python UCB1 with the stated tie rule (first strict maximum wins).
    for i, n in enumerate(counts):
        if n == 0:
            return i
    t = sum(counts)
    best, best_score = None, None
    for i, (n, s) in enumerate(zip(counts, sums)):
        score = s / n + c * math.sqrt(math.log(t) / n)
        if best_score is None or score > best_score:
            best, best_score = i, score
    return best


def _simulate(probs, n_rounds, seed, c):
    u = np.random.default_rng(seed).random(n_rounds)
    counts, sums = [0] * len(probs), [0.0] * len(probs)
    arms, rewards = [], []
    for r in range(n_rounds):
        a = _select(counts, sums, c)
        x = 1.0 if u[r] < probs[a] else 0.0
        counts[a] += 1
        sums[a] += x
        arms.append(a)
        rewards.append(x)
    return arms, rewards


class HiddenTests(unittest.TestCase):
    def test_scores_against_plain_python(self):
        """Random states with every arm played: the choice matches a plain-Python UCB1"""
        rng = np.random.default_rng(4)
        for trial in range(40):
            k = int(rng.integers(2, 7))
            counts = rng.integers(1, 50, size=k)
            sums = np.round(rng.uniform(0, 1, size=k) * counts)
            c = float(rng.choice([0.3, 1.0, math.sqrt(2), 2.5]))
            expected = _select(counts.tolist(), sums.tolist(), c)
            check_equal(ucb1_select(counts.copy(), sums.copy(), c), expected,
                        "ucb1_select(%s, %s, c=%g)" % (counts.tolist(), sums.tolist(), c))

    def test_simulation_matches_the_stated_draw_order(self):
        """Three arms for 300 rounds and two arms with c = 0.7: arms and rewards follow the stated draw order exactly"""
        for probs, n_rounds, seed, c in [([0.3, 0.6, 0.45], 300, 11, math.sqrt(2)), ([0.5, 0.55], 120, 3, 0.7)]:
            arms, rewards = simulate(probs, n_rounds, seed, c=c)
            e_arms, e_rewards = _simulate(probs, n_rounds, seed, c)
            check_equal(np.asarray(arms).tolist(), e_arms, "arms for probs %s, seed %d, c=%g" % (probs, seed, c))
            check_equal(np.asarray(rewards).tolist(), e_rewards, "rewards for probs %s, seed %d" % (probs, seed))
            check(np.asarray(arms).dtype == np.int64 and np.asarray(rewards).dtype == np.float64,
                  "arms must be int64 and rewards float64", "int64, float64", (np.asarray(arms).dtype, np.asarray(rewards).dtype))

    def test_exact_ties_go_to_lowest_index(self):
        """Identical arms tie exactly: the lowest index wins, wherever the tied arms sit"""
        check_equal(ucb1_select([5, 5, 5, 5], [2.0, 2.0, 2.0, 2.0]), 0, "four identical arms")
        check_equal(ucb1_select([9, 5, 5], [1.0, 4.0, 4.0]), 1, "arms 1 and 2 identical and best")
        check_equal(ucb1_select([4, 0, 0], [1.0, 0.0, 0.0]), 1, "two unplayed arms")

    def test_best_arm_dominates(self):
        """Over 2000 rounds with probs [0.2, 0.7, 0.4], arm 1 gets most of the plays and every arm is still explored"""
        arms, _ = simulate([0.2, 0.7, 0.4], 2000, seed=42)
        share = np.bincount(np.asarray(arms), minlength=3)
        check(share[1] > 1600, "the best arm (1) should get most of 2000 plays", "> 1600", share.tolist())
        check(np.all(share >= 10), "UCB1 keeps exploring every arm", ">= 10 plays each", share.tolist())

    def test_global_random_state_untouched(self):
        """The global np.random state is neither used nor changed, and reseeding it changes nothing"""
        np.random.seed(123)
        before = np.random.get_state()
        a = simulate([0.4, 0.6], 50, seed=9)
        after = np.random.get_state()
        check(before[0] == after[0] and np.array_equal(before[1], after[1]) and before[2:] == after[2:],
              "simulate must not use or change the global np.random state", "unchanged state", "changed state")
        np.random.seed(7)
        b = simulate([0.4, 0.6], 50, seed=9)
        check(np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1]), "the result must depend only on the seed argument", a, b)

    def test_zero_rounds_and_c_zero(self):
        """n_rounds = 0 gives empty arrays; c = 0 is greedy after one play each"""
        arms, rewards = simulate([0.5, 0.5], 0, seed=1)
        check(len(arms) == 0 and len(rewards) == 0, "zero rounds give empty arrays", "[] and []", (arms, rewards))
        check_equal(ucb1_select([10, 2, 5], [3.0, 1.0, 2.0], c=0), 1, "ucb1_select with c = 0 (means 0.3, 0.5, 0.4)")
        check_equal(ucb1_select([10.0, 2.0, 5.0], [3.0, 1.0, 2.0], c=0.0), 1, "ucb1_select with whole-valued float counts")

    def test_invalid_input_raises(self):
        """Bad counts, sums, c, probabilities and n_rounds raise ValueError"""
        cases = [
            ("negative count", ucb1_select, ([1, -1], [0.0, 0.0])),
            ("fractional count", ucb1_select, ([1.5, 2], [0.0, 0.0])),
            ("lengths differ", ucb1_select, ([1, 2, 3], [0.0, 0.0])),
            ("no arms", ucb1_select, ([], [])),
            ("2-D counts", ucb1_select, ([[1, 2]], [[0.0, 0.0]])),
            ("NaN reward sum", ucb1_select, ([1, 2], [float("nan"), 0.0])),
            ("negative c", ucb1_select, ([1, 2], [0.0, 0.0], -1.0)),
            ("probability above 1", simulate, ([0.5, 1.2], 5, 0)),
            ("negative probability", simulate, ([-0.1, 0.5], 5, 0)),
            ("negative n_rounds", simulate, ([0.5], -1, 0)),
            ("float n_rounds", simulate, ([0.5], 5.0, 0)),
            ("bool n_rounds", simulate, ([0.5], True, 0)),
            ("empty probs", simulate, ([], 5, 0)),
        ]
        for name, fn, args in cases:
            check_raises(ValueError, fn, *args, what="%s: %s%r" % (name, fn.__name__, args))

    def test_inputs_not_modified(self):
        """counts, reward_sums and probs are left unchanged"""
        counts, sums, probs = np.array([3, 1, 2]), np.array([1.0, 1.0, 0.0]), np.array([0.1, 0.9])
        before = (counts.copy(), sums.copy(), probs.copy())
        ucb1_select(counts, sums)
        simulate(probs, 10, seed=2)
        check(np.array_equal(counts, before[0]) and np.array_equal(sums, before[1]) and np.array_equal(probs, before[2]),
              "inputs must not be modified", before, (counts, sums, probs))


if __name__ == "__main__":
    unittest.main()
