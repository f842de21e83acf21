package org.symbiose.core.cluster;

/**
 * How this node stands in the cluster, as its health reports it.
 *
 * @param joined whether this node shares its data grid with at least one other node
 * @param members how many members the grid has, this one included; 0 without a grid
 * @param node this node's name ({@code symbiose.node.name})
 */
public record ClusterStatus(boolean joined, int members, String node) {

    /** The status now, from the grid's member list. */
    public static ClusterStatus of(DataGrid grid, ThisNode node) {
        int members = grid.members();
        return new ClusterStatus(members > 1, members, node.name());
    }
}
