package org.symbiose.plugins.blog.metaweblog;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes XML-RPC method responses: a value, or a fault. */
public final class XmlRpcWriter {

    // UTC without a zone letter, as WordPress writes it: the Apache client's parser takes no zone
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private XmlRpcWriter() {
    }

    /** A {@code methodResponse} holding {@code value}. */
    public static byte[] response(Object value) {
        return write(writer -> {
            writer.writeStartElement("params");
            writer.writeStartElement("param");
            value(writer, value);
            writer.writeEndElement();
            writer.writeEndElement();
        });
    }

    /** A {@code methodResponse} holding a fault. */
    public static byte[] fault(int code, String message) {
        return write(writer -> {
            writer.writeStartElement("fault");
            value(writer, Map.of("faultCode", code, "faultString", message == null ? "" : message));
            writer.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement("methodResponse");
            body.write(writer);
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void value(XMLStreamWriter writer, Object value) throws XMLStreamException {
        writer.writeStartElement("value");
        switch (value) {
            case null -> empty(writer, "nil");
            case String text -> element(writer, "string", text);
            case Integer number -> element(writer, "int", number.toString());
            case Long number when number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE -> element(writer, "int", number.toString());
            // ids are longs; clients that know no i8 read them as strings
            case Long number -> element(writer, "string", number.toString());
            case Boolean flag -> element(writer, "boolean", flag ? "1" : "0");
            case Double number -> element(writer, "double", number.toString());
            case Instant instant -> element(writer, "dateTime.iso8601", COMPACT.format(instant));
            case byte[] bytes -> element(writer, "base64", Base64.getEncoder().encodeToString(bytes));
            case Map<?, ?> struct -> {
                writer.writeStartElement("struct");
                for (Map.Entry<?, ?> member : struct.entrySet()) {
                    writer.writeStartElement("member");
                    element(writer, "name", String.valueOf(member.getKey()));
                    value(writer, member.getValue());
                    writer.writeEndElement();
                }
                writer.writeEndElement();
            }
            case List<?> array -> {
                writer.writeStartElement("array");
                writer.writeStartElement("data");
                for (Object item : array) {
                    value(writer, item);
                }
                writer.writeEndElement();
                writer.writeEndElement();
            }
            default -> throw new IllegalArgumentException("No XML-RPC type for " + value.getClass());
        }
        writer.writeEndElement();
    }

    private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(clean(text));
        writer.writeEndElement();
    }

    private static void empty(XMLStreamWriter writer, String name) throws XMLStreamException {
        writer.writeEmptyElement(name);
    }

    /** Drops the characters XML 1.0 cannot carry at all, so that a stored text never breaks an answer. */
    private static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
