import numpy as np


def matthews_corrcoef(y_true, y_pred):
    """MCC of binary (0/1) labels and predictions, as a float in [-1, 1].

    Returns 0.0 when a marginal count in the denominator is 0. Raises
    ValueError for mismatched lengths, empty or non-1-D input, or labels other than 0/1.
    """
    raise NotImplementedError("matthews_corrcoef is not implemented yet")
