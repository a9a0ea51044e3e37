import numpy as np


def benjamini_hochberg(pvalues, q=0.05):
    """BH-adjusted p-values in the input order, and rejections at FDR level q.

    Returns (adjusted, reject): float64 and bool arrays of shape (m,).
    Raises ValueError for empty, non-1-D, NaN or out-of-range p-values, or
    q outside (0, 1).
    """
    raise NotImplementedError("benjamini_hochberg is not implemented yet")
