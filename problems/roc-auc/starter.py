import numpy as np


def roc_auc(y_true, scores):
    """Area under the ROC curve for binary labels (1 = positive) and real scores.

    Equals the probability that a random positive scores higher than a random
    negative, counting tied pairs as 1/2. Returns a float in [0, 1].
    Raises ValueError if only one class is present (see README).
    """
    raise NotImplementedError("roc_auc is not implemented yet")
