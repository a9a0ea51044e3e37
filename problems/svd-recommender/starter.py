import numpy as np


def svd_predict(R, k):
    """Item-mean baseline plus the rank-k SVD approximation of the residuals (missing cells as 0)."""
    raise NotImplementedError("svd_predict is not implemented yet")


def recommend(R, k, n_items):
    """For each user, up to n_items unrated item indices by decreasing predicted score (ties: smaller index)."""
    raise NotImplementedError("recommend is not implemented yet")
