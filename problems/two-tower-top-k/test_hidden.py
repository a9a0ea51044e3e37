import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import top_k_items


def _expected(U, V, k, exclude):
    ids, scores = [], []
    for b, u in enumerate(U):
        cand = [(-float(u @ v), j) for j, v in enumerate(V) if exclude is None or j not in set(exclude[b])]
        cand.sort()
        top = cand[:k]
        ids.append([j for _, j in top] + [-1] * (k - len(top)))
        scores.append([-s for s, _ in top] + [-np.inf] * (k - len(top)))
    return np.array(ids), np.array(scores)


class HiddenTests(unittest.TestCase):
    def test_random_catalogue(self):
        """200 items, 5 users, random exclusions: ids and scores match a sort of every candidate"""
        rng = np.random.default_rng(0)
        U, V = rng.normal(size=(5, 8)), rng.normal(size=(200, 8))
        exclude = [set(rng.choice(200, size=int(rng.integers(0, 30)), replace=False).tolist()) for _ in range(5)]
        ids, scores = top_k_items(U, V, 10, exclude=exclude)
        eids, escores = _expected(U, V, 10, [list(e) for e in exclude])
        check_equal(np.asarray(ids), eids, "ids")
        check_close(scores, escores, 1e-9, 1e-9, "scores")
        check_equal(np.asarray(ids).dtype, np.dtype(np.int64), "dtype of ids")

    def test_many_ties_by_item_id(self):
        """Integer embeddings with many equal scores: ties go to the smaller item id"""
        rng = np.random.default_rng(1)
        U, V = rng.integers(-1, 2, size=(4, 3)).astype(float), rng.integers(-1, 2, size=(30, 3)).astype(float)
        ids, _ = top_k_items(U, V, 12)
        check_equal(np.asarray(ids), _expected(U, V, 12, None)[0], "ids with ties")

    def test_raw_dot_product_not_cosine(self):
        """A long item vector beats a well-aligned short one"""
        ids, scores = top_k_items([[1.0, 1.0]], [[0.1, 0.1], [5.0, -1.0]], 1)
        check_equal(np.asarray(ids), np.array([[1]]), "ids")
        check_close(scores, [[4.0]], 1e-9, 1e-9, "scores")

    def test_everything_excluded(self):
        """A user who has seen every item gets a fully padded row"""
        ids, scores = top_k_items([[1.0], [2.0]], [[1.0], [3.0]], 2, exclude=[{0, 1}, np.array([1])])
        check_equal(np.asarray(ids), np.array([[-1, -1], [0, -1]]), "ids")
        check(np.all(np.isneginf(np.asarray(scores)[0])), "a fully excluded row has -inf scores", "-inf", scores)

    def test_lists_and_k_larger_than_catalogue(self):
        """List inputs with k = 5 over 3 items"""
        ids, scores = top_k_items([[1, 2]], [[1, 0], [0, 1], [1, 1]], 5)
        check_equal(np.asarray(ids), np.array([[2, 1, 0, -1, -1]]), "ids")
        check_close(np.asarray(scores)[0, :3], [3.0, 2.0, 1.0], 1e-9, 1e-9, "scores")

    def test_invalid_inputs(self):
        """Mismatched widths, k = 0, a wrong-length exclude or an out-of-range id raise ValueError"""
        for args, kw, why in [((np.ones((1, 2)), np.ones((3, 3)), 1), {}, "widths 2 and 3"), ((np.ones((1, 2)), np.ones((3, 2)), 0), {}, "k = 0"),
                              ((np.ones((2, 2)), np.ones((3, 2)), 1), {"exclude": [[0]]}, "exclude for 1 of 2 users"),
                              ((np.ones((1, 2)), np.ones((3, 2)), 1), {"exclude": [[3]]}, "excluded id 3 of 3 items")]:
            with self.assertRaises(ValueError, msg=why):
                top_k_items(*args, **kw)

    def test_inputs_not_modified(self):
        """Embeddings and exclusion sets are left unchanged"""
        U, V = np.array([[1.0, 0.0]]), np.array([[1.0, 0.0], [0.0, 1.0]])
        ex = [[0]]
        top_k_items(U, V, 1, exclude=ex)
        check_close(U, [[1.0, 0.0]], 0, 0, "user_emb")
        check_close(V, [[1.0, 0.0], [0.0, 1.0]], 0, 0, "item_emb")
        check_equal(ex, [[0]], "exclude")


if __name__ == "__main__":
    unittest.main()
