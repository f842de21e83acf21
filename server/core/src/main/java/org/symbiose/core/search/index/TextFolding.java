package org.symbiose.core.search.index;

import java.util.Locale;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** The form of a whole value (a tag, an author name) that matching ignores case and accents on. */
final class TextFolding {

    private TextFolding() {
    }

    /** Lowercased, accents folded, blanks trimmed and runs of blanks made one space. */
    static String fold(String value) {
        String lower = value.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        char[] input = lower.toCharArray();
        // Folding can expand one character into up to four ("ﬃ" into "ffi").
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }
}
