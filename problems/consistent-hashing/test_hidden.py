import unittest

import time

from mlreps_check import check, check_equal
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


class HiddenTests(unittest.TestCase):
    def test_adding_a_node_only_takes_keys(self):
        """After adding a node, every key either stays or moves to the new node"""
        nodes = ["n%d" % i for i in range(6)]
        ring = HashRing(replicas=30)
        for n in nodes:
            ring.add_node(n)
        keys = ["k%d" % i for i in range(500)]
        before = [ring.get_node(k) for k in keys]
        ring.add_node("new")
        after = [ring.get_node(k) for k in keys]
        moved = [(b, a) for b, a in zip(before, after) if b != a]
        check(all(a == "new" for _, a in moved), "keys may only move to the new node", "moves to 'new' only", moved[:5])
        check_equal(after, [_owner(nodes + ["new"], 30, k) for k in keys], "owners after adding a node")

    def test_key_at_a_virtual_node_position(self):
        """A key whose hash equals a virtual node's position belongs to that virtual node"""
        ring = HashRing(replicas=5)
        for n in ("A", "B", "C", "D"):
            ring.add_node(n)
        for n in ("A", "B", "C", "D"):
            for i in range(5):
                check_equal(ring.get_node("%s#%d" % (n, i)), n, "owner of key %s#%d" % (n, i))

    def test_wrap_around(self):
        """Keys hashing beyond the last virtual node go to the first one"""
        nodes = ["x", "y"]
        ring = HashRing(replicas=3)
        for n in nodes:
            ring.add_node(n)
        last = max(_fnv("%s#%d" % (n, i)) for n in nodes for i in range(3))
        high = [k for k in ("k%d" % i for i in range(5000)) if _fnv(k) > last][:20]
        check(len(high) > 0, "test setup: some keys hash past the last virtual node", "> 0", len(high))
        check_equal([ring.get_node(k) for k in high], [_owner(nodes, 3, k) for k in high], "owners of wrapped keys")

    def test_remove_then_add_back(self):
        """Removing and re-adding a node restores every assignment"""
        ring = HashRing(replicas=10)
        for n in ("p", "q", "r"):
            ring.add_node(n)
        keys = ["u%d" % i for i in range(300)]
        before = [ring.get_node(k) for k in keys]
        ring.remove_node("q")
        check("q" not in {ring.get_node(k) for k in keys}, "a removed node must own no keys", "no 'q'", "q present")
        ring.add_node("q")
        check_equal([ring.get_node(k) for k in keys], before, "owners after re-adding q")

    def test_lookup_is_logarithmic(self):
        """100 nodes x 200 replicas: 3,000 lookups of random keys within 0.25 s of CPU time"""
        import random
        ring = HashRing(replicas=200)
        for i in range(100):
            ring.add_node("server-%03d" % i)
        rnd = random.Random(11)
        keys = ["".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)) for _ in range(3000)]
        start = time.process_time()
        for k in keys:
            ring.get_node(k)
        elapsed = time.process_time() - start
        check(elapsed < 0.25, "3,000 lookups took %.2f s of CPU time on 20,000 virtual nodes: use a binary search, not a scan" % elapsed,
              "< 0.25 s", "%.2f s" % elapsed)

    def test_errors(self):
        """Bad replicas, duplicate or unknown nodes, non-string keys and an empty ring raise the documented errors"""
        with self.assertRaises(ValueError, msg="replicas = 0"):
            HashRing(replicas=0)
        ring = HashRing(replicas=2)
        with self.assertRaises(LookupError, msg="get_node on an empty ring"):
            ring.get_node("a")
        ring.add_node("a")
        with self.assertRaises(ValueError, msg="adding 'a' twice"):
            ring.add_node("a")
        with self.assertRaises(ValueError, msg="removing unknown node 'b'"):
            ring.remove_node("b")
        with self.assertRaises(TypeError, msg="an int key"):
            ring.get_node(42)
        ring.remove_node("a")
        with self.assertRaises(LookupError, msg="get_node after removing the last node"):
            ring.get_node("a")


if __name__ == "__main__":
    unittest.main()
