package org.symbiose.core.platform;

import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database's schema to the newest version with Flyway, saying before each migration which
 * one runs and how many are left. Nodes sharing a database may run it at once: Flyway's lock (an
 * advisory lock on PostgreSQL, a lock on its history table on H2) lets one migrate while the others
 * wait, then finds nothing left for them.
 */
final class SchemaMigration {

    /** Where the application's migrations are. */
    static final String LOCATION = "classpath:db/migration";

    private final DataSource dataSource;
    private final List<String> locations;

    /**
     * @param locations Flyway locations, {@link #LOCATION} and any other the configuration adds
     */
    SchemaMigration(DataSource dataSource, List<String> locations) {
        this.dataSource = dataSource;
        this.locations = List.copyOf(locations);
    }

    /**
     * Migrates the schema.
     *
     * @param progress told "migrating: V12 3/5" before each migration (the third of five pending)
     */
    MigrateResult migrate(Consumer<String> progress) {
        return configure(List.of(new Progress(pending(), progress))).migrate();
    }

    /** How many migrations are still to apply. */
    int pending() {
        return configure(List.of()).info().pending().length;
    }

    private Flyway configure(List<Callback> callbacks) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .callbacks(callbacks.toArray(Callback[]::new))
                .load();
    }

    /** Counts the migrations as Flyway starts each. */
    private static final class Progress implements Callback {

        private final int pending;
        private final Consumer<String> progress;
        private int started;

        Progress(int pending, Consumer<String> progress) {
            this.pending = pending;
            this.progress = progress;
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            MigrationInfo migration = context.getMigrationInfo();
            started++;
            // another node may have applied some meanwhile: never say "6/5"
            progress.accept("migrating: V" + migration.getVersion() + " " + started + "/" + Math.max(started, pending));
        }

        @Override
        public String getCallbackName() {
            return "symbiose-progress";
        }
    }
}
