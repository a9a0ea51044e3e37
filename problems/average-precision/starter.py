import numpy as np


def average_precision(y_true, scores, k=None):
    """Average precision (AP, or AP@k when k is given) of one ranked list.

    Rank items by score, highest first; equal scores keep input order.
    AP = (sum of precision@r over the ranks r <= k that hold a positive) / D,
    with D = number of positives (k is None) or min(k, number of positives).
    Raises ValueError when y_true has no positive item (see README).
    """
    raise NotImplementedError("average_precision is not implemented yet")


def mean_average_precision(queries, k=None):
    """Mean of average_precision over queries, a list of (y_true, scores) pairs.

    Queries without any positive item are skipped; raises ValueError if no
    query is left.
    """
    raise NotImplementedError("mean_average_precision is not implemented yet")
