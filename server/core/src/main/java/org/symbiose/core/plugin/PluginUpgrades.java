package org.symbiose.core.plugin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.symbiose.spi.upgrade.UpgradeStep;

/**
 * The version each plugin's data is at, and the running of one upgrade step: in its own
 * transaction together with the new version, so a step never runs twice and a failed one leaves
 * the data at the version before it.
 */
@Stateless
public class PluginUpgrades {

    private static final Logger LOG = Logger.getLogger(PluginUpgrades.class.getName());

    @PersistenceContext(unitName = "symbiose")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The version {@code plugin}'s data is at; 0 before its first step. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int version(String plugin) {
        PluginSchema schema = em.find(PluginSchema.class, plugin);
        return schema == null ? 0 : schema.version();
    }

    /** Runs one step and records the version it reaches; any exception rolls both back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void apply(String plugin, UpgradeStep step) {
        step.apply();
        PluginSchema schema = em.find(PluginSchema.class, plugin);
        if (schema == null) {
            schema = new PluginSchema(plugin);
            em.persist(schema);
        }
        schema.reached(step.version(), clock.instant());
        LOG.info(() -> "Plugin " + plugin + " data at version " + step.version() + ": " + step.description());
    }
}
