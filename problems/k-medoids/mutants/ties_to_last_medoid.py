# Wrong: breaks assignment ties towards the last medoid in the list.
import numbers

import numpy as np


def k_medoids(D, init_medoids, max_iter=100):
    D = np.asarray(D, dtype=np.float64)
    if D.ndim != 2 or D.shape[0] != D.shape[1] or D.shape[0] == 0:
        raise ValueError("D must be a non-empty square matrix")
    if not np.all(np.isfinite(D)) or np.any(D < 0) or not np.allclose(D, D.T, rtol=0, atol=1e-12) or np.any(np.diag(D) != 0):
        raise ValueError("D must be finite, non-negative, symmetric, with a zero diagonal")
    n = D.shape[0]
    medoids = [int(m) for m in init_medoids]
    if not medoids or any(isinstance(m, bool) or not isinstance(m, numbers.Integral) for m in init_medoids):
        raise ValueError("init_medoids must be a non-empty list of integer indices")
    if len(set(medoids)) != len(medoids) or min(medoids) < 0 or max(medoids) >= n:
        raise ValueError("init_medoids must be distinct indices in 0..%d" % (n - 1))
    medoids = np.array(medoids)
    labels = len(medoids) - 1 - np.argmin(D[:, medoids[::-1]], axis=1)
    for _ in range(max_iter):
        new = medoids.copy()
        for c in range(len(medoids)):
            members = np.nonzero(labels == c)[0]
            if members.size == 0:
                continue
            within = D[np.ix_(members, members)].sum(axis=1)
            new[c] = members[np.argmin(within)]  # first minimum: the lowest index
        if np.array_equal(new, medoids):
            break
        medoids = new
        labels = np.argmin(D[:, medoids], axis=1)
    cost = float(D[np.arange(n), medoids[labels]].sum())
    return medoids, labels, cost
