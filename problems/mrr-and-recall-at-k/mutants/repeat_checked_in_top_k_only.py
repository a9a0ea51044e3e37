# Wrong: checks for a repeated item only inside the top k, so a repeat further down the list is accepted.
import numbers


def retrieval_metrics(ranked, relevant, k):
    if isinstance(k, bool) or not isinstance(k, numbers.Integral) or k < 1:
        raise ValueError("k must be a positive integer, got %r" % (k,))
    if len(ranked) != len(relevant):
        raise ValueError("ranked and relevant must have one entry per query")
    rr_sum = recall_sum = 0.0
    counted = 0
    for q, (lst, rel) in enumerate(zip(ranked, relevant)):
        lst = list(lst)
        if len(set(lst[:k])) != len(lst[:k]):
            raise ValueError("query %d: the ranked list repeats an item" % q)
        rel = set(rel)
        if not rel:
            continue
        counted += 1
        top = lst[:k]
        rr = 0.0
        for i, item in enumerate(top):
            if item in rel:
                rr = 1.0 / (i + 1)
                break
        rr_sum += rr
        recall_sum += len(rel.intersection(top)) / len(rel)
    if counted == 0:
        raise ValueError("no query has a relevant item")
    return {"mrr": rr_sum / counted, "recall": recall_sum / counted}
