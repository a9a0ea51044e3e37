import numpy as np


def softmax_temperature(logits, temperature, axis=-1):
    """softmax(logits / temperature) along axis; finite for any temperature in (0, inf)."""
    raise NotImplementedError("softmax_temperature is not implemented yet")


def sample_with_temperature(logits, temperature, rng):
    """One index per row of 2-D logits: u = rng.random(m), index = #(cumsum(p) <= u) capped at K - 1."""
    raise NotImplementedError("sample_with_temperature is not implemented yet")
