import math


class RunningStats:
    def __init__(self):
        self._values = []

    def push(self, x):
        self._values.append(float(x))

    def count(self):
        return len(self._values)

    def mean(self):
        return math.fsum(self._values) / len(self._values) if self._values else math.nan

    def variance(self, ddof=0):
        n = len(self._values)
        if n - ddof <= 0:
            return math.nan
        m = self.mean()
        return math.fsum((v - m) ** 2 for v in self._values) / (n - ddof)

    def std(self, ddof=0):
        return math.sqrt(self.variance(ddof))
