package org.symbiose.bench.forum;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The server's REST API as one member (or anonymously): JSON in, status and body out. */
final class Api {

    /** What the server answered. */
    record Answer(int status, String body) {

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The answer's JSON, or an exception naming what was asked if the status is not {@code expected}. */
        JsonObject expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": " + status + " " + body);
            }
            return json();
        }
    }

    // HTTP/1.1 as browsers and most clients reach Payara: one connection per concurrent client
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String authorization;

    private Api(String baseUrl, String authorization) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.authorization = authorization;
    }

    static Api anonymous(String baseUrl) {
        return new Api(baseUrl, null);
    }

    /**
     * A member's client with a personal API token, as an application would sign in: a password
     * checks PBKDF2 (hundreds of thousands of rounds) on every request, a token one hash lookup.
     */
    static Api as(String baseUrl, String email, String password) throws IOException, InterruptedException {
        return bearer(baseUrl, token(baseUrl, email, password));
    }

    /** A new personal API token of the member, for clients that sign in with it (wrk, {@link #bearer}). */
    static String token(String baseUrl, String email, String password) throws IOException, InterruptedException {
        Api basic = new Api(baseUrl, "Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return basic.post("/api/v1/me/tokens", Json.createObjectBuilder().add("name", "bench").build())
                .expect(201, "a token for " + email).getString("token");
    }

    /** The client of the member whose API token this is. */
    static Api bearer(String baseUrl, String token) {
        return new Api(baseUrl, "Bearer " + token);
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Answer post(String path, JsonValue body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Answer put(String path, JsonValue body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
