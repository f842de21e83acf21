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
}
