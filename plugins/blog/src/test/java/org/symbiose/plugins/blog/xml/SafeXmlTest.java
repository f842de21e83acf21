package org.symbiose.plugins.blog.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiose.plugins.blog.xml.XmlRefusedException.Reason;

class SafeXmlTest {

    private final SafeXml xml = new SafeXml(1024 * 1024);

    @TempDir
    Path folder;

    @Test
    void readsAnOrdinaryDocumentWithXmlsOwnEntities() {
        String text = xml.read(in("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a><b>caf&#233; &amp; <![CDATA[<cr\u00e8me>]]></b></a>"),
                SafeXmlTest::textOfB);
        assertEquals("caf\u00e9 & <cr\u00e8me>", text);
        assertEquals("caf\u00e9 &amp;", xml.document(in("<a><b>caf&#233; &amp;amp;</b></a>")).getDocumentElement().getTextContent());
    }

    @Test
    void refusesAnExternalEntityWithoutReadingIt() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><a><b>&x;</b></a>";
        assertRefused(Reason.DOCTYPE, xxe);
    }

    @Test
    void refusesAParameterEntityAndAnExternalDtd() {
        assertRefused(Reason.DOCTYPE, "<?xml version=\"1.0\"?><!DOCTYPE a SYSTEM \"http://127.0.0.1:9/evil.dtd\"><a/>");
        assertRefused(Reason.DOCTYPE, "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]><a/>");
    }

    @Test
    void refusesTheBillionLaughs() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]><lolz>&lol9;</lolz>");
        assertRefused(Reason.DOCTYPE, bomb.toString());
    }

    @Test
    void refusesAnUndeclaredEntity() {
        assertRefused(Reason.MALFORMED, "<a><b>&nope;</b></a>");
    }

    @Test
    void refusesAHugeDocumentBeforeHoldingIt() {
        // 64 MB of elements streamed, never built: the limit stops the read at 1 MB
        InputStream huge = new SequenceInputStream(Collections.enumeration(List.of(in("<a>"),
                new RepeatingStream("<b>0123456789</b>".getBytes(StandardCharsets.US_ASCII), 4_000_000))));
        XmlRefusedException refused = assertThrows(XmlRefusedException.class, () -> xml.read(huge, SafeXmlTest::drain));
        assertEquals(Reason.TOO_LARGE, refused.reason());
        InputStream again = new SequenceInputStream(Collections.enumeration(List.of(in("<a>"),
                new RepeatingStream("<b>0123456789</b>".getBytes(StandardCharsets.US_ASCII), 4_000_000))));
        assertEquals(Reason.TOO_LARGE, assertThrows(XmlRefusedException.class, () -> xml.document(again)).reason());
    }

    @Test
    void refusesDeepNesting() {
        String deep = "<a>".repeat(SafeXml.MAX_DEPTH + 1) + "</a>".repeat(SafeXml.MAX_DEPTH + 1);
        assertRefused(Reason.TOO_DEEP, deep);
        String fine = "<a>".repeat(SafeXml.MAX_DEPTH) + "</a>".repeat(SafeXml.MAX_DEPTH);
        assertEquals(SafeXml.MAX_DEPTH, (int) xml.read(in(fine), SafeXmlTest::drain));
    }

    @Test
    void refusesMalformedXml() {
        assertRefused(Reason.MALFORMED, "<a><b></a>");
        assertRefused(Reason.MALFORMED, "not xml at all");
        assertRefused(Reason.MALFORMED, "");
    }

    private void assertRefused(Reason reason, String document) {
        XmlRefusedException streamed = assertThrows(XmlRefusedException.class, () -> xml.read(in(document), SafeXmlTest::drain));
        assertEquals(reason, streamed.reason(), streamed.getMessage());
        assertFalse(String.valueOf(streamed.getMessage()).contains("TOP-SECRET"));
        if (reason != Reason.TOO_DEEP || document.length() > 0) {
            XmlRefusedException built = assertThrows(XmlRefusedException.class, () -> xml.document(in(document)));
            assertEquals(reason, built.reason(), built.getMessage());
        }
    }

    private static String textOfB(XMLStreamReader reader) throws javax.xml.stream.XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("b")) {
                return reader.getElementText();
            }
        }
        return null;
    }

    /** Reads to the end; answers the deepest level seen. */
    private static Integer drain(XMLStreamReader reader) throws javax.xml.stream.XMLStreamException {
        int depth = 0;
        int deepest = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                deepest = Math.max(deepest, ++depth);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return deepest;
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code times} copies of a chunk, never all in memory. */
    private static final class RepeatingStream extends InputStream {
        private final byte[] chunk;
        private long left;
        private int at;

        RepeatingStream(byte[] chunk, long times) {
            this.chunk = chunk;
            this.left = times * chunk.length;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            byte b = chunk[at];
            at = (at + 1) % chunk.length;
            return b & 0xff;
        }
    }
}
