import math

import numpy as np


def chi2_independence(table):
    """Pearson chi-square test of independence on an r x c table of counts.

    Returns (statistic, df, p_value, expected, cramers_v).
    """
    raise NotImplementedError("chi2_independence is not implemented yet")
