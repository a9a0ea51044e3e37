import numpy as np


def triplet_margin_loss(anchor, positive, negative, margin=1.0):
    """mean(max(0, |a-p| - |a-n| + margin)) and its gradients: returns (loss, dA, dP, dN)."""
    raise NotImplementedError("triplet_margin_loss is not implemented yet")
