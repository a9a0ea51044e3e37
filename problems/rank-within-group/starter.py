import numpy as np


def rank_within_group(groups, values, method="average", ascending=True):
    """1-based ranks of values within each group, with the tie rule `method`; NaN values get NaN."""
    raise NotImplementedError("rank_within_group is not implemented yet")
