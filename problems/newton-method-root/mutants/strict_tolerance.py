# Wrong: stops only when |f(x)| < tol, so |f(x)| == tol takes one more update.
import math


def newton_root(f, df, x0, tol=1e-12, max_iter=50):
    x = float(x0)
    steps = 0
    while True:
        fx = float(f(x))
        if not math.isfinite(fx):
            raise RuntimeError("f(%r) is not finite" % x)
        if abs(fx) < tol:
            return x, steps
        if steps >= max_iter:
            raise RuntimeError("no convergence after %d steps (last x = %r, f(x) = %r)" % (max_iter, x, fx))
        slope = float(df(x))
        if slope == 0.0 or not math.isfinite(slope):
            raise RuntimeError("derivative is %r at x = %r" % (slope, x))
        x = x - fx / slope
        steps += 1
