import numpy as np


def shard_columns(W, b, P):
    """Split W (d_in, d_out) into P contiguous column blocks, and b (d_out,) to match.

    Returns (W_shards, b_shards): lists of P new float64 arrays (b_shards is None when b is None).
    """
    raise NotImplementedError("shard_columns is not implemented yet")


def shard_rows(W, P):
    """Split W (d_in, d_out) into P contiguous row blocks: a list of P new float64 arrays."""
    raise NotImplementedError("shard_rows is not implemented yet")


def column_parallel_forward(x, W_shards, b_shards=None, gather=True):
    """Device i computes x @ W_shards[i] + b_shards[i].

    gather=True: the outputs concatenated along the last axis; gather=False: the list of per-device outputs.
    """
    raise NotImplementedError("column_parallel_forward is not implemented yet")


def row_parallel_forward(x_parts, W_shards, b=None):
    """sum over devices of x_parts[i] @ W_shards[i], plus b added once."""
    raise NotImplementedError("row_parallel_forward is not implemented yet")
