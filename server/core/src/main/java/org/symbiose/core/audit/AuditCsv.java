package org.symbiose.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The audit log as CSV (RFC 4180), newest first, at most 100,000 entries: for the REST export and the console's link. */
@ApplicationScoped
public class AuditCsv {

    private static final int BATCH = 1000;
    private static final int MAX = 100_000;

    @Inject
    private AuditTrail audit;

    public void write(AuditTrail.Filter filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("id,at,actor,plugin,action,item,reason,before,after\r\n");
        Long before = null;
        int written = 0;
        List<Audited> batch;
        do {
            batch = audit.page(filter, before, BATCH);
            for (Audited entry : batch) {
                writer.write(String.join(",", String.valueOf(entry.id()), entry.at().toString(),
                        String.valueOf(entry.actorId()), CsvField.of(entry.plugin()), CsvField.of(entry.action()),
                        entry.itemId() == null ? "" : entry.itemId().toString(), CsvField.of(entry.reason()),
                        CsvField.of(entry.before()), CsvField.of(entry.after())) + "\r\n");
                before = entry.id();
            }
            written += batch.size();
        } while (batch.size() == BATCH && written < MAX);
        writer.flush();
    }
}
