import numpy as np


def ema_update(ema, params, decay, step=None):
    """One EMA update: a new dict with d * ema[k] + (1 - d) * params[k] for every key k.

    d = decay when step is None, else min(decay, (1 + step) / (10 + step)).
    Values are new float64 arrays; the inputs are left unchanged.
    """
    raise NotImplementedError("ema_update is not implemented yet")


def ema_of_sequence(snapshots, decay, warmup=True):
    """The EMA of an iterable of weight dicts, started from the first snapshot.

    The second snapshot is folded in with step 0, the third with step 1, ...
    Iterate once; do not keep earlier snapshots alive.
    """
    raise NotImplementedError("ema_of_sequence is not implemented yet")
