import numpy as np


def fit_imputer(X, strategy="median"):
    """Learn per-column fill values (ignoring NaN) and the columns that had NaN.

    Returns {"fill": float64 (d,), "indicator_columns": int array}.
    """
    raise NotImplementedError("fit_imputer is not implemented yet")


def transform_imputer(X, state):
    """Fill NaN with the fitted values and append 0/1 indicators for the fitted indicator columns."""
    raise NotImplementedError("transform_imputer is not implemented yet")
