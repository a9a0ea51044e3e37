import numpy as np


def cuped(y, x, treatment):
    """CUPED-adjust y with the pre-period covariate x and estimate the treatment effect.

    Returns (theta, y_adj, effect, se): theta = cov(x, y) / var(x) over all
    units, y_adj = y - theta * (x - mean(x)) as float64, effect = treatment
    mean minus control mean of y_adj, se = sqrt(s1^2/n1 + s0^2/n0) with
    ddof=1. Raises ValueError on bad shapes, labels, arms under 2 units, or
    constant x.
    """
    raise NotImplementedError("cuped is not implemented yet")
