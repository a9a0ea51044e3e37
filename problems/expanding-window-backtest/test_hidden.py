import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import backtest, expanding_window_splits


def as_lists(folds):
    return [(np.asarray(tr).tolist(), np.asarray(te).tolist()) for tr, te in folds]


def _brute_folds(n, initial, horizon, step, gap):
    step = horizon if step is None else step
    out = []
    for k in range(n + 1):
        end = initial + k * step
        test = list(range(end + gap, end + gap + horizon))
        if test and test[-1] < n:
            out.append((list(range(end)), test))
    return out


class HiddenTests(unittest.TestCase):
    def test_random_parameters_against_brute_force(self):
        """Random n, initial, horizon, step and gap match an enumeration of every cut-off"""
        rng = np.random.default_rng(4)
        for trial in range(40):
            n = int(rng.integers(0, 40))
            initial, horizon = int(rng.integers(1, 12)), int(rng.integers(1, 6))
            step = None if trial % 3 == 0 else int(rng.integers(1, 6))
            gap = int(rng.integers(0, 4))
            got = as_lists(expanding_window_splits(n, initial, horizon, step=step, gap=gap))
            check_equal(got, _brute_folds(n, initial, horizon, step, gap),
                        "folds for n=%d initial=%d horizon=%d step=%s gap=%d" % (n, initial, horizon, step, gap))

    def test_last_partial_block_is_dropped(self):
        """n=9, initial=4, horizon=2: the block [8, 9] would run past the end, so only two folds"""
        got = as_lists(expanding_window_splits(9, 4, 2))
        check_equal(got, [([0, 1, 2, 3], [4, 5]), ([0, 1, 2, 3, 4, 5], [6, 7])], "folds for n=9")
        check_equal(expanding_window_splits(5, 4, 2), [], "no fold fits")

    def test_forecaster_sees_only_the_past(self):
        """The forecaster receives exactly y[:end] for each fold, in order, and is asked for gap + horizon values"""
        y = np.arange(20, dtype=float) * 10
        calls = []

        def spy(history, steps):
            calls.append((np.asarray(history).tolist(), steps))
            return np.zeros(steps)

        backtest(y, spy, 5, 3, step=4, gap=2)
        ends = [5, 9, 13]
        check_equal([len(h) for h, _ in calls], ends, "history lengths passed to the forecaster")
        for (h, steps), end in zip(calls, ends):
            check_equal(h, y[:end].tolist(), "history for the fold ending at %d" % end)
            check_equal(steps, 5, "steps requested (gap 2 + horizon 3)")

    def test_gap_forecasts_are_skipped(self):
        """With gap=2 the first two forecasts are not scored"""
        y = np.arange(12, dtype=float)
        perfect_after_gap = lambda history, steps: history[-1] + np.arange(1, steps + 1)
        fold_mae, mean_mae = backtest(y, perfect_after_gap, 4, 3, gap=2)
        check_close(fold_mae, [0.0, 0.0], 1e-12, 0, "fold MAEs of a forecaster that is exact h steps ahead")
        wrong_alignment = lambda history, steps: history[-1] + np.arange(1, steps + 1) + 100.0 * (np.arange(steps) < 2)
        fold_mae, _ = backtest(y, wrong_alignment, 4, 3, gap=2)
        check_close(fold_mae, [0.0, 0.0], 1e-12, 0, "fold MAEs must ignore the first gap forecasts")

    def test_forecaster_cannot_change_y(self):
        """A forecaster that scribbles on its argument does not change y or later folds"""
        y = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0])
        before = y.copy()

        def vandal(history, steps):
            out = np.full(steps, history[-1])
            history[:] = -999.0
            return out

        fold_mae, _ = backtest(y, vandal, 4, 2)
        check(np.array_equal(y, before), "y must not change when the forecaster modifies its argument", before, y)
        check_close(fold_mae, [1.5, 1.5], 1e-12, 1e-9, "fold MAEs with a forecaster that modifies its argument")

    def test_wrong_forecast_length_raises(self):
        """A forecaster returning the wrong number of values raises ValueError"""
        with self.assertRaises(ValueError):
            backtest(np.arange(10.0), lambda h, s: np.zeros(s - 1), 4, 2)

    def test_invalid_arguments_raise(self):
        """Bad split arguments, no complete fold, and a 2-D series raise ValueError"""
        cases = {
            "initial 0": lambda: expanding_window_splits(10, 0, 2),
            "horizon 0": lambda: expanding_window_splits(10, 3, 0),
            "step 0": lambda: expanding_window_splits(10, 3, 2, step=0),
            "negative gap": lambda: expanding_window_splits(10, 3, 2, gap=-1),
            "float horizon": lambda: expanding_window_splits(10, 3, 2.0),
            "bool initial": lambda: expanding_window_splits(10, True, 2),
            "no complete fold in backtest": lambda: backtest([1.0, 2.0, 3.0], lambda h, s: np.zeros(s), 2, 2),
            "2-D series": lambda: backtest([[1.0, 2.0, 3.0, 4.0]], lambda h, s: np.zeros(s), 2, 1),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
