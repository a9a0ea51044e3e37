import numpy as np


def scaler_step(scaled_grads, scale, good_steps, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000):
    """Return (float32 unscaled grads or None if the step must be skipped, new_scale, new_good_steps)."""
    raise NotImplementedError("scaler_step is not implemented yet")
