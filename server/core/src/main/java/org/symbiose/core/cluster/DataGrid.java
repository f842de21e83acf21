package org.symbiose.core.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The server's own data grid: the Hazelcast member Payara runs in every instance, which joins
 * the other instances configured with the same grid (discovery, group name). Symbiose builds no
 * clustering of its own: what several nodes must share goes through this grid or the database.
 * Without a grid (disabled, or another server) every node is alone, and this says so.
 */
@ApplicationScoped
public class DataGrid {

    /** Where Payara binds its member, unless the admin renamed it. */
    static final String JNDI_NAME = "payara/Hazelcast";

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    private volatile HazelcastInstance member;
    private volatile boolean looked;

    /** The running member, if the server has one. */
    public Optional<HazelcastInstance> member() {
        if (!looked) {
            synchronized (this) {
                if (!looked) {
                    member = lookup();
                    looked = true;
                }
            }
        }
        HazelcastInstance found = member;
        return found != null && found.getLifecycleService().isRunning() ? Optional.of(found) : Optional.empty();
    }

    /** How many members the grid has, this one included; 0 without a grid. */
    public int members() {
        return member().map(grid -> grid.getCluster().getMembers().size()).orElse(0);
    }

    private static HazelcastInstance lookup() {
        try {
            return (HazelcastInstance) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException | ClassCastException | NoClassDefFoundError e) {
            LOG.log(Level.INFO, "No data grid at " + JNDI_NAME + ": this node works alone", e);
            return null;
        }
    }
}
