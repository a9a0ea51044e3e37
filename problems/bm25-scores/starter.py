import numpy as np


def bm25_scores(corpus, query, k1=1.5, b=0.75):
    """BM25 score of every tokenised document for the distinct terms of the query.

    idf(t) = log(1 + (N - df + 0.5) / (df + 0.5)); returns a float64 array of shape (N,).
    """
    raise NotImplementedError("bm25_scores is not implemented yet")
