package org.symbiose.core.persistence;

/**
 * How entities get their ids: from one database sequence, {@code symbiose_ids}, taken in blocks.
 *
 * <p>Not identity columns: the H2 that Payara ships (2.2.224) hands out the same identity value
 * twice under concurrent inserts in the LEGACY mode EclipseLink needed to read identity values
 * back, and a sequence costs one round trip per block instead of one per insert.
 */
public final class Ids {

    /** The generator's name, global in the persistence unit (declared on {@code Member}). */
    public static final String GENERATOR = "symbiose-ids";

    /** The sequence, created by migration V10 with this increment. */
    public static final String SEQUENCE = "symbiose_ids";

    /** Ids taken per round trip; the sequence's increment must be the same. */
    public static final int BLOCK = 50;

    private Ids() {
    }
}
