import gc
import unittest
import weakref

import numpy as np

from mlreps_check import check, check_close, check_equal, check_raises
from solution import ema_of_sequence, ema_update

ATOL, RTOL = 1e-12, 1e-9


def _check_dict(got, expected, what):
    check(isinstance(got, dict), "%s must be a dict" % what, "dict", type(got).__name__)
    check_equal(sorted(got), sorted(expected), "keys of %s" % what)
    for k in expected:
        check_close(got[k], expected[k], ATOL, RTOL, "%s[%r]" % (what, k))


def _loop_ema(snaps, decay, warmup):
    # Straight from the definition, entry by entry with Python floats.
    avg = {k: [float(v) for v in np.ravel(a)] for k, a in snaps[0].items()}
    for t, snap in enumerate(snaps[1:]):
        d = min(decay, (1 + t) / (10 + t)) if warmup else decay
        for k in avg:
            p = [float(v) for v in np.ravel(snap[k])]
            avg[k] = [d * a + (1 - d) * x for a, x in zip(avg[k], p)]
    return {k: np.reshape(avg[k], np.shape(snaps[0][k])) for k in avg}


def _random_snaps(seed, n):
    rng = np.random.default_rng(seed)
    return [{"w": rng.normal(size=(3, 2)), "b": rng.normal(size=3), "s": float(rng.normal())} for _ in range(n)]


class HiddenTests(unittest.TestCase):
    def test_warm_up_schedule(self):
        """decay 0.99: d_t = (1+t)/(10+t) until it reaches 0.99 at t = 890, then 0.99"""
        ema, params = {"w": np.array([0.0])}, {"w": np.array([1.0])}
        for t in (0, 1, 2, 9, 100, 889, 890, 891, 10 ** 6):
            d = min(0.99, (1 + t) / (10 + t))
            got = ema_update(ema, params, 0.99, step=t)
            check_close(got["w"], [1 - d], ATOL, RTOL, "ema_update of 0 towards 1 with decay 0.99, step=%d" % t)
        got = ema_update(ema, params, 0.99, step=np.int64(5))
        check_close(got["w"], [1 - 6 / 15], ATOL, RTOL, "ema_update with step=np.int64(5)")

    def test_decay_edges(self):
        """decay 0 returns params, decay 1 returns ema, both as new float64 arrays"""
        ema, params = {"w": np.array([1.0, -2.0])}, {"w": np.array([3.0, 7.0])}
        zero, one = ema_update(ema, params, 0.0), ema_update(ema, params, 1.0)
        check_close(zero["w"], [3.0, 7.0], ATOL, RTOL, "decay 0")
        check_close(one["w"], [1.0, -2.0], ATOL, RTOL, "decay 1")
        check(not np.shares_memory(np.asarray(one["w"]), ema["w"]), "with decay 1 the result must still be a new array, not ema's",
              "a new array", "the same memory as ema['w']")
        check(not np.shares_memory(np.asarray(zero["w"]), params["w"]), "with decay 0 the result must be a new array, not params'",
              "a new array", "the same memory as params['w']")

    def test_inputs_not_modified(self):
        """ema, params and their arrays are unchanged; the result is a new dict"""
        ema = {"w": np.array([[1.0, 2.0], [3.0, 4.0]]), "b": np.array([0.5])}
        params = {"w": np.array([[0.0, 0.0], [8.0, 8.0]]), "b": np.array([1.5])}
        saved_e = {k: v.copy() for k, v in ema.items()}
        saved_p = {k: v.copy() for k, v in params.items()}
        got = ema_update(ema, params, 0.9, step=3)
        check(got is not ema and got is not params, "ema_update must return a new dict", "a new dict", "one of the inputs")
        check_equal(sorted(ema), ["b", "w"], "keys of ema after the call")
        for k in saved_e:
            check_close(ema[k], saved_e[k], 0, 0, "ema[%r] after the call" % k)
            check_close(params[k], saved_p[k], 0, 0, "params[%r] after the call" % k)
        d = min(0.9, 4 / 13)
        check_close(got["w"], d * saved_e["w"] + (1 - d) * saved_p["w"], ATOL, RTOL, "result['w'] with step 3")

    def test_integer_and_list_values(self):
        """Integer arrays, lists and ints give float64 results"""
        got = ema_update({"w": np.array([1, 2]), "n": 3}, {"w": [2, 5], "n": 4}, 0.5)
        for k, expected in (("w", [1.5, 3.5]), ("n", 3.5)):
            check_equal(np.asarray(got[k]).dtype, np.dtype(np.float64), "dtype of result[%r]" % k)
            check_close(got[k], expected, ATOL, RTOL, "result[%r]" % k)
        check_equal(np.shape(got["w"]), (2,), "shape of result['w']")

    def test_update_validation(self):
        """Mismatched keys or shapes, a bad decay or step, or a non-dict raise the stated errors"""
        a, b = {"w": np.zeros(2), "b": np.zeros(1)}, {"w": np.ones(2), "b": np.ones(1)}
        err = check_raises(ValueError, ema_update, a, {"w": np.ones(2)}, 0.9, what="params without key 'b'")
        check("'b'" in str(err) or '"b"' in str(err) or " b" in str(err), "the key error must name the missing key 'b'", "a message naming 'b'", str(err))
        err = check_raises(ValueError, ema_update, a, dict(b, extra=np.ones(1)), 0.9, what="params with an extra key 'extra'")
        check("extra" in str(err), "the key error must name the extra key 'extra'", "a message naming 'extra'", str(err))
        check_raises(ValueError, ema_update, a, {"w": np.ones(3), "b": np.ones(1)}, 0.9, what="params['w'] of shape (3,) for ema['w'] of shape (2,)")
        check_raises(ValueError, ema_update, a, b, 1.5, what="decay=1.5")
        check_raises(ValueError, ema_update, a, b, -0.1, what="decay=-0.1")
        check_raises(ValueError, ema_update, a, b, 0.9, step=-1, what="step=-1")
        check_raises(ValueError, ema_update, a, b, 0.9, step=3.0, what="step=3.0 (a float, even if whole)")
        check_raises(ValueError, ema_update, a, b, 0.9, step=True, what="step=True (a bool)")
        check_raises(TypeError, ema_update, [np.zeros(2)], [np.ones(2)], 0.9, what="lists of arrays instead of dicts")
        check_raises(TypeError, ema_update, a, np.ones(2), 0.9, what="params given as an array")


class SequenceTests(unittest.TestCase):
    def test_matches_loop_with_and_without_warm_up(self):
        """Random runs of 40 snapshots, decays 0.999 and 0.3, warm-up on and off, match an entry-by-entry loop"""
        snaps = _random_snaps(1, 40)
        for decay in (0.999, 0.3):
            for warmup in (True, False):
                expected = _loop_ema(snaps, decay, warmup)
                _check_dict(ema_of_sequence(snaps, decay, warmup=warmup), expected, "ema_of_sequence(decay=%g, warmup=%s)" % (decay, warmup))

    def test_one_shot_iterator_and_memory(self):
        """A generator of 60 snapshots is read once and earlier snapshots are released as the run goes on"""
        snaps = _random_snaps(2, 60)
        expected = _loop_ema(snaps, 0.95, True)
        refs = []
        problems = []

        def stream():
            for i, s in enumerate(snaps):
                alive = [j for j in range(1, i - 2) if refs[j]() is not None]
                if alive and not problems:
                    gc.collect()
                    alive = [j for j in alive if refs[j]() is not None]
                if alive and not problems:
                    problems.append((i, alive))
                fresh = {k: np.array(v, dtype=np.float64) for k, v in s.items()}
                refs.append(weakref.ref(fresh["b"]))
                yield fresh
                del fresh

        got = ema_of_sequence(stream(), 0.95)
        check(not problems, "snapshots must not be kept alive: memory must not grow with the run (list(snapshots) keeps them all)",
              "snapshots 1 .. i-3 released when snapshot i is produced",
              "when snapshot %d was produced, snapshots %s were still alive" % problems[0] if problems else "")
        _check_dict(got, expected, "ema_of_sequence of a generator")

    def test_single_and_empty(self):
        """One snapshot returns a float64 copy of it; no snapshot raises ValueError"""
        snap = {"w": np.array([1, 2, 3])}
        got = ema_of_sequence(iter([snap]), 0.9)
        check_close(got["w"], [1.0, 2.0, 3.0], 0, 0, "average of a single snapshot")
        check_equal(np.asarray(got["w"]).dtype, np.dtype(np.float64), "dtype of the average")
        check_raises(ValueError, ema_of_sequence, [], 0.9, what="an empty list of snapshots")
        check_raises(ValueError, ema_of_sequence, iter([]), 0.9, what="an empty iterator")

    def test_snapshots_not_modified(self):
        """The float64 arrays of every snapshot, the first included, are unchanged"""
        snaps = _random_snaps(3, 6)
        saved = [{k: np.array(v, copy=True) for k, v in s.items()} for s in snaps]
        expected = _loop_ema(saved, 0.9, True)
        got = ema_of_sequence(snaps, 0.9)
        for i, (s, c) in enumerate(zip(snaps, saved)):
            for k in c:
                check_close(s[k], c[k], 0, 0, "snapshot %d [%r] after the call" % (i, k))
        _check_dict(got, expected, "ema_of_sequence")

    def test_sequence_validation(self):
        """A snapshot with other keys or shapes, or a non-dict snapshot, is refused"""
        check_raises(ValueError, ema_of_sequence, [{"w": [1.0]}, {"w": [2.0], "b": [0.0]}], 0.9, what="a second snapshot with an extra key")
        check_raises(ValueError, ema_of_sequence, [{"w": [1.0]}, {"w": [2.0, 3.0]}], 0.9, what="a second snapshot with another shape")
        check_raises(TypeError, ema_of_sequence, [{"w": [1.0]}, [2.0]], 0.9, what="a second snapshot that is a list")
        check_raises(ValueError, ema_of_sequence, [{"w": [1.0]}, {"w": [2.0]}], 2.0, what="decay=2.0 with two snapshots")


if __name__ == "__main__":
    unittest.main()
