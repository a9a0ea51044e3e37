import numpy as np


def groupby_aggregate(keys, values):
    """count, sum, mean, var (ddof=1), min and max of values per distinct key, NaN values skipped.

    Returns a dict with entries "keys", "count", "sum", "mean", "var", "min", "max".
    """
    raise NotImplementedError("groupby_aggregate is not implemented yet")
