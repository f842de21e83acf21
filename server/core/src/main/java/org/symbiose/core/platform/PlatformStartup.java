package org.symbiose.core.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.symbiose.core.member.FirstAdministrator;

/**
 * Brings the platform up at deployment: migrates the schema, makes sure an administrator exists,
 * then declares Symbiose ready.
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

    @Resource(lookup = "java:app/jdbc/symbiose")
    private DataSource dataSource;

    @Inject
    private FirstAdministrator firstAdministrator;

    @Inject
    private Readiness readiness;

    @PostConstruct
    void start() {
        try {
            var result = Flyway.configure(PlatformStartup.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                    + " migrations applied)");
            firstAdministrator.ensure();
            readiness.ready();
        } catch (RuntimeException e) {
            // Stay deployed and say why: /api/v1/health answers 503 with the reason.
            LOG.log(Level.SEVERE, "Symbiose could not start", e);
            readiness.failed("Startup failed (" + e.getClass().getSimpleName() + "); the server log says why");
        }
    }
}
