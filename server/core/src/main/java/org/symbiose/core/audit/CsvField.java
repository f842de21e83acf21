package org.symbiose.core.audit;

/**
 * One field of an RFC 4180 CSV line, safe to open in a spreadsheet: a value a spreadsheet would take for a
 * formula (starting with {@code = + - @}, or with a tab or carriage return, which some strip before looking) is
 * prefixed with an apostrophe, whatever its length or line breaks (OWASP's CSV injection advice).
 */
final class CsvField {

    private CsvField() {
    }

    static String of(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[,\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
