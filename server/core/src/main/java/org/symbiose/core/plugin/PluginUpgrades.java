package org.symbiose.core.plugin;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.symbiose.spi.upgrade.UpgradeStep;

/**
 * The version each plugin's data is at, and the running of one upgrade step: in its own
 * transaction together with the new version, so a step never runs twice and a failed one leaves
 * the data at the version before it. Nodes sharing a plugins folder start a plugin at the same
 * time: the step's transaction first locks the plugin's row, so the second node waits for the
 * first and then finds the step done.
 */
@Stateless
public class PluginUpgrades {

    private static final Logger LOG = Logger.getLogger(PluginUpgrades.class.getName());

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The version {@code plugin}'s data is at; 0 before its first step. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int version(String plugin) {
        PluginSchema schema = em.find(PluginSchema.class, plugin);
        return schema == null ? 0 : schema.version();
    }

    /**
     * Makes sure the plugin has a row to lock, at version 0 if new. Two nodes inserting it at once:
     * the second's insert fails on the key, which is just as good.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void track(String plugin) {
        if (version(plugin) == 0) {
            try {
                // through the container, for a transaction of its own
                context.getBusinessObject(PluginUpgrades.class).insert(plugin);
            } catch (EJBException e) {
                LOG.fine(() -> "Plugin " + plugin + " tracked meanwhile by another node: " + e);
            }
        }
    }

    /** Inserts the plugin's row at version 0, unless it exists. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(String plugin) {
        if (em.find(PluginSchema.class, plugin) == null) {
            PluginSchema schema = new PluginSchema(plugin);
            schema.reached(0, clock.instant());
            em.persist(schema);
            em.flush();
        }
    }

    /**
     * Runs one step and records the version it reaches, unless another node did meanwhile; any
     * exception rolls both back. The plugin's row ({@link #track}) is locked until the end.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void apply(String plugin, UpgradeStep step) {
        PluginSchema schema = em.find(PluginSchema.class, plugin, LockModeType.PESSIMISTIC_WRITE);
        if (schema == null) {
            throw new IllegalStateException("Plugin " + plugin + " has no row in plugin_schema to lock");
        }
        if (schema.version() >= step.version()) {
            LOG.info(() -> "Plugin " + plugin + " data already at version " + schema.version() + " (another node)");
            return;
        }
        step.apply();
        schema.reached(step.version(), clock.instant());
        LOG.info(() -> "Plugin " + plugin + " data at version " + step.version() + ": " + step.description());
    }
}
