package org.symbiose.plugins.blog.wxr;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report of one import while it runs: written by the import's thread, read by requests. */
final class ImportReport {

    /** Skipped things listed in the report; all are counted. */
    static final int KEPT = 200;
    /** Skipped things kept where every node reads the report (a record there holds 4 KB). */
    static final int STORED = 8;

    private final long id;
    private final String blog;
    private final String site;
    private final int items;
    private final Clock clock;
    private final Instant started;
    private final Map<String, Integer> imported = new LinkedHashMap<>();
    private final Map<String, Integer> existing = new LinkedHashMap<>();
    private final List<ImportProgress.AuthorMatch> authors = new ArrayList<>();
    private final List<ImportProgress.Skipped> skipped = new ArrayList<>();
    private int skippedCount;
    private int processed;
    private String state = "RUNNING";
    private String error;
    private Instant updated;

    ImportReport(long id, String blog, String site, int items, Clock clock) {
        this.id = id;
        this.blog = blog;
        this.site = site;
        this.items = items;
        this.clock = clock;
        this.started = clock.instant();
        this.updated = started;
        for (String kind : List.of("posts", "pages", "comments", "attachments", "categories", "tags")) {
            imported.put(kind, 0);
            existing.put(kind, 0);
        }
    }

    synchronized void author(ImportProgress.AuthorMatch match) {
        authors.add(match);
    }

    synchronized void imported(String kind, boolean created) {
        (created ? imported : existing).merge(kind, 1, Integer::sum);
    }

    synchronized void counted(String kind, int created) {
        imported.put(kind, created);
    }

    synchronized void skipped(String kind, String wordPressId, String title, SkipReason reason) {
        skipped(kind, wordPressId, title, reason, "");
    }

    synchronized void skipped(String kind, String wordPressId, String title, SkipReason reason, String detail) {
        skippedCount++;
        if (skipped.size() < KEPT) {
            skipped.add(new ImportProgress.Skipped(kind, wordPressId, title, reason.english(detail), reason.code(), detail));
        }
    }

    synchronized void processed() {
        processed++;
        updated = clock.instant();
    }

    synchronized void done() {
        state = "DONE";
        updated = clock.instant();
    }

    synchronized void failed(String why) {
        state = "FAILED";
        error = why;
        updated = clock.instant();
    }

    synchronized boolean running() {
        return "RUNNING".equals(state);
    }

    synchronized ImportProgress progress() {
        return new ImportProgress(id, blog, site, state, items, processed, imported, existing, authors, skipped,
                skippedCount, error, started, updated);
    }

    /** The report as a plugin-data record, cut to fit: counts whole, the first skipped things only. */
    synchronized Map<String, Object> record() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("blog", blog);
        record.put("site", cut(site, 200));
        record.put("state", state);
        record.put("items", BigDecimal.valueOf(items));
        record.put("processed", BigDecimal.valueOf(processed));
        record.put("imported", numbers(imported));
        record.put("existing", numbers(existing));
        record.put("skippedCount", BigDecimal.valueOf(skippedCount));
        record.put("skipped", skipped.stream().limit(STORED).map(s -> (Object) Map.of("kind", s.kind(), "id", cut(s.id(), 20),
                "title", cut(s.title(), 60), "reason", cut(s.reason(), 120), "code", s.code(),
                "detail", cut(s.detail(), 120))).toList());
        if (error != null) {
            record.put("error", cut(error, 300));
        }
        record.put("started", started.toString());
        record.put("updated", updated.toString());
        return record;
    }

    /** A report another node stored. */
    @SuppressWarnings("unchecked")
    static ImportProgress fromRecord(long id, Map<String, Object> record) {
        List<ImportProgress.Skipped> skipped = ((List<Map<String, Object>>) record.getOrDefault("skipped", List.of())).stream()
                .map(s -> new ImportProgress.Skipped((String) s.get("kind"), (String) s.get("id"), (String) s.get("title"),
                        (String) s.get("reason"), (String) s.get("code"), (String) s.getOrDefault("detail", ""))).toList();
        return new ImportProgress(id, (String) record.get("blog"), (String) record.get("site"), (String) record.get("state"),
                number(record.get("items")), number(record.get("processed")), counts(record.get("imported")),
                counts(record.get("existing")), List.of(), skipped, number(record.get("skippedCount")),
                (String) record.get("error"), Instant.parse((String) record.get("started")),
                Instant.parse((String) record.get("updated")));
    }

    private static Map<String, Object> numbers(Map<String, Integer> counts) {
        Map<String, Object> numbers = new LinkedHashMap<>();
        counts.forEach((kind, count) -> numbers.put(kind, BigDecimal.valueOf(count)));
        return numbers;
    }

    private static Map<String, Integer> counts(Object stored) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (stored instanceof Map<?, ?> map) {
            map.forEach((kind, count) -> counts.put(String.valueOf(kind), number(count)));
        }
        return counts;
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static String cut(String text, int most) {
        return text == null ? "" : text.length() > most ? text.substring(0, most) : text;
    }
}
