import numpy as np


def lda_fit(X, y):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.size:
        raise ValueError("X must be (n, d) and y of length n")
    if not np.all(np.isfinite(X)):
        raise ValueError("X must be finite")
    classes, inv = np.unique(y, return_inverse=True)
    inv = inv.reshape(-1)
    k = classes.size
    n, d = X.shape
    if k < 2:
        raise ValueError("need at least two classes")
    if n <= k:
        raise ValueError("need more samples than classes for the pooled covariance")
    counts = np.bincount(inv, minlength=k).astype(np.float64)
    means = np.zeros((k, d))
    np.add.at(means, inv, X)
    means /= counts[:, None]
    centred = X - means[inv]
    cov = centred.T @ centred / (n - k)
    if np.linalg.matrix_rank(cov) < d:
        raise ValueError("the pooled covariance is singular")
    return {"classes": classes, "priors": counts / n, "means": means, "cov": cov}


def _scores(model, X):
    X = np.asarray(X, dtype=np.float64)
    means = model["means"]
    if X.ndim != 2 or X.shape[1] != means.shape[1]:
        raise ValueError("X must be (m, d) with the fitted d")
    w = np.linalg.solve(model["cov"], means.T)  # (d, k)
    const = -0.5 * np.sum(means.T * w, axis=0) + np.log(model["priors"])
    return X @ w + const


def lda_predict_proba(model, X):
    s = _scores(model, X)
    s = s - s.max(axis=1, keepdims=True)
    e = np.exp(s)
    return e / e.sum(axis=1, keepdims=True)


def lda_predict(model, X):
    s = _scores(model, X)
    return model["classes"][np.argmax(s, axis=1)]
