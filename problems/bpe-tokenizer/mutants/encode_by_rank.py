# Wrong: encode repeatedly merges the adjacent pair of lowest rank (GPT-2 style) instead of applying each merge once in list order.
from collections import Counter


def _merge_word(word, left, right):
    out, i = [], 0
    while i < len(word):
        if i + 1 < len(word) and word[i] == left and word[i + 1] == right:
            out.append(left + right)
            i += 2
        else:
            out.append(word[i])
            i += 1
    return tuple(out)


def _words(corpus):
    if isinstance(corpus, str) or not isinstance(corpus, (list, tuple)):
        raise TypeError("corpus must be a list of strings, got %s" % type(corpus).__name__)
    counts = Counter()
    for text in corpus:
        if not isinstance(text, str):
            raise TypeError("every corpus entry must be a string, got %s" % type(text).__name__)
        counts.update(text.split())
    return counts


def train_bpe(corpus, num_merges):
    if isinstance(num_merges, bool) or not isinstance(num_merges, int) or num_merges < 0:
        raise ValueError("num_merges must be a non-negative integer, got %r" % (num_merges,))
    vocab = {tuple(w): f for w, f in _words(corpus).items()}
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for word, f in vocab.items():
            for pair in zip(word, word[1:]):
                pairs[pair] += f
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(best)
        new_vocab = {}
        for word, f in vocab.items():
            w = _merge_word(word, *best) if len(word) > 1 else word
            new_vocab[w] = new_vocab.get(w, 0) + f
        vocab = new_vocab
    return merges


def encode(text, merges):
    if not isinstance(text, str):
        raise TypeError("text must be a string, got %s" % type(text).__name__)
    tokens = []
    for w in text.split():
        word = tuple(w)
        rank = {tuple(m): r for r, m in enumerate(merges)}
        while len(word) > 1:
            cands = [rank[p] for p in zip(word, word[1:]) if p in rank]
            if not cands:
                break
            left, right = merges[min(cands)]
            word = _merge_word(word, left, right)
        tokens.extend(word)
    return tokens
