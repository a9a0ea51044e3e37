import math
import random
import statistics
import unittest

from mlreps_check import check, check_close, check_equal
from solution import RunningStats


def _stats_of(values):
    rs = RunningStats()
    for v in values:
        rs.push(v)
    return rs


class HiddenTests(unittest.TestCase):
    def test_noise_on_huge_offset(self):
        """10,000 values of 1e9 + N(0, 1) match exact variances to 1e-6 relative"""
        rng = random.Random(0)
        xs = [1e9 + rng.gauss(0.0, 1.0) for _ in range(10000)]
        rs = _stats_of(xs)
        check_close(rs.mean(), statistics.fmean(xs), 1e-5, 0, "mean")
        check_close(rs.variance(), statistics.pvariance(xs), 0, 1e-6, "variance()")
        check_close(rs.variance(ddof=1), statistics.variance(xs), 0, 1e-6, "variance(ddof=1)")

    def test_constant_stream_has_zero_variance(self):
        """1000 copies of 1e9 + 0.1 give variance 0 (never negative)"""
        rs = _stats_of([1e9 + 0.1] * 1000)
        check_close(rs.variance(), 0.0, 1e-12, 0, "variance()")
        check_close(rs.std(ddof=1), 0.0, 1e-6, 0, "std(ddof=1)")

    def test_every_prefix(self):
        """After each push, count, mean and both variances match the exact values for that prefix"""
        rng = random.Random(1)
        xs = [rng.uniform(-50, 50) for _ in range(40)]
        rs = RunningStats()
        for i, x in enumerate(xs, start=1):
            rs.push(x)
            prefix = xs[:i]
            check_equal(rs.count(), i, "count after %d pushes" % i)
            check_close(rs.mean(), statistics.fmean(prefix), 1e-12, 1e-12, "mean after %d pushes" % i)
            check_close(rs.variance(), statistics.pvariance(prefix), 1e-12, 1e-10, "variance() after %d pushes" % i)
            if i >= 2:
                check_close(rs.variance(ddof=1), statistics.variance(prefix), 1e-12, 1e-10, "variance(ddof=1) after %d pushes" % i)

    def test_general_ddof_and_std(self):
        """variance(ddof=2) divides by n - 2 and std is its square root"""
        rs = _stats_of([1.0, 2.0, 3.0, 4.0, 10.0])  # mean 4, sum of squared deviations 50
        check_close(rs.variance(ddof=2), 50 / 3, 0, 1e-12, "variance(ddof=2)")
        check_close(rs.std(ddof=1), math.sqrt(12.5), 0, 1e-12, "std(ddof=1)")
        check(math.isnan(_stats_of([1.0, 2.0]).variance(ddof=2)), "variance(ddof=2) of two values must be nan", "nan", _stats_of([1.0, 2.0]).variance(ddof=2))

    def test_integer_values(self):
        """Integer pushes work and the mean is a float"""
        rs = _stats_of([1, 2, 3, 4])
        check(isinstance(rs.mean(), float), "mean must be a float", "float", type(rs.mean()).__name__)
        check_close(rs.mean(), 2.5, 0, 0, "mean")
        check_close(rs.variance(), 1.25, 0, 1e-12, "variance()")

    def test_instances_are_independent(self):
        """Two RunningStats objects do not share state"""
        a, b = RunningStats(), RunningStats()
        a.push(1.0)
        a.push(3.0)
        b.push(100.0)
        check_equal(a.count(), 2, "count of a")
        check_equal(b.count(), 1, "count of b")
        check_close(a.mean(), 2.0, 0, 0, "mean of a")
        check_close(b.mean(), 100.0, 0, 0, "mean of b")

    def test_wide_range_values(self):
        """Values spread over +-1e6 with mixed signs match exact variances"""
        rng = random.Random(2)
        xs = [rng.uniform(-1e6, 1e6) for _ in range(2000)]
        rs = _stats_of(xs)
        check_close(rs.mean(), statistics.fmean(xs), 1e-6, 0, "mean")
        check_close(rs.variance(ddof=1), statistics.variance(xs), 0, 1e-10, "variance(ddof=1)")

    def test_shifted_stream_same_variance(self):
        """Shifting every value by 1e8 leaves the variance unchanged"""
        rng = random.Random(3)
        xs = [rng.gauss(5.0, 2.0) for _ in range(3000)]
        v1 = _stats_of(xs).variance(ddof=1)
        v2 = _stats_of([x + 1e8 for x in xs]).variance(ddof=1)
        check_close(v2, v1, 0, 1e-6, "variance after shifting by 1e8")


def _stored_items(obj):
    """The largest number of items held in any container attribute of obj."""
    values = list(getattr(obj, "__dict__", {}).values())
    for cls in type(obj).__mro__:
        slots = getattr(cls, "__slots__", ())
        for name in ([slots] if isinstance(slots, str) else slots):
            if hasattr(obj, name):
                values.append(getattr(obj, name))
    biggest = 0
    for value in values:
        if hasattr(value, "__len__") and not isinstance(value, (str, bytes)):
            biggest = max(biggest, len(value))
    return biggest


class GapTests(unittest.TestCase):
    def test_constant_memory(self):
        """After 20,000 pushes the object holds O(1) numbers, not the values"""
        rs = RunningStats()
        for i in range(20_000):
            rs.push(float(i % 7))
        held = _stored_items(rs)
        check(held <= 16, "RunningStats keeps %d items after 20,000 pushes: store only the count, the mean and the sum of squared deviations" % held,
              "at most a few numbers", "%d items" % held)
        check_close(rs.mean(), sum(i % 7 for i in range(20_000)) / 20_000, 1e-12, 1e-12, "mean after 20,000 pushes")


if __name__ == "__main__":
    unittest.main()
