# Wrong: updates M2 with delta**2 (deviation from the OLD mean, squared) instead of delta * (x - new_mean).
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
        self._m2 += delta * delta

    def count(self):
        return self._n

    def mean(self):
        return self._mean if self._n else math.nan

    def variance(self, ddof=0):
        if self._n - ddof <= 0:
            return math.nan
        return self._m2 / (self._n - ddof)

    def std(self, ddof=0):
        return math.sqrt(self.variance(ddof))
