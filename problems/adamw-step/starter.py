import numpy as np


def adamw_step(params, grads, state, lr, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01, no_decay=()):
    """One AdamW step over a dict of named parameters.

    state is None on the first call, else {"t": int, "m": {...}, "v": {...}} from the previous call.
    Returns (new_params, new_state); grads[name] is None means: skip that parameter this step.
    """
    raise NotImplementedError("adamw_step is not implemented yet")
