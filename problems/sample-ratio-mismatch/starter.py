import math

import numpy as np


def srm_check(counts, ratios=None, threshold=0.001):
    """Chi-square goodness-of-fit test of observed arm counts against the configured ratios.

    Returns (statistic, p_value, mismatch) with mismatch = p_value < threshold.
    ratios=None means an equal split. Raises ValueError on invalid counts,
    ratios or threshold.
    """
    raise NotImplementedError("srm_check is not implemented yet")
