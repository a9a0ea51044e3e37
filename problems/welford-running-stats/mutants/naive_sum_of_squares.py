# Wrong: keeps sum(x) and sum(x^2) and uses E[x^2] - E[x]^2, which cancels catastrophically for large offsets.
import math


class RunningStats:
    def __init__(self):
        self._n = 0
        self._s = 0.0
        self._s2 = 0.0

    def push(self, x):
        self._n += 1
        self._s += x
        self._s2 += x * x

    def count(self):
        return self._n

    def mean(self):
        return self._s / self._n if self._n else math.nan

    def variance(self, ddof=0):
        if self._n - ddof <= 0:
            return math.nan
        return (self._s2 - self._s * self._s / self._n) / (self._n - ddof)

    def std(self, ddof=0):
        return math.sqrt(max(self.variance(ddof), 0.0))
