package org.symbiose.core.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.symbiose.core.content.BulkItems;
import org.symbiose.core.content.ContentEvents;
import org.symbiose.core.search.SearchIndexer;

/**
 * Imports from another forum, run in the background on this node: the file is kept whole first, so the
 * request ends once it arrived; each job's progress is in the database, readable from any node.
 */
@ApplicationScoped
public class Imports {

    private static final Logger LOG = Logger.getLogger(Imports.class.getName());

    @Inject
    private ImportTransactions transactions;

    @Inject
    private ContentEvents events;

    @Inject
    private SearchIndexer indexer;

    @Inject
    private Clock clock;

    @Resource
    private ManagedExecutorService executor;

    /** A running job writes a batch far more often than this. */
    private static final Duration LIVE = Duration.ofMinutes(2);

    private final Map<Long, ImportRun> runs = new ConcurrentHashMap<>();
    private final Set<String> sources = ConcurrentHashMap.newKeySet();

    /**
     * Starts importing {@code body}, an NDJSON file of {@link ImportRecord}s from {@code source}; none if an
     * import of the same source is running, on this node or on another (two at once would both write the
     * same source ids).
     */
    public Optional<ImportProgress> start(String source, InputStream body) throws IOException, SQLException {
        if (!sources.add(source)) {
            return Optional.empty();
        }
        boolean started = false;
        try {
            if (runningElsewhere(source)) {
                return Optional.empty();
            }
            Path file = Files.createTempFile("symbiose-import-", ".ndjson");
            try {
                Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            long id = transactions.run(connection -> new BulkItems(connection).ids(1).get(0));
            ImportRun run = new ImportRun(id, source, transactions, events::imported, clock);
            runs.put(id, run);
            executor.execute(() -> {
                try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    run.run(lines);
                } catch (IOException | SQLException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Import " + id + " of " + source + " stopped; run it again to resume", e);
                } finally {
                    sources.remove(source);
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "Could not delete " + file, e);
                    }
                }
            });
            started = true;
            return Optional.of(run.progress(false));
        } finally {
            if (!started) {
                sources.remove(source);
            }
        }
    }

    /** A job of {@code source} still RUNNING that wrote a batch lately: another node's (a crashed one's stops writing). */
    private boolean runningElsewhere(String source) throws SQLException {
        return transactions.run(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM import_job"
                    + " WHERE source = ? AND state = 'RUNNING' AND updated > ?")) {
                select.setString(1, source);
                select.setObject(2, clock.instant().minus(LIVE).atOffset(ZoneOffset.UTC));
                try (ResultSet count = select.executeQuery()) {
                    count.next();
                    return count.getLong(1) > 0;
                }
            }
        });
    }

    /** A job's progress: from this node's run while it has one, else as the database recorded it. */
    public Optional<ImportProgress> progress(long id) throws SQLException {
        ImportRun run = runs.get(id);
        if (run != null) {
            boolean indexed = !"RUNNING".equals(run.state()) && indexer.position() >= run.lastChange();
            run.indexing(indexed);
            return Optional.of(run.progress(indexed));
        }
        return transactions.run(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT source, state, lines_read, items_written,"
                    + " skipped, error_count, errors, last_change, started, updated FROM import_job WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    boolean indexed = !"RUNNING".equals(row.getString(2)) && indexer.position() >= row.getLong(8);
                    Instant started = row.getObject(9, OffsetDateTime.class).toInstant();
                    Instant updated = row.getObject(10, OffsetDateTime.class).toInstant();
                    long seconds = Math.max(1, Duration.between(started, updated).toSeconds());
                    String state = indexed && "INDEXING".equals(row.getString(2)) ? "DONE" : row.getString(2);
                    return Optional.of(new ImportProgress(id, row.getString(1), state, row.getLong(3), row.getLong(4),
                            row.getLong(5), row.getLong(6), indexed, row.getLong(3) / seconds, errors(row.getString(7)),
                            started, updated));
                }
            }
        });
    }

    private static List<ImportProgress.LineError> errors(String kept) {
        List<ImportProgress.LineError> errors = new ArrayList<>();
        for (String line : kept.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                errors.add(new ImportProgress.LineError(Long.parseLong(line.substring(0, colon)), line.substring(colon + 2)));
            }
        }
        return errors;
    }
}
