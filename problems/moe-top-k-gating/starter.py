import numpy as np


def moe_gating(logits, k, capacity):
    """Top-k routing of S tokens to E experts with `capacity` slots per expert.

    logits: (S, E). Returns a dict with "expert_index" (S, k), "gates" (S, k),
    "dispatch" bool (S, E, capacity), "combine" float64 (S, E, capacity) and
    "aux_loss" (a float, E * sum_i f_i * P_i).
    """
    raise NotImplementedError("moe_gating is not implemented yet")
