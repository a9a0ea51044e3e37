# Wrong: returns the raw tf * idf weights without L2-normalizing the rows.
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
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    weights = tf * idf
    return vocab, weights
