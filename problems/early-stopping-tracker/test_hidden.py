import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import EarlyStopping


class HiddenTests(unittest.TestCase):
    def test_patience_boundary(self):
        """With patience 3, the third epoch without improvement returns True, not the fourth"""
        es = EarlyStopping(patience=3)
        got = [es.update(v) for v in [1.0, 2.0, 2.0, 2.0]]
        check_equal(got, [False, False, False, True], "update results with patience 3")

    def test_min_delta_is_strict(self):
        """An improvement of exactly min_delta does not count; a larger one does"""
        es = EarlyStopping(patience=5, min_delta=0.25)
        es.update(1.0)
        es.update(0.75)
        check_equal((es.best_step, es.wait), (0, 1), "(best_step, wait) after a change of exactly min_delta")
        es.update(0.5)
        check_equal((es.best_step, es.wait), (2, 0), "(best_step, wait) after a change larger than min_delta")
        check_close(es.best, 0.5, 0, 0, "best")

    def test_negative_values_in_max_mode(self):
        """mode='max' with negative scores (e.g. negative losses): the first value is the best so far"""
        es = EarlyStopping(patience=2, mode="max")
        got = [es.update(v) for v in [-5.0, -3.0, -4.0, -3.5]]
        check_equal(got, [False, False, False, True], "update results with negative scores")
        check_equal(es.best_step, 1, "best_step with negative scores")
        check_close(es.best, -3.0, 0, 0, "best with negative scores")

    def test_nan_never_improves(self):
        """A nan epoch counts as no improvement and never becomes best, even first"""
        es = EarlyStopping(patience=2)
        check_equal(es.update(float("nan")), False, "update(nan) first")
        check_equal((es.best, es.wait), (None, 1), "(best, wait) after a first nan")
        es.update(3.0)
        check_equal(es.update(float("nan")), False, "update(nan) after 3.0")
        check_equal(es.update(float("nan")), True, "second nan in a row")
        check_close(es.best, 3.0, 0, 0, "best after nans")
        check_equal(es.best_step, 1, "best_step after nans")

    def test_independent_instances(self):
        """Two trackers never share state"""
        a = EarlyStopping(patience=2)
        b = EarlyStopping(patience=2)
        a.update(0.1)
        a.update(0.2)
        check_equal((b.best, b.best_step, b.wait), (None, None, 0), "second tracker after updating the first")
        b.update(5.0)
        check_close(a.best, 0.1, 0, 0, "first tracker's best after updating the second")

    def test_numpy_and_int_values(self):
        """numpy scalars and ints are accepted; best is stored as a float"""
        es = EarlyStopping(patience=1)
        es.update(np.float32(0.5))
        es.update(np.int64(0))
        check(isinstance(es.best, float), "best must be a float", "float", type(es.best).__name__)
        check_equal(es.best_step, 1, "best_step after an int improvement")
        check_equal(es.update(3), True, "an int that does not improve")

    def test_invalid_arguments_raise(self):
        """Bad constructor arguments raise ValueError; non-numeric values raise TypeError"""
        for name, kwargs in (("patience = 0", {"patience": 0}), ("patience = 1.5", {"patience": 1.5}),
                             ("min_delta = -0.1", {"patience": 1, "min_delta": -0.1}), ("mode = 'avg'", {"patience": 1, "mode": "avg"})):
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                EarlyStopping(**kwargs)
        es = EarlyStopping(patience=1)
        for bad in ("0.5", None, True, [0.5]):
            with self.assertRaises(TypeError, msg="update(%r) must raise TypeError" % (bad,)):
                es.update(bad)


if __name__ == "__main__":
    unittest.main()
