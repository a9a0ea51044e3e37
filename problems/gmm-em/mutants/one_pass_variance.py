import numpy as np


def _log_joint(X, means, variances, weights):
    # log w_j + sum_d log N(x_id | mu_jd, var_jd), shape (n, k).
    diff2 = (X[:, None, :] - means[None, :, :]) ** 2
    log_pdf = -0.5 * (np.log(2.0 * np.pi * variances)[None, :, :] + diff2 / variances[None, :, :]).sum(axis=2)
    return log_pdf + np.log(weights)[None, :]


def _e_step(X, means, variances, weights):
    lj = _log_joint(X, means, variances, weights)
    m = lj.max(axis=1, keepdims=True)
    lse = m + np.log(np.exp(lj - m).sum(axis=1, keepdims=True))
    return np.exp(lj - lse), float(lse.sum())


def gmm_em(X, means, variances, weights, n_iter, reg_covar=1e-6):
    X = np.asarray(X, dtype=np.float64)
    means = np.array(means, dtype=np.float64)
    variances = np.array(variances, dtype=np.float64)
    weights = np.array(weights, dtype=np.float64)
    n = X.shape[0]
    resp, ll = _e_step(X, means, variances, weights)
    trace = [ll]
    for _ in range(n_iter):
        nk = resp.sum(axis=0)
        weights = nk / n
        means = (resp.T @ X) / nk[:, None]
        variances = (resp.T @ (X * X)) / nk[:, None] - means ** 2 + reg_covar
        resp, ll = _e_step(X, means, variances, weights)
        trace.append(ll)
    return weights, means, variances, resp, trace
