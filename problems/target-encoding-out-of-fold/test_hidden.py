import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import target_encode_apply, target_encode_oof

ATOL, RTOL = 1e-12, 1e-9


def _row_by_row(cats, y, folds, smoothing):
    out = []
    for i in range(len(cats)):
        train = [j for j in range(len(cats)) if folds[j] != folds[i]]
        prior = sum(y[j] for j in train) / len(train)
        same = [y[j] for j in train if cats[j] == cats[i]]
        out.append((sum(same) + smoothing * prior) / (len(same) + smoothing))
    return out


class HiddenTests(unittest.TestCase):
    def test_random_against_row_by_row(self):
        """Random categories, targets, folds and smoothing match a row-by-row computation"""
        rng = np.random.default_rng(19)
        for trial in range(12):
            n = int(rng.integers(4, 80))
            cats = rng.integers(0, int(rng.integers(1, 15)), size=n)
            y = rng.integers(0, 2, size=n).astype(float) if trial % 2 else rng.normal(5, 2, size=n)
            folds = rng.integers(0, int(rng.integers(2, 6)), size=n) * 3 - 1
            folds[0], folds[1] = folds.min(), folds.min() + 3  # at least two folds
            s = float(rng.choice([0.0, 0.5, 5.0, 50.0]))
            got = target_encode_oof(cats, y, folds, smoothing=s)
            check_close(got, _row_by_row(cats.tolist(), y.tolist(), folds.tolist(), s), ATOL, RTOL,
                        "out-of-fold encoding (trial %d, smoothing %g)" % (trial, s))

    def test_own_target_never_used(self):
        """Changing one row's target never changes that row's own encoding"""
        rng = np.random.default_rng(2)
        cats = rng.integers(0, 3, size=30)
        y = rng.integers(0, 2, size=30).astype(float)
        folds = np.arange(30) % 5
        base = np.asarray(target_encode_oof(cats, y, folds, smoothing=2.0))
        for i in (0, 7, 13):
            y2 = y.copy()
            y2[i] = 1.0 - y2[i]
            changed = np.asarray(target_encode_oof(cats, y2, folds, smoothing=2.0))
            check_close(changed[folds == folds[i]], base[folds == folds[i]], ATOL, RTOL,
                        "encodings of fold %d after changing the target of row %d (in that fold)" % (folds[i], i))

    def test_prior_comes_from_the_other_folds(self):
        """A category unseen in the other folds gets the other folds' mean, not the global mean"""
        got = target_encode_oof(["x", "y", "y", "y"], [10.0, 0.0, 2.0, 4.0], [0, 1, 1, 1], smoothing=3.0)
        check_close(got[0], 2.0, ATOL, RTOL, "encoding of 'x' (only in fold 0): the mean of fold 1")
        check_close(got[1:], [10.0] * 3, ATOL, RTOL, "encoding of 'y' rows: 'y' is absent from fold 0, whose prior is 10")

    def test_apply_against_loops(self):
        """target_encode_apply on random data matches loops, including unseen categories"""
        rng = np.random.default_rng(5)
        cats = rng.integers(0, 6, size=50)
        y = rng.normal(size=50)
        new = np.array([0, 3, 9, 5, -1])
        prior = y.mean()
        expected = [(y[cats == c].sum() + 4.0 * prior) / ((cats == c).sum() + 4.0) for c in new]
        check_close(target_encode_apply(cats, y, new, smoothing=4.0), expected, ATOL, RTOL, "target_encode_apply")

    def test_string_categories(self):
        """String categories work and the output is float64"""
        got = target_encode_apply(np.array(["red", "blue", "red"]), [1, 0, 1], ["blue", "green"], smoothing=1.0)
        check(np.asarray(got).dtype == np.float64, "the encoding must be float64", "float64", np.asarray(got).dtype)
        check_close(got, [(0 + 2 / 3) / 2, 2 / 3], ATOL, RTOL, "encoding of string categories")

    def test_invalid_input_raises(self):
        """Bad shapes, one fold, float folds, NaN targets and bad smoothing raise ValueError"""
        cases = {
            "length mismatch": lambda: target_encode_oof(["a", "b"], [1.0], [0, 1]),
            "one fold": lambda: target_encode_oof(["a", "b"], [1.0, 0.0], [0, 0]),
            "float fold ids": lambda: target_encode_oof(["a", "b"], [1.0, 0.0], [0.0, 1.0]),
            "NaN target": lambda: target_encode_oof(["a", "b"], [1.0, float("nan")], [0, 1]),
            "negative smoothing": lambda: target_encode_apply(["a"], [1.0], ["a"], smoothing=-1.0),
            "empty training set": lambda: target_encode_apply([], [], ["a"]),
            "2-D categories": lambda: target_encode_apply([["a", "b"]], [[1.0, 0.0]], ["a"]),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_inputs_not_modified(self):
        """Inputs are left unchanged"""
        c = np.array([2, 1, 2, 3])
        y = np.array([1.0, 0.0, 1.0, 0.0])
        f = np.array([0, 1, 0, 1])
        copies = [a.copy() for a in (c, y, f)]
        target_encode_oof(c, y, f)
        target_encode_apply(c, y, c)
        check(all(np.array_equal(a, b) for a, b in zip((c, y, f), copies)), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
