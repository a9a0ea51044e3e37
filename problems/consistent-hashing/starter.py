class HashRing:
    """Consistent-hashing ring with `replicas` virtual nodes per node, positions from 32-bit FNV-1a."""

    def __init__(self, replicas=100):
        raise NotImplementedError("HashRing is not implemented yet")

    def add_node(self, node):
        """Place node at FNV-1a(node + "#" + str(i)) for i in range(replicas)."""
        raise NotImplementedError("add_node is not implemented yet")

    def remove_node(self, node):
        """Remove every virtual node of node."""
        raise NotImplementedError("remove_node is not implemented yet")

    def get_node(self, key):
        """The node of the first virtual node at or after FNV-1a(key), wrapping around."""
        raise NotImplementedError("get_node is not implemented yet")
