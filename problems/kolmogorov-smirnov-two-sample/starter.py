import math

import numpy as np


def kolmogorov_sf(lam):
    """Asymptotic Kolmogorov survival function Q(lam); 1.0 for lam < 0.3."""
    raise NotImplementedError("kolmogorov_sf is not implemented yet")


def ks_two_sample(x, y):
    """Two-sample KS test: returns (D, p_value) with D = sup_t |F_x(t) - F_y(t)|."""
    raise NotImplementedError("ks_two_sample is not implemented yet")
