import copy
import itertools
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import forward_log_likelihood, viterbi

ATOL, RTOL = 1e-9, 1e-9


def _lg(p):
    return math.log(p) if p > 0 else -math.inf


def _path_logp(start, trans, emit, obs, path):
    s = _lg(start[path[0]]) + _lg(emit[path[0]][obs[0]])
    for t in range(1, len(obs)):
        s += _lg(trans[path[t - 1]][path[t]]) + _lg(emit[path[t]][obs[t]])
    return s


def _brute_force(start, trans, emit, obs):
    scored = [(p, _path_logp(start, trans, emit, obs, p)) for p in itertools.product(range(len(start)), repeat=len(obs))]
    best = max(v for _, v in scored)
    path = min((p for p, v in scored if v == best), key=lambda p: p[::-1])
    total = math.fsum(math.exp(v) for _, v in scored)
    return list(path), best, _lg(total)


def _scaled_forward(start, trans, emit, obs):
    # Probability-space forward pass, renormalized every step; log P(obs) = sum of log normalizers.
    alpha = start * emit[:, obs[0]]
    total = 0.0
    for t in range(len(obs)):
        if t > 0:
            alpha = (alpha @ trans) * emit[:, obs[t]]
        c = alpha.sum()
        total += math.log(c)
        alpha = alpha / c
    return total


def _path(p):
    return [int(s) for s in p]


class HiddenTests(unittest.TestCase):
    def test_zero_probabilities_left_to_right(self):
        """A left-to-right HMM with zero start/transition/emission entries matches brute force"""
        start = np.array([1.0, 0.0, 0.0, 0.0])
        trans = np.array([[0.6, 0.4, 0.0, 0.0], [0.0, 0.5, 0.3, 0.2], [0.0, 0.0, 0.7, 0.3], [0.0, 0.0, 0.0, 1.0]])
        emit = np.array([[0.7, 0.3, 0.0], [0.1, 0.6, 0.3], [0.0, 0.2, 0.8], [0.5, 0.0, 0.5]])
        for obs in ([0, 1, 1, 2, 2, 0], [0, 0, 2, 1, 2, 2], [1, 2, 0, 0, 0, 2]):
            exp_path, exp_lp, exp_ll = _brute_force(start, trans, emit, obs)
            path, lp = viterbi(start, trans, emit, obs)
            check_equal(_path(path), exp_path, "Viterbi path for %s" % obs)
            check_close(lp, exp_lp, ATOL, RTOL, "Viterbi log probability for %s" % obs)
            check_close(forward_log_likelihood(start, trans, emit, obs), exp_ll, ATOL, RTOL,
                        "forward log-likelihood for %s" % obs)

    def test_ties_go_to_lowest_index(self):
        """States 1 and 2 are exact mirrors: the best path uses state 1, never 2"""
        start = np.array([0.4, 0.3, 0.3])
        trans = np.array([[0.5, 0.25, 0.25], [0.2, 0.4, 0.4], [0.2, 0.4, 0.4]])
        emit = np.array([[0.9, 0.1], [0.2, 0.8], [0.2, 0.8]])
        obs = [0, 1, 1, 0, 1]
        path, lp = viterbi(start, trans, emit, obs)
        check_equal(_path(path), [0, 1, 1, 0, 1], "Viterbi path with mirrored states")
        expected = math.log(0.4 * 0.9 * 0.25 * 0.8 * 0.4 * 0.8 * 0.2 * 0.9 * 0.25 * 0.8)
        check_close(lp, expected, ATOL, RTOL, "Viterbi log probability")

    def test_identical_states_give_all_zeros(self):
        """When every path is equally likely, the path is all state 0"""
        start = np.array([0.5, 0.5])
        trans = np.full((2, 2), 0.5)
        emit = np.array([[0.3, 0.7], [0.3, 0.7]])
        obs = [1, 0, 1, 1]
        path, lp = viterbi(start, trans, emit, obs)
        check_equal(_path(path), [0, 0, 0, 0], "Viterbi path when all paths tie")
        check_close(lp, math.log(0.5 ** 4 * 0.7 * 0.3 * 0.7 * 0.7), ATOL, RTOL, "Viterbi log probability")
        check_close(forward_log_likelihood(start, trans, emit, obs), math.log(0.7 * 0.3 * 0.7 * 0.7), ATOL, RTOL,
                    "forward log-likelihood")

    def test_long_sequence_stays_finite(self):
        """3000 observations: the forward value matches a rescaled forward pass; Viterbi is consistent"""
        rng = np.random.default_rng(1)
        S, V, T = 4, 5, 3000
        start = rng.dirichlet(np.ones(S))
        trans = rng.dirichlet(np.ones(S) * 2, size=S)
        emit = rng.dirichlet(np.ones(V), size=S)
        obs = [int(o) for o in rng.integers(0, V, size=T)]
        _orig_start = copy.deepcopy(start)
        _orig_trans = copy.deepcopy(trans)
        _orig_emit = copy.deepcopy(emit)
        _orig_obs = copy.deepcopy(obs)
        ll = forward_log_likelihood(start, trans, emit, obs)
        check(math.isfinite(ll), "forward log-likelihood must be finite", "a finite number", ll)
        check_close(ll, _scaled_forward(_orig_start, _orig_trans, _orig_emit, _orig_obs), 1e-9, 1e-9, "forward log-likelihood")
        path, lp = viterbi(start, trans, emit, obs)
        path = _path(path)
        check_equal(len(path), T, "length of the Viterbi path")
        check(math.isfinite(lp), "Viterbi log probability must be finite", "a finite number", lp)
        check_close(lp, _path_logp(_orig_start, _orig_trans, _orig_emit, _orig_obs, path), 1e-9, 1e-9, "log probability of the returned path")
        check(lp <= ll + 1e-9, "the best path cannot be more likely than all paths together", "<= %r" % ll, lp)

    def test_impossible_observations(self):
        """A symbol no reachable state can emit: both functions return -inf and a full-length path"""
        start = np.array([0.6, 0.4, 0.0])
        trans = np.array([[0.5, 0.5, 0.0], [0.5, 0.5, 0.0], [0.0, 0.0, 1.0]])
        emit = np.array([[0.5, 0.5, 0.0], [0.2, 0.8, 0.0], [0.0, 0.0, 1.0]])
        for obs in ([2], [0, 1, 2], [2, 0, 1], [0, 2, 1, 1]):
            path, lp = viterbi(start, trans, emit, obs)
            check_equal(float(lp), -math.inf, "Viterbi log probability for %s" % obs)
            check_equal(len(_path(path)), len(obs), "length of the Viterbi path for %s" % obs)
            check(all(0 <= s < 3 for s in _path(path)), "states must lie in 0..S-1", "states in 0..2", path)
            check_equal(float(forward_log_likelihood(start, trans, emit, obs)), -math.inf,
                        "forward log-likelihood for %s" % obs)

    def test_identity_emissions_force_the_path(self):
        """If each state emits its own symbol only, the path equals the observations and both values agree"""
        start = np.array([0.2, 0.3, 0.5])
        trans = np.array([[0.1, 0.6, 0.3], [0.4, 0.4, 0.2], [0.25, 0.25, 0.5]])
        emit = np.eye(3)
        obs = [2, 0, 1, 1, 2, 2, 0]
        path, lp = viterbi(start, trans, emit, obs)
        check_equal(_path(path), obs, "Viterbi path")
        expected = math.log(0.5) + math.log(0.25) + math.log(0.6) + math.log(0.4) + math.log(0.2) + math.log(0.5) \
            + math.log(0.25)
        check_close(lp, expected, ATOL, RTOL, "Viterbi log probability")
        check_close(forward_log_likelihood(start, trans, emit, obs), expected, ATOL, RTOL, "forward log-likelihood")

    def test_sparse_random_models_against_brute_force(self):
        """Random 3-state models with some zero probabilities and a numpy obs array match brute force"""
        rng = np.random.default_rng(2)
        for trial in range(8):
            start = rng.dirichlet(np.ones(3)) * (rng.random(3) > 0.3)
            trans = rng.dirichlet(np.ones(3), size=3) * (rng.random((3, 3)) > 0.3)
            emit = rng.dirichlet(np.ones(3), size=3) * (rng.random((3, 3)) > 0.1)
            start[0] += 0.1
            obs = rng.integers(0, 3, size=5)
            exp_path, exp_lp, exp_ll = _brute_force(start, trans, emit, [int(o) for o in obs])
            path, lp = viterbi(start, trans, emit, obs)
            check_close(lp, exp_lp, ATOL, RTOL, "Viterbi log probability (trial %d)" % trial)
            if math.isfinite(exp_lp):
                check_equal(_path(path), exp_path, "Viterbi path (trial %d)" % trial)
            check_close(forward_log_likelihood(start, trans, emit, obs), exp_ll, ATOL, RTOL,
                        "forward log-likelihood (trial %d)" % trial)

    def test_inputs_unchanged_and_types(self):
        """Inputs are not modified; the path holds T ints and the values are plain numbers"""
        rng = np.random.default_rng(3)
        start, trans, emit = rng.dirichlet(np.ones(3)), rng.dirichlet(np.ones(3), size=3), rng.dirichlet(np.ones(2), size=3)
        obs = np.array([1, 0, 0, 1])
        copies = [a.copy() for a in (start, trans, emit, obs)]
        path, lp = viterbi(start, trans, emit, obs)
        ll = forward_log_likelihood(start, trans, emit, obs)
        check_equal(len(path), 4, "length of the Viterbi path")
        check(all(isinstance(s, (int, np.integer)) for s in path), "path entries must be integers", "ints", path)
        check(isinstance(lp, (float, np.floating)), "log_prob must be a float", "a float", type(lp).__name__)
        check(isinstance(ll, (float, np.floating)), "the log-likelihood must be a float", "a float", type(ll).__name__)
        for name, a, c in zip(("start_prob", "trans_prob", "emit_prob", "obs"), (start, trans, emit, obs), copies):
            check_equal(a, c, name + " after the calls")


class GapTests(unittest.TestCase):
    def test_states_of_very_different_magnitude(self):
        """States whose forward scores differ by about 2300 in log space are each normalised with their own shift"""
        start = np.array([0.5, 0.5])
        trans = np.array([[1.0, 0.0], [0.0, 1.0]])
        emit = np.array([[1.0, 0.0], [1e-100, 1.0 - 1e-100]])
        obs = [0] * 10 + [1]
        # Only the path that stays in state 1 can emit the final symbol 1.
        expected = math.log(0.5) + 10 * math.log(1e-100) + math.log1p(-1e-100)
        check_close(forward_log_likelihood(start, trans, emit, obs), expected, 1e-9, 1e-9, "forward log-likelihood")
        path, lp = viterbi(start, trans, emit, obs)
        check_equal([int(s) for s in path], [1] * 11, "viterbi path")
        check_close(lp, expected, 1e-9, 1e-9, "viterbi log probability")


if __name__ == "__main__":
    unittest.main()
