package org.symbiose.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpHeaders;

/** An HTTP answer, with its body parsed as JSON on demand. */
record Reply(int status, HttpHeaders headers, String body) {

    JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** The entries of a list answer, {@code {"items": [...], "next": ...}}. */
    JsonArray items() {
        return json().getJsonArray("items");
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    String contentType() {
        return header("Content-Type");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }

    /** Calls {@code call} until its reply is {@code done}, every 250 ms for at most {@code within}; fails with the last reply. */
    static Reply await(java.util.function.Supplier<Reply> call, java.util.function.Predicate<Reply> done,
            java.time.Duration within) {
        java.time.Instant deadline = java.time.Instant.now().plus(within);
        Reply reply = call.get();
        while (!done.test(reply) && java.time.Instant.now().isBefore(deadline)) {
            PayaraDomain.sleep(java.time.Duration.ofMillis(250));
            reply = call.get();
        }
        org.assertj.core.api.Assertions.assertThat(done).as("within " + within + ", last answer " + reply).accepts(reply);
        return reply;
    }
}
