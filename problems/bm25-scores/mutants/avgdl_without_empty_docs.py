# Wrong: averages the lengths of the non-empty documents only.
import math
from collections import Counter

import numpy as np


def bm25_scores(corpus, query, k1=1.5, b=0.75):
    docs = [list(doc) for doc in corpus]
    if not docs:
        raise ValueError("the corpus is empty")
    for doc in docs:
        if not all(isinstance(t, str) for t in doc):
            raise TypeError("documents must be sequences of string tokens")
    if isinstance(query, str) or not all(isinstance(t, str) for t in query):
        raise TypeError("query must be a sequence of string tokens")
    if not k1 >= 0 or not 0 <= b <= 1:
        raise ValueError("need k1 >= 0 and 0 <= b <= 1")
    n_docs = len(docs)
    lengths = np.array([len(doc) for doc in docs], dtype=np.float64)
    avgdl = lengths[lengths > 0].mean() if np.any(lengths > 0) else 0.0
    scores = np.zeros(n_docs)
    if avgdl == 0:
        return scores
    counts = [Counter(doc) for doc in docs]
    norm = k1 * (1.0 - b + b * lengths / avgdl)
    for term in set(query):
        tf = np.array([c.get(term, 0) for c in counts], dtype=np.float64)
        df = np.count_nonzero(tf)
        if df == 0:
            continue
        idf = math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
        hit = tf > 0  # a document without the term gets 0 from it, even when k1 = 0
        scores[hit] += idf * tf[hit] * (k1 + 1.0) / (tf[hit] + norm[hit])
    return scores
