def newton_root(f, df, x0, tol=1e-12, max_iter=50):
    """Newton's method: returns (root, steps) once |f(x)| <= tol.

    Raises RuntimeError when the derivative is zero or not finite, when f(x)
    is not finite, or after max_iter updates without meeting the tolerance.
    """
    raise NotImplementedError("newton_root is not implemented yet")
