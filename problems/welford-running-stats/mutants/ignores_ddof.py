# Wrong: always divides by n, so the sample variance (ddof=1) equals the population variance.
import math


class RunningStats:
    def __init__(self):
        self._n = 0
        self._mean = 0.0
        self._m2 = 0.0

    def push(self, x):
        self._n += 1
        delta = x - self._mean
        self._mean += delta / self._n
        self._m2 += delta * (x - self._mean)

    def count(self):
        return self._n

    def mean(self):
        return self._mean if self._n else math.nan

    def variance(self, ddof=0):
        return self._m2 / self._n if self._n else math.nan

    def std(self, ddof=0):
        return math.sqrt(self.variance(ddof))
