# Wrong: requires a strict decrease (<), rejecting steps that meet the Armijo condition with equality.
import math

import numpy as np


def gradient_descent_backtracking(f, grad, x0, t0=1.0, beta=0.5, c=1e-4, tol=1e-8, max_iter=1000):
    if not t0 > 0:
        raise ValueError("t0 must be > 0")
    if not 0 < beta < 1:
        raise ValueError("beta must be strictly between 0 and 1")
    if not 0 < c < 1:
        raise ValueError("c must be strictly between 0 and 1")
    x = np.array(x0, dtype=np.float64)
    fx = float(f(x))
    f_values = [fx]
    steps = 0
    while True:
        g = np.asarray(grad(x), dtype=np.float64)
        gg = float(g @ g)
        if math.sqrt(gg) <= tol or steps >= max_iter:
            break
        t = t0
        while True:
            x_new = x - t * g
            f_new = float(f(x_new))
            if f_new < fx - c * t * gg:  # False for nan, and inf never passes
                break
            t *= beta
        x, fx = x_new, f_new
        f_values.append(fx)
        steps += 1
    return x, f_values
