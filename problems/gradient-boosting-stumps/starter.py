import numpy as np


class GradientBoostingStumps:
    """Gradient boosting for regression (squared loss) with depth-1 trees.

    After fit: init_ is the mean of y and stumps_ a list of
    (feature, threshold, left_value, right_value) tuples, one per round.
    """

    def __init__(self, n_estimators=100, learning_rate=0.1):
        self.n_estimators = n_estimators
        self.learning_rate = learning_rate

    def fit(self, X, y):
        """Fit on X (n, d) and y (n,); return self.

        F starts at mean(y). Each round: residuals r = y - F; fit the stump
        with the lowest SSE on r (midpoint thresholds, x[j] <= t goes left,
        leaf values are the mean residual on each side; ties within
        1e-10 * (1 + lowest SSE) -> lowest feature, then lowest threshold);
        then F += learning_rate * stump(X).
        """
        raise NotImplementedError("fit is not implemented yet")

    def predict(self, X):
        """(m,) floats: init_ + learning_rate * sum of the stumps' outputs."""
        raise NotImplementedError("predict is not implemented yet")
