# Wrong: unsmoothed idf ln(n / df) + 1 instead of ln((1 + n) / (1 + df)) + 1.
import numpy as np


def tfidf(docs):
    vocab = sorted({tok for doc in docs for tok in doc})
    index = {tok: j for j, tok in enumerate(vocab)}
    n = len(docs)
    tf = np.zeros((n, len(vocab)), dtype=np.float64)
    for i, doc in enumerate(docs):
        for tok in doc:
            tf[i, index[tok]] += 1.0
    df = (tf > 0).sum(axis=0)
    idf = np.log(n / np.maximum(df, 1)) + 1.0
    weights = tf * idf
    norms = np.linalg.norm(weights, axis=1, keepdims=True)
    weights = np.divide(weights, norms, out=np.zeros_like(weights), where=norms > 0)
    return vocab, weights
