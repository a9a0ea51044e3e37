import numpy as np


def _trace_values(R, M, U, V, lam, n_obs):
    err = np.where(M, R - U @ V.T, 0.0)
    sse = float(np.sum(err ** 2))
    return float(np.sqrt(sse / n_obs)), sse + lam * float(np.sum(U ** 2) + np.sum(V ** 2))


def als(R, mask, U0, V0, lam, n_sweeps):
    M = np.asarray(mask, dtype=bool)
    R = np.where(M, np.asarray(R, dtype=np.float64), 0.0)
    U = np.array(U0, dtype=np.float64)
    V = np.array(V0, dtype=np.float64)
    k = U.shape[1]
    n_obs = int(M.sum())
    reg = lam * np.eye(k)
    rmse, loss = _trace_values(R, M, U, V, lam, n_obs)
    rmse_trace, loss_trace = [rmse], [loss]
    for _ in range(n_sweeps):
        for i in range(U.shape[0]):
            Vi = V[M[i]]
            U[i] = np.linalg.solve(Vi.T @ Vi + reg, Vi.T @ R[i, M[i]])
        for j in range(V.shape[0]):
            Uj = U[M[:, j]]
            V[j] = np.linalg.solve(Uj.T @ Uj + reg, Uj.T @ R[M[:, j], j])
        rmse, loss = _trace_values(R, M, U, V, lam, n_obs)
        rmse_trace.append(rmse)
        loss_trace.append(loss)
    return U, V, rmse_trace, loss_trace
