import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import magnitude_prune

W = {"fc1": np.array([[0.1, -0.2], [0.3, 0.05]]), "fc2": np.array([3.0, -2.0, 0.01, 1.0])}


class VisibleTests(unittest.TestCase):
    def test_global_scope(self):
        """Global 50%: the four smallest magnitudes of all eight weights go, three from fc1"""
        pruned, masks = magnitude_prune(W, 0.5)
        check_close(pruned["fc1"], [[0.0, 0.0], [0.3, 0.0]], 0, 0, "pruned['fc1']")
        check_close(pruned["fc2"], [3.0, -2.0, 0.0, 1.0], 0, 0, "pruned['fc2']")
        check_equal(np.asarray(masks["fc1"]), np.array([[False, False], [True, False]]), "masks['fc1']")

    def test_layer_scope(self):
        """Per-layer 50%: each tensor loses two weights"""
        pruned, masks = magnitude_prune(W, 0.5, scope="layer")
        check_close(pruned["fc1"], [[0.0, -0.2], [0.3, 0.0]], 0, 0, "pruned['fc1']")
        check_equal(np.asarray(masks["fc2"]), np.array([True, True, False, False]), "masks['fc2']")

    def test_negative_weights_by_magnitude(self):
        """Large negative weights are kept: pruning uses |w|"""
        pruned, _ = magnitude_prune({"w": np.array([-5.0, 0.5, -0.1, 4.0])}, 0.5)
        check_close(pruned["w"], [-5.0, 0.0, 0.0, 4.0], 0, 0, "pruned['w']")


if __name__ == "__main__":
    unittest.main()
