import numpy as np


def ipw_ate(y, treated, propensity, normalized=False, clip=1e-3):
    """Inverse-propensity-weighted average treatment effect, as a Python float.

    Propensities must lie strictly in (0, 1); they are then clipped to [clip, 1 - clip].
    normalized=False: Horvitz-Thompson (divide by n); True: Hajek (divide by each group's total weight).
    """
    raise NotImplementedError("ipw_ate is not implemented yet")
