import numpy as np


def mean_squared_error(y_true, y_pred):
    """Mean of the squared errors (y_true - y_pred)**2, as a float."""
    raise NotImplementedError("mean_squared_error is not implemented yet")


def mean_absolute_error(y_true, y_pred):
    """Mean of the absolute errors |y_true - y_pred|, as a float."""
    raise NotImplementedError("mean_absolute_error is not implemented yet")


def r2_score(y_true, y_pred):
    """Coefficient of determination 1 - SS_res / SS_tot, as a float.

    When all entries of y_true are equal: 1.0 if the predictions match y_true
    exactly, else 0.0 (see README).
    """
    raise NotImplementedError("r2_score is not implemented yet")
