# Wrong: pools the two variances as in Student's test and uses df = n_a + n_b - 2.
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
    va = float(np.sum((a - ma) ** 2) / (na - 1))
    vb = float(np.sum((b - mb) ** 2) / (nb - 1))
    pooled = ((na - 1) * va + (nb - 1) * vb) / (na + nb - 2)
    qa, qb = pooled / na, pooled / nb
    se2 = qa + qb
    if se2 == 0.0:
        raise ValueError("both samples are constant: the statistic is undefined")
    se = math.sqrt(se2)
    t = float((ma - mb) / se)
    df = na + nb - 2
    return t, float(df), se
