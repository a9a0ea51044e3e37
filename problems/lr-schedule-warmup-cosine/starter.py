import math


def lr_at_step(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    """Learning rate at `step`: linear warmup from 0 over warmup_steps, then a half-cosine
    decay from base_lr to min_lr reached at total_steps, then min_lr.
    """
    raise NotImplementedError("lr_at_step is not implemented yet")
