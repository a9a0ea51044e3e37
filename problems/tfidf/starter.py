import numpy as np


def tfidf(docs):
    """TF-IDF matrix of tokenized documents.

    docs: a list of n documents, each a list of string tokens (possibly empty).
    Returns (vocab, X): vocab is the sorted list of distinct tokens (length V);
    X is a float64 array (n, V) with X[i, j] = count(i, j) * idf(j), where
    idf(j) = ln((1 + n) / (1 + df(j))) + 1 and df(j) is the number of
    documents containing token j; each nonzero row is then scaled to unit
    L2 norm (all-zero rows stay zero).
    """
    raise NotImplementedError("tfidf is not implemented yet")
