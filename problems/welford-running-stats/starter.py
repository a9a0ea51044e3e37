import math


class RunningStats:
    """Running count, mean and variance of a stream of numbers, in O(1) memory."""

    def __init__(self):
        raise NotImplementedError("RunningStats is not implemented yet")

    def push(self, x):
        """Add one number to the stream."""
        raise NotImplementedError

    def count(self):
        """How many numbers have been pushed (an int)."""
        raise NotImplementedError

    def mean(self):
        """Mean of the numbers so far; nan if none."""
        raise NotImplementedError

    def variance(self, ddof=0):
        """Sum of squared deviations divided by (count - ddof); nan if count <= ddof.

        ddof=0 is the population variance, ddof=1 the sample (unbiased) variance.
        """
        raise NotImplementedError

    def std(self, ddof=0):
        """Square root of variance(ddof)."""
        raise NotImplementedError
