import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import batchnorm_forward

ATOL, RTOL = 1e-9, 1e-7


class HiddenTests(unittest.TestCase):
    def test_constant_feature(self):
        """A constant column maps to beta and contributes variance 0 to the running var"""
        x = np.array([[2.0, 1.0], [2.0, 3.0], [2.0, 5.0], [2.0, 7.0]])
        gamma, beta = np.array([3.0, 1.0]), np.array([0.5, 0.0])
        out, rm, rv = batchnorm_forward(x, gamma, beta, np.array([1.0, 1.0]), np.array([2.0, 2.0]), True, momentum=0.8)
        check_close(out[:, 0], [0.5] * 4, ATOL, RTOL, "out of the constant column")
        check_close(rm, [0.8 + 0.2 * 2.0, 0.8 + 0.2 * 4.0], ATOL, RTOL, "new running mean")
        check_close(rv, [0.8 * 2.0, 0.8 * 2.0 + 0.2 * 5.0], ATOL, RTOL, "new running var (biased batch var 5)")

    def test_train_output_statistics_randomized(self):
        """Each training-mode output column has mean beta and std gamma * sqrt(var / (var + eps))"""
        rng = np.random.default_rng(0)
        x = rng.normal(loc=3.0, scale=2.0, size=(64, 5))
        gamma, beta = rng.uniform(0.5, 2.0, size=5), rng.normal(size=5)
        eps = 1e-3
        out, _, _ = batchnorm_forward(x, gamma, beta, np.zeros(5), np.ones(5), True, eps=eps)
        check_shape(out, (64, 5), "out")
        var = np.array([np.mean((x[:, j] - np.mean(x[:, j])) ** 2) for j in range(5)])
        check_close(out.mean(axis=0), beta, 1e-9, 1e-7, "column means of out")
        check_close(out.std(axis=0), gamma * np.sqrt(var / (var + eps)), 1e-9, 1e-7, "column stds of out")

    def test_eval_rows_are_independent(self):
        """In evaluation mode each row's output does not depend on the other rows"""
        rng = np.random.default_rng(1)
        x = rng.normal(size=(6, 3))
        args = (np.ones(3), np.zeros(3), np.array([0.5, -1.0, 2.0]), np.array([1.0, 4.0, 0.25]), False)
        full, _, _ = batchnorm_forward(x, *args)
        for i in range(6):
            single, _, _ = batchnorm_forward(x[i:i + 1], *args)
            check_close(full[i], single[0], ATOL, RTOL, "row %d alone vs in the batch" % i)

    def test_repeated_updates(self):
        """Three training steps on the same batch give momentum^3 * old + (1 - momentum^3) * batch stat"""
        x = np.array([[0.0], [4.0]])  # mean 2, biased var 4
        rm, rv = np.array([10.0]), np.array([1.0])
        m = 0.7
        for _ in range(3):
            _, rm, rv = batchnorm_forward(x, np.ones(1), np.zeros(1), rm, rv, True, momentum=m)
        check_close(rm, [m ** 3 * 10.0 + (1 - m ** 3) * 2.0], ATOL, RTOL, "running mean after 3 steps")
        check_close(rv, [m ** 3 * 1.0 + (1 - m ** 3) * 4.0], ATOL, RTOL, "running var after 3 steps")

    def test_single_example_batch(self):
        """With N = 1 the training output is beta (variance 0)"""
        out, rm, rv = batchnorm_forward(np.array([[5.0, -3.0]]), np.array([2.0, 2.0]), np.array([1.0, -1.0]),
                                        np.zeros(2), np.ones(2), True)
        check_close(out, [[1.0, -1.0]], ATOL, RTOL, "out for a batch of one")
        check_close(rv, [0.9, 0.9], ATOL, RTOL, "running var for a batch of one")

    def test_large_eps(self):
        """eps enters under the square root: eps = 1 with batch var 1 scales by 1/sqrt(2)"""
        x = np.array([[-1.0], [1.0]])
        out, _, _ = batchnorm_forward(x, np.ones(1), np.zeros(1), np.zeros(1), np.ones(1), True, eps=1.0)
        check_close(out, [[-1 / math.sqrt(2)], [1 / math.sqrt(2)]], ATOL, RTOL, "out with eps = 1")

    def test_inputs_not_modified(self):
        """No input array is modified in either mode"""
        rng = np.random.default_rng(2)
        arrays = [rng.normal(size=(5, 3)), rng.normal(size=3), rng.normal(size=3), rng.normal(size=3), rng.uniform(1, 2, size=3)]
        before = [a.copy() for a in arrays]
        batchnorm_forward(*arrays, True)
        batchnorm_forward(*arrays, False)
        for name, a, b in zip(["x", "gamma", "beta", "running_mean", "running_var"], arrays, before):
            check_close(a, b, 0, 0, name + " after the calls")

    def test_eval_shapes_and_values_randomized(self):
        """Evaluation mode on random data matches the formula with running stats"""
        rng = np.random.default_rng(3)
        x = rng.normal(size=(7, 4))
        gamma, beta = rng.normal(size=4), rng.normal(size=4)
        rm, rv = rng.normal(size=4), rng.uniform(0.5, 3.0, size=4)
        out, rm2, rv2 = batchnorm_forward(x, gamma, beta, rm, rv, False, eps=1e-4)
        check_shape(out, (7, 4), "out")
        check_shape(rm2, (4,), "running mean")
        check_close(out, gamma * (x - rm) / np.sqrt(rv + 1e-4) + beta, ATOL, RTOL, "out in evaluation mode")


class GapTests(unittest.TestCase):
    def test_large_feature_means(self):
        """Features with means near 1e6 and spread 1 are normalised as accurately as small ones"""
        rng = np.random.default_rng(11)
        x = rng.normal(size=(64, 3)) + np.array([1e6, -3e6, 5e5])
        gamma, beta = np.ones(3), np.zeros(3)
        xc = x.copy()
        mu = xc.mean(axis=0)
        var = ((xc - mu) ** 2).mean(axis=0)
        out, rm, rv = batchnorm_forward(x, gamma, beta, np.zeros(3), np.ones(3), True, momentum=0.5, eps=1e-5)
        check_close(out, (xc - mu) / np.sqrt(var + 1e-5), 1e-7, 1e-7, "out for features with means near 1e6")
        check_close(rv, 0.5 + 0.5 * var, 1e-7, 1e-7, "running var for features with means near 1e6")


if __name__ == "__main__":
    unittest.main()
