package org.symbiose.plugins.blog.metaweblog;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.symbiose.plugins.blog.xml.SafeXml;
import org.symbiose.plugins.blog.xml.XmlRefusedException;

/**
 * Reads an XML-RPC {@code methodCall} through the plugin's safe parser. Written here rather than taken from an
 * XML-RPC library: the Java ones (Apache XML-RPC 3.1, unmaintained since 2010) parse with parsers of their own
 * that cannot be handed ours, and the format is small.
 */
public final class XmlRpcReader {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss");

    private final SafeXml xml;

    public XmlRpcReader(SafeXml xml) {
        this.xml = xml;
    }

    /**
     * The call in {@code in}.
     *
     * @throws XmlRpcFault {@link XmlRpcFault#PARSE_ERROR} for XML the safe parser refuses (with
     *                     {@link XmlRpcFault#TOO_LARGE} past the size limit), {@link XmlRpcFault#NOT_XML_RPC} for
     *                     XML that is not a method call
     */
    public XmlRpcCall read(InputStream in) {
        try {
            return xml.read(in, this::call);
        } catch (XmlRefusedException e) {
            throw new XmlRpcFault(e.reason() == XmlRefusedException.Reason.TOO_LARGE ? XmlRpcFault.TOO_LARGE
                    : XmlRpcFault.PARSE_ERROR, e.getMessage());
        }
    }

    private XmlRpcCall call(XMLStreamReader reader) throws XMLStreamException {
        reader.nextTag();
        expect(reader, "methodCall");
        String method = null;
        List<Object> params = new ArrayList<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (reader.getLocalName()) {
                case "methodName" -> method = reader.getElementText().strip();
                case "params" -> {
                    while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        expect(reader, "param");
                        reader.nextTag();
                        expect(reader, "value");
                        params.add(value(reader));
                        closing(reader, "param");
                    }
                }
                default -> throw notXmlRpc("<" + reader.getLocalName() + "> in a methodCall");
            }
        }
        if (method == null || method.isEmpty()) {
            throw notXmlRpc("a methodCall without methodName");
        }
        return new XmlRpcCall(method, params);
    }

    /** The value of a {@code <value>} element, the reader on its start; leaves it on its end. */
    private Object value(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder bare = new StringBuilder();
        Object typed = null;
        for (int event = reader.next(); event != XMLStreamConstants.END_ELEMENT; event = reader.next()) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> bare.append(reader.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    if (typed != null) {
                        throw notXmlRpc("a value holding two values");
                    }
                    typed = typed(reader);
                }
                case XMLStreamConstants.END_DOCUMENT -> throw notXmlRpc("a value left open");
                default -> {
                }
            }
        }
        // a value with no type element is a string
        return typed != null ? typed : bare.toString();
    }

    private Object typed(XMLStreamReader reader) throws XMLStreamException {
        String type = reader.getLocalName();
        return switch (type) {
            case "string" -> reader.getElementText();
            case "int", "i4" -> number(reader, type, text -> Integer.valueOf(text));
            case "i8" -> number(reader, type, text -> Long.valueOf(text));
            case "double" -> number(reader, type, text -> Double.valueOf(text));
            case "boolean" -> {
                String text = reader.getElementText().strip();
                if (!text.equals("0") && !text.equals("1")) {
                    throw notXmlRpc("a boolean that is not 0 or 1");
                }
                yield text.equals("1");
            }
            case "dateTime.iso8601" -> date(reader.getElementText().strip());
            case "base64" -> {
                try {
                    yield Base64.getMimeDecoder().decode(reader.getElementText().strip());
                } catch (IllegalArgumentException e) {
                    throw notXmlRpc("base64 that is not base64");
                }
            }
            case "nil" -> {
                reader.getElementText();
                yield XmlRpcCall.NIL;
            }
            case "struct" -> struct(reader);
            case "array" -> array(reader);
            default -> throw notXmlRpc("a value of unknown type <" + type + ">");
        };
    }

    private Map<String, Object> struct(XMLStreamReader reader) throws XMLStreamException {
        Map<String, Object> struct = new LinkedHashMap<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            expect(reader, "member");
            String name = null;
            Object value = null;
            boolean valued = false;
            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "name" -> name = reader.getElementText();
                    case "value" -> {
                        value = value(reader);
                        valued = true;
                    }
                    default -> throw notXmlRpc("<" + reader.getLocalName() + "> in a struct member");
                }
            }
            if (name == null || !valued) {
                throw notXmlRpc("a struct member without name or value");
            }
            struct.put(name, value);
        }
        return struct;
    }

    private List<Object> array(XMLStreamReader reader) throws XMLStreamException {
        List<Object> values = new ArrayList<>();
        reader.nextTag();
        expect(reader, "data");
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            expect(reader, "value");
            values.add(value(reader));
        }
        closing(reader, "array");
        return values;
    }

    private interface Parse {
        Object of(String text);
    }

    private static Object number(XMLStreamReader reader, String type, Parse parse) throws XMLStreamException {
        String text = reader.getElementText().strip();
        try {
            return parse.of(text);
        } catch (NumberFormatException e) {
            throw notXmlRpc("an " + type + " that is not one: " + abbreviated(text));
        }
    }

    /** XML-RPC's compact form ({@code 20240131T10:00:00}, taken as UTC) or ISO 8601 with or without an offset. */
    static Instant date(String text) {
        try {
            return LocalDateTime.parse(text, COMPACT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // the other forms below
        }
        String iso = text.length() >= 8 && text.charAt(4) != '-' && text.indexOf('T') == 8
                ? text.substring(0, 4) + "-" + text.substring(4, 6) + "-" + text.substring(6) : text;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw notXmlRpc("a dateTime.iso8601 that is not a date: " + abbreviated(text));
            }
        }
    }

    private static void expect(XMLStreamReader reader, String name) {
        if (!name.equals(reader.getLocalName())) {
            throw notXmlRpc("<" + reader.getLocalName() + "> where <" + name + "> was expected");
        }
    }

    private static void closing(XMLStreamReader reader, String name) throws XMLStreamException {
        if (reader.nextTag() != XMLStreamConstants.END_ELEMENT || !name.equals(reader.getLocalName())) {
            throw notXmlRpc("more than one value in a <" + name + ">");
        }
    }

    private static XmlRpcFault notXmlRpc(String what) {
        return new XmlRpcFault(XmlRpcFault.NOT_XML_RPC, "Not an XML-RPC call: " + what);
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
