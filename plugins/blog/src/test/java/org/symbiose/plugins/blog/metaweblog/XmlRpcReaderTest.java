package org.symbiose.plugins.blog.metaweblog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiose.plugins.blog.xml.SafeXml;

class XmlRpcReaderTest {

    private final XmlRpcReader reader = new XmlRpcReader(new SafeXml(64 * 1024));

    @Test
    void readsACallWithEveryType() {
        XmlRpcCall call = read("""
                <?xml version="1.0"?>
                <methodCall><methodName>metaWeblog.newPost</methodName><params>
                <param><value>bare</value></param>
                <param><value><string>ann@example.org</string></value></param>
                <param><value><i4>42</i4></value></param>
                <param><value><struct>
                  <member><name>title</name><value><string>Caf&#233; &amp; cr&#232;me</string></value></member>
                  <member><name>categories</name><value><array><data><value>a</value><value><string>b</string></value></data></array></value></member>
                  <member><name>dateCreated</name><value><dateTime.iso8601>20240131T10:00:00</dateTime.iso8601></value></member>
                  <member><name>bits</name><value><base64>aGVsbG8=</base64></value></member>
                  <member><name>sticky</name><value><boolean>1</boolean></value></member>
                  <member><name>ratio</name><value><double>1.5</double></value></member>
                  <member><name>big</name><value><i8>9000000000</i8></value></member>
                  <member><name>none</name><value><nil/></value></member>
                </struct></value></param>
                <param><value><boolean>0</boolean></value></param>
                </params></methodCall>""");
        assertEquals("metaWeblog.newPost", call.method());
        assertEquals("bare", call.text(0, "blogid"));
        assertEquals("ann@example.org", call.text(1, "username"));
        assertEquals("42", call.text(2, "id"));
        Map<String, Object> post = call.struct(3, "content");
        assertEquals("Café & crème", post.get("title"));
        assertEquals(List.of("a", "b"), post.get("categories"));
        assertEquals(Instant.parse("2024-01-31T10:00:00Z"), post.get("dateCreated"));
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), (byte[]) post.get("bits"));
        assertEquals(true, post.get("sticky"));
        assertEquals(1.5, post.get("ratio"));
        assertEquals(9_000_000_000L, post.get("big"));
        assertEquals(XmlRpcCall.NIL, post.get("none"));
        assertEquals(false, call.flag(4, true));
        assertEquals(true, call.flag(5, true));
    }

    @Test
    void readsTheDateFormsClientsSend() {
        Instant expected = Instant.parse("2024-01-31T10:00:00Z");
        assertEquals(expected, XmlRpcReader.date("20240131T10:00:00"));
        assertEquals(expected, XmlRpcReader.date("20240131T10:00:00Z"));
        assertEquals(expected, XmlRpcReader.date("2024-01-31T11:00:00+01:00"));
        assertEquals(expected, XmlRpcReader.date("2024-01-31T10:00:00"));
    }

    @Test
    void faultsOnWhatIsNotACall() {
        assertFault(XmlRpcFault.NOT_XML_RPC, "<methodResponse/>");
        assertFault(XmlRpcFault.NOT_XML_RPC, "<methodCall><params/></methodCall>");
        assertFault(XmlRpcFault.NOT_XML_RPC, "<methodCall><methodName>x</methodName><params><param><value><int>x</int></value></param></params></methodCall>");
        assertFault(XmlRpcFault.NOT_XML_RPC, "<methodCall><methodName>x</methodName><params><param><value><float>1</float></value></param></params></methodCall>");
        assertFault(XmlRpcFault.PARSE_ERROR, "<methodCall><methodName>x</methodName>");
    }

    @Test
    void faultsOnAnExternalEntityAndABomb() {
        assertFault(XmlRpcFault.PARSE_ERROR, "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<methodCall><methodName>&x;</methodName></methodCall>");
        assertFault(XmlRpcFault.PARSE_ERROR, "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<methodCall><methodName>&c;</methodName></methodCall>");
        assertFault(XmlRpcFault.TOO_LARGE, "<methodCall><methodName>" + "x".repeat(70_000) + "</methodName></methodCall>");
    }

    @Test
    void writesResponsesAClientReads() {
        String response = new String(XmlRpcWriter.response(Map.of("postid", 7L, "when", Instant.parse("2024-01-31T10:00:00Z"))),
                StandardCharsets.UTF_8);
        assertTrue(response.contains("<name>postid</name><value><int>7</int></value>"), response);
        assertTrue(response.contains("<dateTime.iso8601>20240131T10:00:00</dateTime.iso8601>"), response);
        String fault = new String(XmlRpcWriter.fault(403, "Bad <login> \u0001"), StandardCharsets.UTF_8);
        assertTrue(fault.contains("<fault><value><struct>"), fault);
        assertTrue(fault.contains("Bad &lt;login&gt; </string>"), fault);
    }

    private void assertFault(int code, String body) {
        XmlRpcFault fault = assertThrows(XmlRpcFault.class, () -> read(body));
        assertEquals(code, fault.code(), fault.getMessage());
    }

    private XmlRpcCall read(String body) {
        return reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
