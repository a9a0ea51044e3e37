import numpy as np


def grouped_query_attention(q, k, v, causal=False):
    """Attention with n_q query heads sharing n_kv key/value heads (query head h uses kv head h // (n_q // n_kv)).

    q: (B, n_q, L_q, d), k: (B, n_kv, L_k, d), v: (B, n_kv, L_k, d_v). Returns float64 (B, n_q, L_q, d_v).
    With causal=True, query i sits at position L_k - L_q + i and sees keys j <= L_k - L_q + i.
    """
    raise NotImplementedError("grouped_query_attention is not implemented yet")
