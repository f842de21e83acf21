package org.symbiose.core.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.symbiose.core.member.FirstAdministrator;

/**
 * Brings the platform up after deployment, in the background once the web module has started:
 * migrates the schema, makes sure an administrator exists, starts what needs the schema
 * ({@link SchemaMigrated}), then declares Symbiose ready. The deployment itself ends at once, so a
 * migration that rewrites every row of a large table never outlasts the server's deploy wait;
 * until ready, {@link Readiness} says how far it got.
 *
 * <p>The datasource is defined here and reads its URL and credentials from the configuration, so
 * the same EAR runs on H2 or PostgreSQL with nothing set up in the server.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/symbiose",
        className = "org.symbiose.config.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        // A restarted or failed-over database leaves the pool's connections dead: each one is
        // checked (JDBC isValid, at most every 10 s) before use, and one found dead empties the pool.
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=10",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
// Flyway commits its own transactions: a container transaction around it would refuse that.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());
    private static final Duration WEB_MODULE_WAIT = Duration.ofMinutes(2);

    @Resource(lookup = "java:app/jdbc/symbiose")
    private DataSource dataSource;

    @Inject
    private FirstAdministrator firstAdministrator;

    @Inject
    private Readiness readiness;

    @Inject
    private Event<SchemaMigrated> migrated;

    @Inject
    private WebModuleStarted webModule;

    /** More Flyway locations (comma-separated), for tests and benchmarks of long migrations. */
    @Inject
    @ConfigProperty(name = "symbiose.db.extra-migrations")
    private Optional<String> extraMigrations;

    @Resource
    private ManagedExecutorService executor;

    @PostConstruct
    void start() {
        executor.execute(this::bringUp);
    }

    private void bringUp() {
        // Classes loaded from this thread while the web module was still loading failed to load
        // ("zip file closed", on a redeploy): wait until it has started, which the deployment does
        // at once, without waiting for the migration.
        if (!webModule.await(WEB_MODULE_WAIT)) {
            LOG.warning(() -> "The web module had not started " + WEB_MODULE_WAIT + " after the deployment; starting anyway");
        }
        try {
            List<String> locations = new ArrayList<>(List.of(SchemaMigration.LOCATION));
            extraMigrations.map(String::strip).filter(extra -> !extra.isEmpty())
                    .ifPresent(extra -> locations.addAll(List.of(extra.split("\\s*,\\s*"))));
            SchemaMigration migration = new SchemaMigration(dataSource, locations);
            long began = System.nanoTime();
            var result = migration.migrate(progress -> {
                readiness.starting(progress);
                LOG.info(progress);
            });
            // with nothing to apply Flyway gives no target version: the schema stayed at the initial one
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted
                    + " migrations applied in " + (System.nanoTime() - began) / 1_000_000 + " ms)");
            firstAdministrator.ensure();
            migrated.fire(new SchemaMigrated());
            readiness.ready();
            LOG.info("Symbiose is ready");
        } catch (RuntimeException e) {
            // Stay deployed and say why: /api/v1/health answers 503 with the reason.
            LOG.log(Level.SEVERE, "Symbiose could not start", e);
            readiness.failed("Startup failed (" + e.getClass().getSimpleName() + "); the server log says why");
        }
    }
}
