import numpy as np


def one_cycle(step, total_steps, max_lr, pct_start=0.3, div_factor=25.0, final_div_factor=1e4,
              base_momentum=0.85, max_momentum=0.95):
    """(lr, momentum) of the one-cycle schedule at step (an int, or a 1-D integer array)."""
    raise NotImplementedError("one_cycle is not implemented yet")
