import numpy as np


def rmsprop_step(w, g, state, lr=0.01, alpha=0.99, eps=1e-8, momentum=0.0, centered=False):
    """One RMSprop step. state is None on the first step, else {"sq", "avg", "buf"} from the previous step.

    Returns (w_new, new_state).
    """
    raise NotImplementedError("rmsprop_step is not implemented yet")
