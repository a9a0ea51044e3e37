import numpy as np


class AdaBoostStumps:
    """Discrete AdaBoost with decision stumps for labels in {-1, +1}.

    A stump (feature j, threshold t, polarity s) predicts s where x[j] > t
    and -s where x[j] <= t. After fit: stumps_ is a list of
    (feature, threshold, polarity) tuples and alphas_ a float array, one
    entry per round.
    """

    def __init__(self, n_estimators=50):
        self.n_estimators = n_estimators

    def fit(self, X, y):
        """Run exactly n_estimators boosting rounds on X (n, d) and y (n,) in {-1, +1}; return self.

        Weights start at 1/n. Each round: pick the stump with the lowest
        weighted error (features in order, midpoint thresholds ascending,
        polarity +1 before -1; errors within 1e-12 of the lowest are tied and
        the first candidate wins), clip the error to [1e-10, 1 - 1e-10],
        alpha = 0.5 * ln((1 - err) / err), w *= exp(-alpha * y * h(x)), then
        renormalize w to sum to 1.
        """
        raise NotImplementedError("fit is not implemented yet")

    def decision_function(self, X):
        """(m,) floats: sum over rounds of alpha_t * h_t(x)."""
        raise NotImplementedError("decision_function is not implemented yet")

    def predict(self, X):
        """(m,) ints in {-1, +1}: the sign of decision_function, with 0 -> +1."""
        raise NotImplementedError("predict is not implemented yet")
