# Wrong: treats unobserved entries as ratings of 0 in the row updates (solves over all columns), instead of skipping them.
import numpy as np


def _trace_values(R, M, U, V, lam):
    err = np.where(M, R - U @ V.T, 0.0)
    sse = float(np.sum(err ** 2))
    return float(np.sqrt(sse / M.sum())), sse + lam * float(np.sum(U ** 2) + np.sum(V ** 2))


def als(R, mask, U0, V0, lam, n_sweeps):
    M = np.asarray(mask, dtype=bool)
    R = np.where(M, np.asarray(R, dtype=np.float64), 0.0)
    U, V = np.array(U0, dtype=np.float64), np.array(V0, dtype=np.float64)
    reg = lam * np.eye(U.shape[1])
    rm, lo = _trace_values(R, M, U, V, lam)
    rmse, loss = [rm], [lo]
    for _ in range(n_sweeps):
        U = np.linalg.solve(V.T @ V + reg, V.T @ R.T).T
        V = np.linalg.solve(U.T @ U + reg, U.T @ R).T
        rm, lo = _trace_values(R, M, U, V, lam)
        rmse.append(rm)
        loss.append(lo)
    return U, V, rmse, loss
