import unittest

import numpy as np

from mlreps_check import check, check_equal, check_raises
from solution import simulate, thompson_select, update_posterior


def _simulate(probs, n_rounds, seed, prior):
    # Plain loop: K scalar beta draws in arm order, first strict maximum, then one uniform.
    rng = np.random.default_rng(seed)
    k = len(probs)
    a, b = [float(prior[0])] * k, [float(prior[1])] * k
    arms, rewards = [], []
    for _ in range(n_rounds):
        draws = [rng.beta(a[i], b[i]) for i in range(k)]
        best = 0
        for i in range(1, k):
            if draws[i] > draws[best]:
                best = i
        x = 1.0 if rng.random() < probs[best] else 0.0
        if x == 1.0:
            a[best] += 1
        else:
            b[best] += 1
        arms.append(best)
        rewards.append(x)
    return arms, rewards


class HiddenTests(unittest.TestCase):
    def test_simulation_follows_the_stated_draw_order(self):
        """Three arms for 400 rounds and four arms with an informative prior: arms and rewards match exactly"""
        for probs, n, seed, prior in [([0.1, 0.3, 0.25], 400, 13, (1.0, 1.0)), ([0.5, 0.4, 0.45, 0.55], 150, 2, (2.0, 8.0))]:
            arms, rewards = simulate(probs, n, seed, prior=prior)
            e_arms, e_rewards = _simulate(probs, n, seed, prior)
            check_equal(np.asarray(arms).tolist(), e_arms, "arms for probs %s, seed %d, prior %s" % (probs, seed, prior))
            check_equal(np.asarray(rewards).tolist(), e_rewards, "rewards for probs %s, seed %d" % (probs, seed))
            check(np.asarray(arms).dtype == np.int64 and np.asarray(rewards).dtype == np.float64,
                  "arms must be int64 and rewards float64", "int64, float64", (np.asarray(arms).dtype, np.asarray(rewards).dtype))

    def test_select_uses_exactly_k_draws(self):
        """thompson_select takes exactly K beta draws from rng: the next number matches a generator advanced by K draws"""
        alpha, beta = [3.0, 1.5, 2.0, 7.0, 1.0], [2.0, 4.0, 2.0, 1.0, 9.0]
        rng = np.random.default_rng(77)
        ref = np.random.default_rng(77)
        draws = [ref.beta(x, y) for x, y in zip(alpha, beta)]
        got = thompson_select(alpha, beta, rng)
        check_equal(got, int(np.argmax(draws)), "thompson_select with default_rng(77)")
        check_equal(rng.random(), ref.random(), "the generator's next number after thompson_select (K draws expected)")

    def test_ties_go_to_lowest_index(self):
        """Arms 1 and 2 both draw exactly 1.0 (beta = 1e-300): arm 1 is played"""
        alpha, beta = [2.0, 1.0, 1.0, 3.0], [5.0, 1e-300, 1e-300, 1.0]
        for seed in range(5):
            draws = np.random.default_rng(seed).beta(alpha, beta)
            self.assertTrue(draws[1] == draws[2] == draws.max(), "test precondition: arms 1 and 2 tie")
            check_equal(thompson_select(alpha, beta, np.random.default_rng(seed)), 1, "thompson_select with a tie (seed %d)" % seed)

    def test_best_arm_dominates(self):
        """Over 3000 rounds with probs [0.3, 0.5, 0.6], arm 2 gets more than 80% of the plays"""
        arms, rewards = simulate([0.3, 0.5, 0.6], 3000, seed=7)
        share = np.bincount(np.asarray(arms), minlength=3)
        check(share[2] > 2400, "the best arm (2) should get most of 3000 plays", "> 2400", share.tolist())
        check(share[0] < share[1] < share[2], "plays should follow the arms' quality", "increasing counts", share.tolist())

    def test_global_random_state_untouched(self):
        """The global np.random state is neither used nor changed, and reseeding it changes nothing"""
        np.random.seed(99)
        before = np.random.get_state()
        a = simulate([0.4, 0.6, 0.5], 60, seed=4)
        after = np.random.get_state()
        check(before[0] == after[0] and np.array_equal(before[1], after[1]) and before[2:] == after[2:],
              "simulate must not use or change the global np.random state", "unchanged state", "changed state")
        np.random.seed(1)
        b = simulate([0.4, 0.6, 0.5], 60, seed=4)
        check(np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1]), "the result must depend only on the seed argument", a, b)

    def test_update_does_not_modify_and_accepts_bool_and_float(self):
        """update_posterior returns new float64 arrays, leaves its arguments alone, and takes bool or 0.0/1.0 rewards"""
        alpha, beta = np.array([2.0, 3.0]), np.array([4.0, 1.0])
        a, b = update_posterior(alpha, beta, 1, True)
        check_equal(alpha.tolist(), [2.0, 3.0], "alpha argument after the call")
        check_equal(beta.tolist(), [4.0, 1.0], "beta argument after the call")
        check_equal(np.asarray(a).tolist(), [2.0, 4.0], "new alpha after reward True")
        check(np.asarray(a).dtype == np.float64 and np.asarray(b).dtype == np.float64, "results must be float64",
              "float64", (np.asarray(a).dtype, np.asarray(b).dtype))
        a, b = update_posterior([1, 1], [1, 1], 0, 0.0)
        check_equal(np.asarray(b).tolist(), [2.0, 1.0], "new beta after reward 0.0 on arm 0 with int parameters")

    def test_invalid_input_raises(self):
        """Bad parameters, arms, rewards, probabilities, rounds and priors raise ValueError; a non-Generator rng TypeError"""
        rng = np.random.default_rng(0)
        cases = [
            ("zero alpha", thompson_select, ([0.0, 1.0], [1.0, 1.0], rng)),
            ("negative beta", thompson_select, ([1.0, 1.0], [1.0, -2.0], rng)),
            ("lengths differ", thompson_select, ([1.0, 1.0, 1.0], [1.0, 1.0], rng)),
            ("empty arms", thompson_select, ([], [], rng)),
            ("arm out of range", update_posterior, ([1.0, 1.0], [1.0, 1.0], 2, 1)),
            ("negative arm", update_posterior, ([1.0, 1.0], [1.0, 1.0], -1, 1)),
            ("bool arm", update_posterior, ([1.0, 1.0], [1.0, 1.0], True, 1)),
            ("reward 2", update_posterior, ([1.0, 1.0], [1.0, 1.0], 0, 2)),
            ("reward 0.5", update_posterior, ([1.0, 1.0], [1.0, 1.0], 0, 0.5)),
            ("probability above 1", simulate, ([0.5, 1.1], 5, 0)),
            ("negative n_rounds", simulate, ([0.5], -3, 0)),
            ("float n_rounds", simulate, ([0.5], 5.0, 0)),
            ("zero prior", simulate, ([0.5], 5, 0, (0.0, 1.0))),
        ]
        for name, fn, args in cases:
            check_raises(ValueError, fn, *args, what="%s: %s%r" % (name, fn.__name__, args))
        check_raises(TypeError, thompson_select, [1.0, 1.0], [1.0, 1.0], 42, what="thompson_select with rng=42 (an int, not a Generator)")


if __name__ == "__main__":
    unittest.main()
