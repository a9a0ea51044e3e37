import numpy as np


def gmm_em(X, means, variances, weights, n_iter, reg_covar=1e-6):
    """Fit a diagonal-covariance Gaussian mixture with exactly `n_iter` EM iterations.

    X: (n, d) floats. means, variances: (k, d) initial parameters; weights: (k,)
    initial mixing weights (positive, summing to 1). None of them is modified.
    One iteration = M-step from the current responsibilities, then E-step.
    The M-step adds `reg_covar` to every new variance.
    Work in log space (log-sum-exp) so far-away points do not give nan.

    Returns (weights (k,), means (k, d), variances (k, d), resp (n, k),
    log_likelihoods) where resp and log_likelihoods[-1] belong to the returned
    parameters and log_likelihoods has n_iter + 1 entries (the first for the
    initial parameters). Log-likelihoods are sums over the n points.
    """
    raise NotImplementedError("gmm_em is not implemented yet")
