import numpy as np


def one_way_anova(groups):
    """One-way ANOVA of k >= 2 groups.

    Returns (F, df_between, df_within, eta_squared); the dfs are Python ints.
    Raises ValueError for bad groups, N <= k, or when every group is constant.
    """
    raise NotImplementedError("one_way_anova is not implemented yet")
