import numpy as np

TIE_TOL = 1e-12


def best_split(X, y):
    n, d = len(X), len(X[0])
    if n < 2:
        return None
    _, y_idx = np.unique(y, return_inverse=True)
    onehot = np.eye(y_idx.max() + 1)[y_idx.ravel()]
    total = onehot.sum(axis=0)
    candidates = []  # (impurity, feature, threshold)
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        left = np.cumsum(onehot[order], axis=0)  # class counts of the first i+1 sorted samples
        cut = np.nonzero(xs[:-1] < xs[1:])[0]  # split between sorted positions i and i+1
        if cut.size == 0:
            continue
        n_left = (cut + 1).astype(np.float64)
        n_right = n - n_left
        c_left = left[cut]
        c_right = total - c_left
        g_left = 1.0 - np.sum((c_left / n_left[:, None]) ** 2, axis=1)
        g_right = 1.0 - np.sum((c_right / n_right[:, None]) ** 2, axis=1)
        impurity = (n_left * g_left + n_right * g_right) / n
        thresholds = (xs[cut] + xs[cut + 1]) / 2.0
        candidates.extend(zip(impurity.tolist(), [j] * cut.size, thresholds.tolist()))
    if not candidates:
        return None
    lowest = min(c[0] for c in candidates)
    # Candidates are listed by feature, then by increasing threshold: take the first tied one.
    imp, j, thr = next(c for c in candidates if c[0] <= lowest + TIE_TOL)
    return int(j), float(thr), float(imp)
