import numpy as np


def kl_divergence(p, q, axis=-1):
    """KL(p || q) in nats along `axis`; float64 with `axis` removed.

    0 * log(0 / q) counts as 0; p > 0 where q == 0 gives inf.
    Raises ValueError for mismatched shapes, negative or non-finite entries,
    or slices that do not sum to 1 within 1e-6.
    """
    raise NotImplementedError("kl_divergence is not implemented yet")


def js_divergence(p, q, axis=-1):
    """Jensen-Shannon divergence in nats along `axis`, in [0, log 2].

    Same input rules and errors as kl_divergence.
    """
    raise NotImplementedError("js_divergence is not implemented yet")
