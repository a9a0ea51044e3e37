import math

import numpy as np


def exponential_mle(times, events=None):
    """MLE of an exponential rate from right-censored times.

    events[i] = 1 if the failure was observed at times[i], 0 if censored.
    Returns (rate, se, loglik) as Python floats.
    """
    raise NotImplementedError("exponential_mle is not implemented yet")
