import math

import numpy as np


def welch_t(a, b):
    """Welch's t statistic, Welch-Satterthwaite df and the standard error.

    Returns (t, df, se) as Python floats; t has the sign of mean(a) - mean(b).
    """
    raise NotImplementedError("welch_t is not implemented yet")
