# Wrong: looks continuation pieces up without the "##" prefix.
def _vocab_set(vocab):
    if isinstance(vocab, str) or not hasattr(vocab, "__iter__"):
        raise TypeError("vocab must be a collection of strings, got %s" % type(vocab).__name__)
    tokens = set(vocab)
    for t in tokens:
        if not isinstance(t, str):
            raise TypeError("every vocabulary entry must be a str, got %r" % (t,))
    return tokens


def wordpiece_tokenize(text, vocab, unk_token="[UNK]", max_chars_per_word=100):
    if not isinstance(text, str):
        raise TypeError("text must be a str, got %s" % type(text).__name__)
    if not isinstance(unk_token, str):
        raise TypeError("unk_token must be a str")
    if isinstance(max_chars_per_word, bool) or not isinstance(max_chars_per_word, int):
        raise TypeError("max_chars_per_word must be an int")
    if max_chars_per_word < 1:
        raise ValueError("max_chars_per_word must be >= 1")
    known = _vocab_set(vocab)
    out = []
    for word in text.split():
        if len(word) > max_chars_per_word:
            out.append(unk_token)
            continue
        pieces = []
        start = 0
        while start < len(word):
            end = len(word)
            piece = None
            while end > start:
                cand = word[start:end]
                if cand in known:
                    piece = cand
                    break
                end -= 1
            if piece is None:
                pieces = [unk_token]
                break
            pieces.append(piece)
            start = end
        out.extend(pieces)
    return out


def wordpiece_detokenize(tokens):
    if isinstance(tokens, str) or not hasattr(tokens, "__iter__"):
        raise TypeError("tokens must be a sequence of str")
    words = []
    for t in tokens:
        if not isinstance(t, str):
            raise TypeError("every token must be a str, got %r" % (t,))
        if t.startswith("##") and words:
            words[-1] += t[2:]
        elif t.startswith("##"):
            words.append(t[2:])
        else:
            words.append(t)
    return " ".join(words)
