# Wrong: AP@k divides by |R| even when k is smaller.
import numbers


def _check_k(k):
    if isinstance(k, bool) or not isinstance(k, numbers.Integral) or k < 1:
        raise ValueError("k must be a positive integer, got %r" % (k,))
    return int(k)


def _top(ranked, k):
    ranked = list(ranked)
    if len(set(ranked)) != len(ranked):
        raise ValueError("the ranked list contains a duplicate item")
    return ranked[:k]


def precision_at_k(ranked, relevant, k):
    k = _check_k(k)
    rel = set(relevant)
    return sum(1 for item in _top(ranked, k) if item in rel) / k


def recall_at_k(ranked, relevant, k):
    k = _check_k(k)
    rel = set(relevant)
    if not rel:
        raise ValueError("recall is undefined without relevant items")
    return sum(1 for item in _top(ranked, k) if item in rel) / len(rel)


def map_at_k(rankings, relevants, k):
    k = _check_k(k)
    rankings = list(rankings)
    relevants = list(relevants)
    if len(rankings) != len(relevants):
        raise ValueError("%d rankings but %d relevant sets" % (len(rankings), len(relevants)))
    total = 0.0
    counted = 0
    for ranked, relevant in zip(rankings, relevants):
        rel = set(relevant)
        top = _top(ranked, k)
        if not rel:
            continue
        hits = 0
        acc = 0.0
        for rank, item in enumerate(top, start=1):
            if item in rel:
                hits += 1
                acc += hits / rank
        total += acc / len(rel)
        counted += 1
    if counted == 0:
        raise ValueError("no query has a relevant item")
    return total / counted
