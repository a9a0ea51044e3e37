import math


class RunningStats:
    def __init__(self):
        self._n = 0
        self._mean = 0.0
        self._m2 = 0.0  # sum of squared deviations from the current mean

    def push(self, x):
        x = float(x)
        self._n += 1
        delta = x - self._mean
        self._mean += delta / self._n
        self._m2 += delta * (x - self._mean)

    def count(self):
        return self._n

    def mean(self):
        return self._mean if self._n > 0 else math.nan

    def variance(self, ddof=0):
        if self._n - ddof <= 0:
            return math.nan
        return self._m2 / (self._n - ddof)

    def std(self, ddof=0):
        return math.sqrt(self.variance(ddof))
