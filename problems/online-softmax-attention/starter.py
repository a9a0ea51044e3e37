import numpy as np


def online_attention(q, kv_blocks):
    """Softmax attention of q (L_q, d) over keys/values streamed as (K_b, V_b) blocks, in one pass.

    Returns (out, m, l): out (L_q, d_v); m[i] the row's largest score; l[i] = sum_j exp(s[i, j] - m[i]).
    Scores are q_i . k_j / sqrt(d). Iterate kv_blocks once; a block is valid only until the next is requested.
    """
    raise NotImplementedError("online_attention is not implemented yet")
