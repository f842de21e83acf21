package org.symbiose.plugins.blog.site;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import org.symbiose.spi.site.PageNotFoundException;
import org.symbiose.spi.site.PageRequest;

/**
 * The parameters of the blog pages' addresses, read leniently: a page answers 404 for an address
 * that names nothing, never an error, and a bad cursor shows the first page.
 */
final class PageParameters {

    private PageParameters() {
    }

    /** The {@code before} cursor of a newest-first list, or null for the first page. */
    static Long before(PageRequest request) {
        return request.number("before").filter(cursor -> cursor > 0).orElse(null);
    }

    /** A parameter that must be there and not blank, else the page does not exist. */
    static String required(PageRequest request, String name) {
        return text(request, name).orElseThrow(() -> new PageNotFoundException("No " + name + " given"));
    }

    static Optional<String> text(PageRequest request, String name) {
        return request.parameter(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** A month written {@code 2026-12}. */
    static Optional<YearMonth> month(PageRequest request) {
        try {
            return text(request, "month").map(YearMonth::parse);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
