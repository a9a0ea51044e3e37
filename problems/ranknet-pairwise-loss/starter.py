import numpy as np


def ranknet_loss(scores, labels, qid, sigma=1.0):
    """Mean RankNet loss over within-query pairs with different labels, and its gradient w.r.t. scores."""
    raise NotImplementedError("ranknet_loss is not implemented yet")
