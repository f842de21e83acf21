package org.symbiose.web.site;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The console pages' address parameters, read as text by their beans: a view parameter that
 * fails conversion skips the page's view actions, its role check among them. A value that does
 * not read is treated as absent.
 */
final class ConsoleParameters {

    private ConsoleParameters() {
    }

    /** A positive id, or null. */
    static Long id(String text) {
        try {
            long id = text == null ? 0 : Long.parseLong(text.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A day such as 2026-11-23, or null. */
    static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
