package org.symbiose.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A client of the REST API, anonymous or signed in with Basic credentials or an API token, at
 * {@link #BASE} unless sent to another server with {@link #on}.
 */
final class Api {

    static final URI BASE = URI.create(System.getProperty("symbiose.url", "http://localhost:8080/"));
    // HTTP/1.1 as most API clients speak it; the default h2c upgrade adds nothing on loopback.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static final int LARGE_BODY = 64 * 1024;

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    static Api anonymous() {
        return new Api(BASE, null);
    }

    static Api basic(String email, String password) {
        return new Api(BASE, "Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static Api token(String secret) {
        return new Api(BASE, "Bearer " + secret);
    }

    static Api authorization(String header) {
        return new Api(BASE, header);
    }

    /**
     * Waits until the server answers its health check with 200 (the deployment ends before: the schema
     * migrates in the background); false if it did not within {@code within}.
     */
    boolean awaitReady(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("api/v1/health").status() == 200) {
                    return true;
                }
            } catch (UncheckedIOException e) {
                // not listening yet, or a connection of the process before a kill
            }
            PayaraDomain.sleep(Duration.ofMillis(250));
        }
        return false;
    }

    /** The same client, signed in the same way, sending to the server at {@code server} (a node of a cluster). */
    Api on(URI server) {
        return new Api(server, authorization);
    }

    Reply get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    Reply put(String path, String json, String... headers) {
        return send("PUT", path, json, "application/json", headers);
    }

    Reply delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    /** A binary upload: POST of {@code bytes} as they are; {@code headers} are name, value pairs. */
    Reply upload(String path, byte[] bytes, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(request);
    }

    /** The personal API token this client signs in with, or null (for protocols that carry it in the body). */
    String token() {
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }

    /** Any request; {@code headers} are name, value pairs. */
    Reply send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                // As browsers and curl do for big uploads: the server may refuse before the body is sent.
                .expectContinue(body != null && body.length() > LARGE_BODY);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(request);
    }

    private Reply exchange(HttpRequest.Builder request) {
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
