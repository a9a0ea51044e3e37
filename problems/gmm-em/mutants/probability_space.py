# Wrong: evaluates the densities with exp directly (no log-sum-exp), so far-away points underflow to 0/0 = nan.
import numpy as np


def _e_step(X, means, variances, weights):
    diff2 = (X[:, None, :] - means[None, :, :]) ** 2
    dens = np.prod(np.exp(-0.5 * diff2 / variances[None]) / np.sqrt(2.0 * np.pi * variances[None]), axis=2)
    joint = dens * weights[None, :]
    total = joint.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return joint / total, float(np.log(total).sum())


def gmm_em(X, means, variances, weights, n_iter, reg_covar=1e-6):
    X = np.asarray(X, dtype=np.float64)
    means = np.array(means, dtype=np.float64)
    variances = np.array(variances, dtype=np.float64)
    weights = np.array(weights, dtype=np.float64)
    resp, ll = _e_step(X, means, variances, weights)
    trace = [ll]
    for _ in range(n_iter):
        nk = resp.sum(axis=0)
        weights = nk / X.shape[0]
        means = (resp.T @ X) / nk[:, None]
        diff2 = (X[:, None, :] - means[None, :, :]) ** 2
        variances = (resp[:, :, None] * diff2).sum(axis=0) / nk[:, None] + reg_covar
        resp, ll = _e_step(X, means, variances, weights)
        trace.append(ll)
    return weights, means, variances, resp, trace
