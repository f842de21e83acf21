package org.symbiose.bench.search;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code RestLoad <baseUrl> [clients=16] [seconds=30] [--plain|--floor]}: a closed-loop load on the REST search, each
 * client sending {@code GET /api/v1/search?q=<two words>} and the next one as soon as the answer is read.
 * Reports requests per second, p50, p99 and errors (any status but 200) after a warm-up of a third of the time.
 * {@code --plain} adds {@code facets=false&snippets=false}; {@code --floor} loads {@code /api/v1/health} instead. {@code RestLoad --self-test} runs briefly against a
 * trivial server of its own, to check the client itself.
 */
public final class RestLoad {

    private RestLoad() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toList();
        List<String> values = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        if (options.contains("--self-test")) {
            selfTest();
            return;
        }
        if (values.isEmpty()) {
            System.err.println("usage: RestLoad <baseUrl> [clients=16] [seconds=30] [--plain|--floor] | RestLoad --self-test");
            System.exit(2);
        }
        String baseUrl = values.get(0).replaceAll("/+$", "");
        int clients = values.size() > 1 ? Integer.parseInt(values.get(1)) : 16;
        int seconds = values.size() > 2 ? Integer.parseInt(values.get(2)) : 30;
        boolean plain = options.contains("--plain");
        // the floor: the same server's cheapest endpoint, so search figures read as ratios to it
        boolean floor = options.contains("--floor");
        List<URI> uris = floor ? List.of(URI.create(baseUrl + "/api/v1/health")) : new Queries(new Posts()).draw(100_000, 11).stream()
                .map(query -> URI.create(baseUrl + "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                        + (plain ? "&facets=false&snippets=false" : "")))
                .toList();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        load(client, uris, clients, Math.max(1, seconds / 3));
        Latencies measured = load(client, uris, clients, seconds);
        System.out.printf(Locale.ROOT, "%s, %d clients, %d s: %s%n", floor ? "floor (health)" : plain ? "plain" : "full",
                clients, seconds,
                measured.summary(seconds));
    }

    private static Latencies load(HttpClient client, List<URI> uris, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (ExecutorService threads = Executors.newFixedThreadPool(clients)) {
            List<Future<Latencies>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c * (uris.size() / clients);
                running.add(threads.submit(() -> {
                    Latencies latencies = new Latencies();
                    for (int i = first; System.nanoTime() < end; i = (i + 1) % uris.size()) {
                        HttpRequest request = HttpRequest.newBuilder(uris.get(i)).timeout(Duration.ofSeconds(10))
                                .header("Accept", "application/json").GET().build();
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() == 200) {
                                latencies.add(System.nanoTime() - start);
                            } else {
                                latencies.error();
                            }
                        } catch (IOException e) {
                            latencies.error();
                        }
                    }
                    return latencies;
                }));
            }
            List<Latencies> all = new ArrayList<>();
            for (Future<Latencies> one : running) {
                all.add(one.get());
            }
            return Latencies.merged(all);
        }
    }

    /** The client against a loopback server that answers an empty result at once. */
    private static void selfTest() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        byte[] empty = "{\"total\":0,\"hits\":[],\"facets\":{}}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/api/v1/search", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(exchange.getRequestURI().getQuery().startsWith("q=") ? 200 : 400, empty.length);
            exchange.getResponseBody().write(empty);
            exchange.close();
        });
        ExecutorService handlers = Executors.newFixedThreadPool(4);
        server.setExecutor(handlers);
        server.start();
        try {
            main(new String[] {"http://127.0.0.1:" + server.getAddress().getPort(), "4", "3"});
        } finally {
            server.stop(0);
            handlers.shutdownNow();
        }
    }
}
