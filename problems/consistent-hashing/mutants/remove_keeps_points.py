# Wrong: remove_node forgets the node's virtual nodes, so it keeps owning keys.
import bisect


def fnv1a_32(text):
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


class HashRing:
    def __init__(self, replicas=100):
        if isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 1:
            raise ValueError("replicas must be a positive integer, got %r" % (replicas,))
        self.replicas = replicas
        self._points = []          # sorted (position, node, i)
        self._positions = []       # the positions alone, for bisect
        self._nodes = set()

    def add_node(self, node):
        if not isinstance(node, str):
            raise TypeError("node names must be strings")
        if node in self._nodes:
            raise ValueError("node %r is already on the ring" % node)
        self._nodes.add(node)
        self._points.extend((fnv1a_32("%s#%d" % (node, i)), node, i) for i in range(self.replicas))
        self._points.sort()
        self._positions = [p for p, _, _ in self._points]

    def remove_node(self, node):
        if node not in self._nodes:
            raise ValueError("node %r is not on the ring" % (node,))
        self._nodes.discard(node)
        self._positions = [p for p, _, _ in self._points]

    def get_node(self, key):
        if not isinstance(key, str):
            raise TypeError("keys must be strings")
        if not self._points:
            raise LookupError("the ring has no nodes")
        i = bisect.bisect_left(self._positions, fnv1a_32(key))
        if i == len(self._points):
            i = 0
        return self._points[i][1]
