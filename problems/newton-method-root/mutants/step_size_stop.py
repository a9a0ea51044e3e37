# Wrong: stops when the step |x_new - x| falls below tol instead of testing |f(x)| <= tol.
import math


def newton_root(f, df, x0, tol=1e-12, max_iter=50):
    x = float(x0)
    for steps in range(1, max_iter + 1):
        fx = float(f(x))
        slope = float(df(x))
        if slope == 0.0 or not math.isfinite(slope) or not math.isfinite(fx):
            raise RuntimeError("bad derivative or value at x = %r" % x)
        new = x - fx / slope
        if abs(new - x) <= tol:
            return new, steps
        x = new
    raise RuntimeError("no convergence after %d steps" % max_iter)
