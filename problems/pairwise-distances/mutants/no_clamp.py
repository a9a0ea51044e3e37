# Wrong: takes the square root without clamping, so rounding negatives become nan.
import numpy as np


def pairwise_distances(X, Y=None):
    X = np.asarray(X, dtype=np.float64)
    Y = X if Y is None else np.asarray(Y, dtype=np.float64)
    sq = (X ** 2).sum(axis=1)[:, None] + (Y ** 2).sum(axis=1)[None, :] - 2.0 * X @ Y.T
    with np.errstate(invalid="ignore"):
        return np.sqrt(sq)
