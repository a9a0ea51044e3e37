import math

import numpy as np


def mann_whitney_u(x, y):
    """Mann-Whitney U for x against y, with the tie-corrected normal approximation.

    Returns (u_x, z, p_value) as Python floats.
    """
    raise NotImplementedError("mann_whitney_u is not implemented yet")
