import math
import unittest

from mlreps_check import check, check_close
from solution import lr_at_step

ATOL, RTOL = 1e-12, 1e-9


class HiddenTests(unittest.TestCase):
    def test_no_warmup(self):
        """warmup_steps = 0: step 0 has base_lr and the decay spans all steps"""
        check_close(lr_at_step(0, 3e-4, 0, 1000), 3e-4, ATOL, RTOL, "lr at step 0")
        check_close(lr_at_step(500, 3e-4, 0, 1000), 1.5e-4, ATOL, RTOL, "lr at step 500")
        check_close(lr_at_step(1000, 3e-4, 0, 1000), 0.0, ATOL, RTOL, "lr at step 1000")

    def test_default_min_lr_is_zero(self):
        """Without min_lr the schedule decays to 0"""
        check_close(lr_at_step(300, 2.0, 100, 300), 0.0, ATOL, RTOL, "lr at total_steps")
        check_close(lr_at_step(200, 2.0, 100, 300), 1.0, ATOL, RTOL, "lr at the cosine midpoint")

    def test_monotone_shape(self):
        """Strictly increasing during warmup, non-increasing afterwards"""
        lrs = [lr_at_step(s, 0.01, 20, 200, 0.001) for s in range(0, 260)]
        check(all(lrs[i] < lrs[i + 1] for i in range(20)), "lr must increase through warmup", "increasing", lrs[:21])
        check(all(lrs[i] >= lrs[i + 1] - 1e-15 for i in range(20, 259)), "lr must not increase after warmup",
              "non-increasing", lrs[20:])

    def test_cosine_symmetry(self):
        """lr(W + x) + lr(T - x) = base_lr + min_lr for the half cosine"""
        base, low, w, t = 0.5, 0.05, 30, 130
        for x in (0, 7, 25, 50, 93, 100):
            total = lr_at_step(w + x, base, w, t, low) + lr_at_step(t - x, base, w, t, low)
            check_close(total, base + low, ATOL, RTOL, "lr(W + %d) + lr(T - %d)" % (x, x))

    def test_quarter_points(self):
        """At 25% and 75% of the decay the factor is (1 +- cos(pi/4)) / 2"""
        base, w, t = 1e-3, 100, 500
        c = math.cos(math.pi / 4)
        check_close(lr_at_step(200, base, w, t), base * 0.5 * (1 + c), ATOL, RTOL, "lr at 25% of the decay")
        check_close(lr_at_step(400, base, w, t), base * 0.5 * (1 - c), ATOL, RTOL, "lr at 75% of the decay")

    def test_min_lr_equal_to_base(self):
        """min_lr = base_lr gives a warmup followed by a constant rate"""
        got = [lr_at_step(s, 0.2, 4, 10, 0.2) for s in (2, 4, 7, 10, 20)]
        check_close(got, [0.1, 0.2, 0.2, 0.2, 0.2], ATOL, RTOL, "lr values")

    def test_last_warmup_step_and_first_decay_step(self):
        """Step W-1 is base_lr*(W-1)/W and step W+1 is just below base_lr"""
        base, w, t = 6e-4, 2000, 100000
        check_close(lr_at_step(w - 1, base, w, t, 6e-5), base * (w - 1) / w, ATOL, RTOL, "lr at step W-1")
        expected = 6e-5 + 0.5 * (base - 6e-5) * (1 + math.cos(math.pi / (t - w)))
        check_close(lr_at_step(w + 1, base, w, t, 6e-5), expected, ATOL, RTOL, "lr at step W+1")


if __name__ == "__main__":
    unittest.main()
