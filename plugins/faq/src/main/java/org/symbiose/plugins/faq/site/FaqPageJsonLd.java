package org.symbiose.plugins.faq.site;

/**
 * An entry as schema.org's FAQPage in JSON-LD, for search engines' rich results: one Question
 * with its accepted Answer (the answer's HTML, as Google's guidelines allow).
 */
final class FaqPageJsonLd {

    private FaqPageJsonLd() {
    }

    static String of(String question, String answerHtml, String language) {
        return "{\"@context\":\"https://schema.org\",\"@type\":\"FAQPage\",\"inLanguage\":" + string(language)
                + ",\"mainEntity\":[{\"@type\":\"Question\",\"name\":" + string(question)
                + ",\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":" + string(answerHtml) + "}}]}";
    }

    /**
     * A JSON string that is also safe inside a {@code <script>} element: {@code <} is escaped, so
     * neither {@code </script>} nor {@code <!--} in an answer can end the block.
     */
    static String string(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '<' -> json.append("\\u003c");
                case '>' -> json.append("\\u003e");
                case '&' -> json.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
