import math
from statistics import NormalDist

import numpy as np


def ratio_metric_test(y_a, x_a, y_b, x_b, alpha=0.05):
    """Two-sided z-test and CI for R_b - R_a, R = mean(y) / mean(x), with delta-method variances.

    Returns a dict with keys ratio_a, ratio_b, diff, se, z, p_value, ci_low,
    ci_high (Python floats).
    """
    raise NotImplementedError("ratio_metric_test is not implemented yet")
