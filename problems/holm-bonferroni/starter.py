import numpy as np


def holm_bonferroni(pvalues, alpha=0.05):
    """Holm-adjusted p-values in the input order, and rejections at level alpha.

    Returns (adjusted, reject): float64 and bool arrays of shape (m,).
    Raises ValueError for empty, non-1-D, NaN or out-of-range p-values, or
    alpha outside (0, 1).
    """
    raise NotImplementedError("holm_bonferroni is not implemented yet")
