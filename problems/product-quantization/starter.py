import numpy as np


def pq_encode(X, codebooks):
    """Nearest codeword per contiguous sub-vector; returns uint8 codes of shape (n, M)."""
    raise NotImplementedError("pq_encode is not implemented yet")


def pq_decode(codes, codebooks):
    """Concatenate the chosen codewords: (n, M * ds) float64."""
    raise NotImplementedError("pq_decode is not implemented yet")


def pq_adc_search(query, codes, codebooks, k):
    """k nearest coded vectors by asymmetric (exact query) squared distance: returns (ids, dists)."""
    raise NotImplementedError("pq_adc_search is not implemented yet")
