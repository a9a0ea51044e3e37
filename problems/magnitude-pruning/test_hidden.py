import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import magnitude_prune


def _expected_masks(weights, sparsity, scope):
    # Sort (|w|, tensor position, flat index) with Python's sort; prune the first k.
    names = list(weights)
    if scope == "layer":
        out = {}
        for k in names:
            flat = np.asarray(weights[k], dtype=float).reshape(-1)
            order = sorted(range(flat.size), key=lambda i: (abs(flat[i]), i))
            keep = np.ones(flat.size, dtype=bool)
            keep[order[:math.floor(sparsity * flat.size)]] = False
            out[k] = keep.reshape(np.shape(weights[k]))
        return out
    entries = [(abs(float(v)), t, i) for t, k in enumerate(names) for i, v in enumerate(np.asarray(weights[k], dtype=float).reshape(-1))]
    entries.sort()
    pruned = set((t, i) for _, t, i in entries[:math.floor(sparsity * len(entries))])
    return {k: np.array([(t, i) not in pruned for i in range(np.size(weights[k]))]).reshape(np.shape(weights[k]))
            for t, k in enumerate(names)}


class HiddenTests(unittest.TestCase):
    def test_random_models_both_scopes(self):
        """Random three-tensor models at several sparsities match a sort-based definition"""
        rng = np.random.default_rng(0)
        for trial in range(2):
            w = {"emb": rng.normal(size=(5, 3)) * 0.1, "attn": rng.normal(size=(4, 4)), "head": rng.normal(size=7) * 3}
            for sp in (0.0, 0.3, 0.55, 1.0):
                for scope in ("global", "layer"):
                    _, masks = magnitude_prune(w, sp, scope)
                    exp = _expected_masks(w, sp, scope)
                    for k in w:
                        check_equal(np.asarray(masks[k]), exp[k], "masks[%r] (trial %d, sparsity %g, %s)" % (k, trial, sp, scope))

    def test_exact_count_with_ties(self):
        """Many equal magnitudes: exactly floor(0.5 * 6) = 3 pruned, the earliest ones"""
        w = {"a": np.array([1.0, -1.0, 1.0]), "b": np.array([-1.0, 1.0, 2.0])}
        _, masks = magnitude_prune(w, 0.5)
        check_equal(np.asarray(masks["a"]), np.array([False, False, False]), "masks['a']")
        check_equal(np.asarray(masks["b"]), np.array([True, True, True]), "masks['b']")

    def test_floor_of_count(self):
        """sparsity 0.34 of 10 weights prunes 3, not 4"""
        _, masks = magnitude_prune({"w": np.arange(1.0, 11.0)}, 0.34)
        check_equal(int(np.count_nonzero(~np.asarray(masks["w"]))), 3, "number pruned")

    def test_zeros_are_pruned_first(self):
        """Entries that are already 0 are among the smallest"""
        pruned, masks = magnitude_prune({"w": np.array([[0.0, 5.0], [0.0, -0.1]])}, 0.5)
        check_equal(np.asarray(masks["w"]), np.array([[False, True], [False, True]]), "masks['w']")

    def test_returns_new_float_arrays(self):
        """Lists are accepted; pruned arrays are float64 and the inputs stay unchanged"""
        w = {"x": [[1, 2], [3, 4]], "y": np.array([0.5, -0.5])}
        saved_y = w["y"].copy()
        pruned, masks = magnitude_prune(w, 0.5)
        check(np.asarray(pruned["x"]).dtype == np.float64, "pruned arrays must be float64", "float64", np.asarray(pruned["x"]).dtype)
        check(np.asarray(masks["x"]).dtype == bool, "masks must be boolean", "bool", np.asarray(masks["x"]).dtype)
        check_close(pruned["x"], [[0.0, 2.0], [3.0, 4.0]], 0, 0, "pruned['x']")
        check_close(w["y"], saved_y, 0, 0, "weights['y'] after the call")
        check_equal(w["x"], [[1, 2], [3, 4]], "weights['x'] after the call")

    def test_invalid_arguments(self):
        """Bad sparsity or scope raise ValueError; a list of arrays raises TypeError"""
        with self.assertRaises(ValueError, msg="sparsity 1.5"):
            magnitude_prune({"w": np.ones(3)}, 1.5)
        with self.assertRaises(ValueError, msg="sparsity -0.1"):
            magnitude_prune({"w": np.ones(3)}, -0.1)
        with self.assertRaises(ValueError, msg="scope 'channel'"):
            magnitude_prune({"w": np.ones(3)}, 0.5, scope="channel")
        with self.assertRaises(TypeError, msg="weights given as a list"):
            magnitude_prune([np.ones(3)], 0.5)

    def test_input_arrays_not_modified(self):
        """The weight arrays are not zeroed in place"""
        w = {"w": np.array([0.1, 0.2, 0.3, 0.4])}
        magnitude_prune(w, 0.5)
        check_close(w["w"], [0.1, 0.2, 0.3, 0.4], 0, 0, "weights['w'] after the call")


if __name__ == "__main__":
    unittest.main()
