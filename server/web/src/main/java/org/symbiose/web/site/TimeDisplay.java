package org.symbiose.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moments as the console shows them: {@code 2026-11-23 16:05 UTC}, the same for every moderator. */
@Named
@ApplicationScoped
public class TimeDisplay {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String of(Instant moment) {
        return moment == null ? "" : FORMAT.format(moment);
    }
}
