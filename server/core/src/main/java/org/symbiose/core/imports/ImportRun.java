package org.symbiose.core.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.symbiose.api.content.InvalidItemException;
import org.symbiose.api.content.Item;
import org.symbiose.api.member.MemberRef;
import org.symbiose.core.content.BulkDraft;
import org.symbiose.core.content.BulkItems;

/**
 * One import of an NDJSON file: reads it line by line and writes each batch of lines in one transaction,
 * with the job's progress and the source ids it wrote, so a crash leaves whole batches and a rerun skips
 * what is there. A line is written whole or refused with its number and reason, never in part.
 *
 * <p>An import is a migration of trusted data by an administrator, so it checks what keeps the store
 * consistent (each line's shape, type, status, sizes and tags as the content rules say, a parent imported on an
 * earlier line, authors by e-mail) but not what guards a live forum against its members: no posting limits,
 * duplicate-text or spam checks, trust levels, moderation queue or notifications, and dates are taken as given.
 */
public final class ImportRun {

    /** Lines per transaction. */
    static final int BATCH = 2000;
    /** Refused lines kept with their reason (all are counted). */
    static final int KEPT_ERRORS = 1000;
    /** Source ids and authors kept in memory; older ones are read back from the database. */
    private static final int REMEMBERED = 200_000;
    // an IN list this long is fine on both databases
    private static final int MOST_PER_LIST = 500;

    /** Runs work in a transaction of its own on one connection, committed when it returns. */
    public interface Transactions {
        <T> T run(Work<T> work) throws SQLException;
    }

    /** Work on a connection. */
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final long id;
    private final String source;
    private final Transactions transactions;
    private final Consumer<List<Item>> imported;
    private final Clock clock;
    private final Instant started;
    private final Map<String, Long> items = remembered();
    private final Map<String, MemberRef> authors = remembered();
    private final List<ImportProgress.LineError> firstErrors = new ArrayList<>();
    private volatile String state = "RUNNING";
    private volatile long linesRead;
    private volatile long written;
    private volatile long skipped;
    private volatile long errors;
    private volatile long lastChange;
    private volatile Instant updated;

    /**
     * @param imported hears each batch's items inside the batch's transaction, before it commits (the plugins'
     *                 derived data, written in that transaction)
     */
    public ImportRun(long id, String source, Transactions transactions, Consumer<List<Item>> imported, Clock clock) {
        this.id = id;
        this.source = source;
        this.transactions = transactions;
        this.imported = imported;
        this.clock = clock;
        this.started = clock.instant();
        this.updated = started;
    }

    public long id() {
        return id;
    }

    /** The highest change-feed seq written: the index holds every item once its position passed it. */
    public long lastChange() {
        return lastChange;
    }

    public String state() {
        return state;
    }

    /** Marks the job written and waiting for the index, or done. */
    public void indexing(boolean done) {
        // a job still writing, or failed, stays so
        if ("INDEXING".equals(state) || "DONE".equals(state)) {
            state = done ? "DONE" : "INDEXING";
        }
    }

    public ImportProgress progress(boolean indexed) {
        long seconds = Math.max(1, Duration.between(started, updated).toSeconds());
        synchronized (firstErrors) {
            return new ImportProgress(id, source, state, linesRead, written, skipped, errors, indexed,
                    linesRead / seconds, firstErrors.stream().sorted(Comparator.comparingLong(ImportProgress.LineError::line)).toList(),
                    started, updated);
        }
    }

    /** Reads every line and writes it; a failure of the database ends the job FAILED, its last batch rolled back. */
    public void run(BufferedReader lines) throws IOException, SQLException {
        transactions.run(connection -> {
            insertJob(connection);
            return null;
        });
        try {
            List<String> batch = new ArrayList<>(BATCH);
            long first = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                batch.add(line);
                if (batch.size() == BATCH) {
                    writeBatch(first, batch);
                    first += batch.size();
                    batch.clear();
                }
            }
            writeBatch(first, batch);
            state = "INDEXING";
            transactions.run(this::updateJob);
        } catch (IOException | SQLException | RuntimeException e) {
            state = "FAILED";
            refuse(linesRead + 1, "the import stopped: " + e.getMessage());
            transactions.run(this::updateJob);
            throw e;
        }
    }

    private void writeBatch(long first, List<String> lines) throws SQLException {
        transactions.run(connection -> write(connection, first, lines));
    }

    private Void write(Connection connection, long first, List<String> lines) throws SQLException {
        Map<Long, ImportRecord> records = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                records.put(first + i, ImportRecord.parse(lines.get(i)));
            } catch (IllegalArgumentException e) {
                refuse(first + i, e.getMessage());
            }
        }
        Set<String> wanted = new HashSet<>();
        records.values().forEach(record -> {
            wanted.add(record.sourceId());
            if (record.parentId() != null) {
                wanted.add(record.parentId());
            }
        });
        wanted.removeAll(items.keySet());
        items.putAll(known(connection, wanted));
        resolveAuthors(connection, records.values());
        BulkItems bulk = new BulkItems(connection);
        List<Long> ids = bulk.ids(records.size());
        List<Long> using = new ArrayList<>();
        List<BulkDraft> drafts = new ArrayList<>();
        List<String> sourceIds = new ArrayList<>();
        int next = 0;
        long batchSkipped = 0;
        for (Map.Entry<Long, ImportRecord> numbered : records.entrySet()) {
            ImportRecord record = numbered.getValue();
            if (items.containsKey(record.sourceId())) {
                batchSkipped++;
                continue;
            }
            Long parent = record.parentId() == null ? null : items.get(record.parentId());
            if (record.parentId() != null && parent == null) {
                refuse(numbered.getKey(), "parent: " + record.parentId() + " was not imported (it must come on an earlier line)");
                continue;
            }
            try {
                drafts.add(BulkDraft.of(record.type(), parent, authors.get(record.authorEmail()), record.title(),
                        record.body(), record.tags(), record.attributes(), record.status(), record.created()));
            } catch (InvalidItemException e) {
                refuse(numbered.getKey(), e.getMessage());
                continue;
            }
            long itemId = ids.get(next++);
            using.add(itemId);
            sourceIds.add(record.sourceId());
            items.put(record.sourceId(), itemId);
        }
        BulkItems.Written result = drafts.isEmpty() ? new BulkItems.Written(List.of(), lastChange) : bulk.write(using, drafts);
        try (PreparedStatement remember = connection.prepareStatement(
                "INSERT INTO import_source (source, source_id, item_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < using.size(); i++) {
                remember.setString(1, source);
                remember.setString(2, sourceIds.get(i));
                remember.setLong(3, using.get(i));
                remember.addBatch();
            }
            remember.executeBatch();
        }
        linesRead += lines.size();
        written += drafts.size();
        skipped += batchSkipped;
        lastChange = Math.max(lastChange, result.lastChange());
        updated = clock.instant();
        updateJob(connection);
        if (!result.items().isEmpty()) {
            // in the batch's transaction: the plugins' derived data (reply counts) commits with the items or not at all
            imported.accept(result.items());
        }
        return null;
    }

    /** The items earlier imports of this source wrote for {@code sourceIds}. */
    private Map<String, Long> known(Connection connection, Collection<String> sourceIds) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        List<String> all = List.copyOf(sourceIds);
        for (int from = 0; from < all.size(); from += MOST_PER_LIST) {
            List<String> part = all.subList(from, Math.min(all.size(), from + MOST_PER_LIST));
            // on source_id alone: given the source too, H2 walks all of the source's rows through the primary key
            try (PreparedStatement select = connection.prepareStatement("SELECT source, source_id, item_id"
                    + " FROM import_source WHERE source_id IN (" + "?,".repeat(part.size() - 1) + "?)")) {
                for (int i = 0; i < part.size(); i++) {
                    select.setString(i + 1, part.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (source.equals(rows.getString(1))) {
                            found.put(rows.getString(2), rows.getLong(3));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Finds each author by e-mail, creating the members missing (no password: they set one by a reset). */
    private void resolveAuthors(Connection connection, Collection<ImportRecord> records) throws SQLException {
        Map<String, String> missing = new LinkedHashMap<>();
        records.forEach(record -> {
            if (!authors.containsKey(record.authorEmail())) {
                missing.putIfAbsent(record.authorEmail(), record.authorName());
            }
        });
        List<String> emails = List.copyOf(missing.keySet());
        for (int from = 0; from < emails.size(); from += MOST_PER_LIST) {
            List<String> part = emails.subList(from, Math.min(emails.size(), from + MOST_PER_LIST));
            try (PreparedStatement select = connection.prepareStatement("SELECT id, email, display_name FROM member"
                    + " WHERE email IN (" + "?,".repeat(part.size() - 1) + "?)")) {
                for (int i = 0; i < part.size(); i++) {
                    select.setString(i + 1, part.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        authors.put(rows.getString(2), new MemberRef(rows.getLong(1), rows.getString(3)));
                        missing.remove(rows.getString(2));
                    }
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<Long> ids = new BulkItems(connection).ids(missing.size());
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO member (id, email, display_name, role,"
                + " state, locale, bio, version, created, updated) VALUES (?, ?, ?, 'MEMBER', 'ACTIVE', 'fr', '', 1, ?, ?)")) {
            int i = 0;
            for (Map.Entry<String, String> member : missing.entrySet()) {
                String name = member.getValue().length() > 60 ? member.getValue().substring(0, 60) : member.getValue();
                insert.setLong(1, ids.get(i));
                insert.setString(2, member.getKey());
                insert.setString(3, name);
                insert.setObject(4, now);
                insert.setObject(5, now);
                insert.addBatch();
                authors.put(member.getKey(), new MemberRef(ids.get(i), name));
                i++;
            }
            insert.executeBatch();
        }
    }

    private void refuse(long line, String reason) {
        errors++;
        synchronized (firstErrors) {
            if (firstErrors.size() < KEPT_ERRORS) {
                firstErrors.add(new ImportProgress.LineError(line, reason.length() > 90 ? reason.substring(0, 90) : reason));
            }
        }
    }

    private Void insertJob(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_job (id, source, state,"
                + " lines_read, items_written, skipped, error_count, errors, last_change, started, updated)"
                + " VALUES (?, ?, ?, 0, 0, 0, 0, '', 0, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, source);
            insert.setString(3, state);
            insert.setObject(4, started.atOffset(ZoneOffset.UTC));
            insert.setObject(5, started.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return null;
    }

    private Void updateJob(Connection connection) throws SQLException {
        StringBuilder kept = new StringBuilder();
        synchronized (firstErrors) {
            firstErrors.forEach(error -> kept.append(error.line()).append(": ").append(error.reason()).append('\n'));
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_job SET state = ?, lines_read = ?,"
                + " items_written = ?, skipped = ?, error_count = ?, errors = ?, last_change = ?, updated = ? WHERE id = ?")) {
            update.setString(1, state);
            update.setLong(2, linesRead);
            update.setLong(3, written);
            update.setLong(4, skipped);
            update.setLong(5, errors);
            update.setString(6, kept.toString());
            update.setLong(7, lastChange);
            update.setObject(8, updated.atOffset(ZoneOffset.UTC));
            update.setLong(9, id);
            update.executeUpdate();
        }
        return null;
    }

    private static <V> Map<String, V> remembered() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }
}
