# Wrong: computes each variance as (sum(x**2) - n mean**2) / (n - 1), which cancels for large values.
import math

import numpy as np


def _sample(name, x):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 1 or x.size < 2:
        raise ValueError("%s must be 1-D with at least two values" % name)
    if not np.all(np.isfinite(x)):
        raise ValueError("%s must be finite" % name)
    return x


def welch_t(a, b):
    a, b = _sample("a", a), _sample("b", b)
    na, nb = a.size, b.size
    ma, mb = a.mean(), b.mean()
    va = float((np.sum(a * a) - na * ma * ma) / (na - 1))
    vb = float((np.sum(b * b) - nb * mb * mb) / (nb - 1))
    qa, qb = va / na, vb / nb
    se2 = qa + qb
    if se2 == 0.0:
        raise ValueError("both samples are constant: the statistic is undefined")
    se = math.sqrt(se2)
    t = float((ma - mb) / se)
    df = se2 * se2 / (qa * qa / (na - 1) + qb * qb / (nb - 1))
    return t, float(df), se
