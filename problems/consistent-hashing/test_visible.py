import unittest

from mlreps_check import check_equal
from solution import HashRing

KEYS = ["alice", "bob", "carol", "dave", "erin", "frank"]


def _fnv(text):
    h = 2166136261
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 16777619) % 4294967296
    return h


def _owner(nodes, replicas, key):
    # Brute force: every virtual node, the smallest position >= the key's, else the smallest overall.
    points = sorted((_fnv("%s#%d" % (n, i)), n, i) for n in nodes for i in range(replicas))
    p = _fnv(key)
    after = [pt for pt in points if pt[0] >= p]
    return (after[0] if after else points[0])[1]


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """Three nodes with 16 replicas; removing s2 moves only s2's keys"""
        ring = HashRing(replicas=16)
        for n in ("s1", "s2", "s3"):
            ring.add_node(n)
        check_equal([ring.get_node(k) for k in KEYS], ["s1", "s1", "s1", "s2", "s2", "s3"], "owners")
        ring.remove_node("s2")
        check_equal([ring.get_node(k) for k in KEYS], ["s1", "s1", "s1", "s3", "s3", "s3"], "owners after removing s2")

    def test_matches_brute_force(self):
        """Five nodes with 20 replicas: 200 keys agree with a brute-force scan of the ring"""
        nodes = ["cache-%d" % i for i in range(5)]
        ring = HashRing(replicas=20)
        for n in nodes:
            ring.add_node(n)
        keys = ["item:%d" % i for i in range(200)]
        check_equal([ring.get_node(k) for k in keys], [_owner(nodes, 20, k) for k in keys], "owners of 200 keys")

    def test_single_node_owns_everything(self):
        """With one node every key maps to it"""
        ring = HashRing(replicas=2)
        ring.add_node("only")
        check_equal({ring.get_node(k) for k in KEYS}, {"only"}, "owners")


if __name__ == "__main__":
    unittest.main()
