package org.symbiose.it;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.symbiose.it.Accounts.Account;

/**
 * Bad input over every operation of the OpenAPI document, the core's and plugins': malformed path
 * ids, malformed JSON, values of the wrong type, missing fields, wrong content types and
 * encodings, anonymously and as a member. Whatever the operation, the answer is never a 5xx, and
 * every 4xx is problem+json with the platform's fields.
 */
class OpenApiBadInputIT extends Deployed {

    /**
     * Path ids no operation accepts: letters, past a long, negative, unknown, fractions, spaces,
     * encoded slashes and percent signs. Ids the container refuses before the application sees
     * them (invalid UTF-8 such as %C3%28, %00) are the container's answer, tested where that
     * answer is made.
     */
    private static final List<String> BAD_IDS = List.of("abc", "99999999999999999999999", "-1", "999999999",
            "1.5", "%20", "0x10", "1e3", "%25", "a%2Fb");

    /** Query values no parameter takes, and search texts that are hard to parse (URL-encoded). */
    private static final List<String> BAD_QUERY_VALUES = List.of("abc", "-1", "0", "99999999999999999999999", "1.5",
            "%22unbalanced", "((((", "*", "%5C", "tag%3A", "-", "a".repeat(5000), "%E2%80%AE", "P-1D", "2026-13-45");

    /** Requests in flight at once. */
    private static final int SENDERS = 4;

    /** Bodies that are not what any operation takes. */
    private static final Map<String, String> BAD_BODIES = new LinkedHashMap<>();

    static {
        BAD_BODIES.put("malformed JSON", "{\"a\":");
        BAD_BODIES.put("empty body", "");
        BAD_BODIES.put("array", "[1,2]");
        BAD_BODIES.put("string", "\"text\"");
        BAD_BODIES.put("null", "null");
        BAD_BODIES.put("no fields", "{}");
        BAD_BODIES.put("trailing garbage", "{}}");
        BAD_BODIES.put("deep nesting", "[".repeat(5000) + "]".repeat(5000));
    }

    @Test
    void badInputIsNeverA5xxAndEvery4xxIsAProblem() throws Exception {
        Account member = Accounts.member("Prober");
        ApiVocabularyIT.Samples samples = ApiVocabularyIT.samples(Accounts.admin());
        Map<String, List<String>> operations = ApiVocabularyIT.operations();
        Map<String, JsonObject> document = documentPaths();
        List<Probe> probes = new ArrayList<>();
        for (Map.Entry<String, List<String>> byMethod : operations.entrySet()) {
            String method = byMethod.getKey().toUpperCase();
            for (String template : byMethod.getValue()) {
                JsonObject operation = document.get(template).getJsonObject(byMethod.getKey());
                for (Api caller : List.of(Api.anonymous(), member.api())) {
                    String who = caller == member.api() ? "member" : "anonymous";
                    if (template.contains("{")) {
                        for (String id : BAD_IDS) {
                            String path = template.replaceAll("\\{[a-zA-Z]+}", id).substring(1);
                            probes.add(new Probe(who, method, path, () -> caller.send(method, path, body(method), json(method))));
                        }
                    }
                    String path = samples.fill(template).substring(1);
                    for (String parameter : queryParameters(operation)) {
                        for (String value : BAD_QUERY_VALUES) {
                            String url = path + (path.contains("?") ? "&" : "?") + parameter + "=" + value;
                            probes.add(new Probe(who + " " + parameter + "=" + abbreviate(value), method, url,
                                    () -> caller.send(method, url, body(method), json(method))));
                        }
                    }
                    if (method.equals("GET")) {
                        probes.add(new Probe(who + " XML asked for", method, path,
                                () -> caller.send(method, path, null, null, "Accept", "application/xml")));
                        probes.add(new Probe(who + " garbage If-None-Match", method, path,
                                () -> caller.send(method, path, null, null, "If-None-Match", "garbage, W/")));
                    }
                    if (!operation.containsKey("requestBody")) {
                        continue;
                    }
                    probes.add(new Probe(who + " garbage If-Match", method, path,
                            () -> caller.send(method, path, "{\"version\":1}", "application/json", "If-Match", "W/\"x, *")));
                    for (String body : bodies(operation)) {
                        probes.add(new Probe(who + " body " + abbreviate(body), method, path,
                                () -> caller.send(method, path, body, "application/json")));
                    }
                    probes.add(new Probe(who + " text/plain", method, path, () -> caller.send(method, path, "{}", "text/plain")));
                    probes.add(new Probe(who + " XML", method, path, () -> caller.send(method, path, "<a/>", "application/xml")));
                    probes.add(new Probe(who + " form", method, path,
                            () -> caller.send(method, path, "a=1", "application/x-www-form-urlencoded")));
                    probes.add(new Probe(who + " invalid UTF-8", method, path, () -> caller.send(method, path,
                            new String(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                                    StandardCharsets.ISO_8859_1), "application/json; charset=UTF-8")));
                    probes.add(new Probe(who + " unknown charset", method, path,
                            () -> caller.send(method, path, "{}", "application/json; charset=nope")));
                }
            }
        }
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(probes).as("requests sent").hasSizeGreaterThan(1000);
        // a few at once: sent one after another, the probes were the suite's longest test
        try (ExecutorService senders = Executors.newFixedThreadPool(SENDERS)) {
            List<Future<Reply>> replies = probes.stream().map(probe -> senders.submit(probe.send()::get)).toList();
            for (int i = 0; i < probes.size(); i++) {
                Probe probe = probes.get(i);
                check(softly, probe.who(), probe.method(), probe.path(), replies.get(i).get());
            }
        }
        softly.assertAll();
    }

    /** One request to send and what it is, for the report. */
    private record Probe(String who, String method, String path, Supplier<Reply> send) {
    }

    private static void check(SoftAssertions softly, String who, String method, String path, Reply reply) {
        String call = method + " /" + path + " (" + who + ")";
        softly.assertThat(reply.status()).as(call + ": " + reply).isLessThan(500);
        if (reply.status() >= 400 && reply.status() < 500) {
            softly.assertThat(reply.contentType()).as(call + " content type: " + reply).startsWith("application/problem+json");
            if (reply.contentType() != null && reply.contentType().startsWith("application/problem+json")) {
                JsonObject problem = reply.json();
                softly.assertThat(problem.getString("type", "")).as(call + " type").startsWith("urn:symbiose:problem:");
                softly.assertThat(problem.getInt("status", 0)).as(call + " status field").isEqualTo(reply.status());
            }
        }
    }

    /** The bad bodies, and the operation's own fields each with a value of the wrong type. */
    private static List<String> bodies(JsonObject operation) {
        List<String> bodies = new ArrayList<>(BAD_BODIES.values());
        JsonObject schema = schema(operation);
        if (schema != null && schema.containsKey("properties")) {
            StringBuilder wrong = new StringBuilder("{");
            StringBuilder nulls = new StringBuilder("{");
            schema.getJsonObject("properties").forEach((name, property) -> {
                String type = property.asJsonObject().getString("type", "object");
                String value = switch (type) {
                    case "string" -> "{\"x\":1}";
                    case "integer", "number" -> "\"twelve\"";
                    case "boolean" -> "\"maybe\"";
                    case "array" -> "\"not a list\"";
                    default -> "[true]";
                };
                wrong.append(wrong.length() > 1 ? "," : "").append('"').append(name).append("\":").append(value);
                nulls.append(nulls.length() > 1 ? "," : "").append('"').append(name).append("\":null");
            });
            bodies.add(wrong.append('}').toString());
            bodies.add(nulls.append('}').toString());
        }
        return bodies;
    }

    /** The operation's documented query parameters. */
    private static List<String> queryParameters(JsonObject operation) {
        if (!operation.containsKey("parameters")) {
            return List.of();
        }
        return operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(p -> "query".equals(p.getString("in", ""))).map(p -> p.getString("name")).toList();
    }

    private static JsonObject schema(JsonObject operation) {
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        if (content == null || !content.containsKey("application/json")) {
            return null;
        }
        JsonObject schema = content.getJsonObject("application/json").getJsonObject("schema");
        if (schema == null || !schema.containsKey("$ref")) {
            return schema;
        }
        String name = schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
        JsonObject schemas = document().getJsonObject("components").getJsonObject("schemas");
        return schemas.containsKey(name) ? schemas.getJsonObject(name) : null;
    }

    private static JsonObject document;

    private static synchronized JsonObject document() {
        if (document == null) {
            document = Api.anonymous().get("openapi?format=json").json();
        }
        return document;
    }

    private static Map<String, JsonObject> documentPaths() {
        Map<String, JsonObject> paths = new LinkedHashMap<>();
        document().getJsonObject("paths").forEach((path, item) -> paths.put(path, item.asJsonObject()));
        return paths;
    }

    private static String body(String method) {
        return method.equals("POST") || method.equals("PUT") ? "{}" : null;
    }

    private static String json(String method) {
        return body(method) == null ? null : "application/json";
    }

    private static String abbreviate(String body) {
        return body.length() > 40 ? body.substring(0, 40) + "…" : body;
    }
}
