# Wrong: divides the squared error by all m*n entries instead of the number of observed ones when computing the RMSE.
import numpy as np


def _trace_values(R, M, U, V, lam):
    err = np.where(M, R - U @ V.T, 0.0)
    sse = float(np.sum(err ** 2))
    return float(np.sqrt(sse / M.size)), sse + lam * float(np.sum(U ** 2) + np.sum(V ** 2))


def als(R, mask, U0, V0, lam, n_sweeps):
    M = np.asarray(mask, dtype=bool)
    R = np.where(M, np.asarray(R, dtype=np.float64), 0.0)
    U, V = np.array(U0, dtype=np.float64), np.array(V0, dtype=np.float64)
    reg = lam * np.eye(U.shape[1])
    rm, lo = _trace_values(R, M, U, V, lam)
    rmse, loss = [rm], [lo]
    for _ in range(n_sweeps):
        for i in range(U.shape[0]):
            Vi = V[M[i]]
            U[i] = np.linalg.solve(Vi.T @ Vi + reg, Vi.T @ R[i, M[i]])
        for j in range(V.shape[0]):
            Uj = U[M[:, j]]
            V[j] = np.linalg.solve(Uj.T @ Uj + reg, Uj.T @ R[M[:, j], j])
        rm, lo = _trace_values(R, M, U, V, lam)
        rmse.append(rm)
        loss.append(lo)
    return U, V, rmse, loss
