package org.symbiose.bench.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Writes an import file ({@code POST /api/v1/admin/imports}, NDJSON) of synthetic forum posts: 10
 * categories, topics of 10 posts each (the topic and 9 replies), 1,000 authors, dates a minute apart.
 * Usage: {@code ImportFile <file> [posts=1000000]}.
 */
public final class ImportFile {

    static final int CATEGORIES = 10;
    static final int POSTS_PER_TOPIC = 10;
    static final int AUTHORS = 1000;
    private static final Instant START = Instant.parse("2015-01-01T00:00:00Z");

    private ImportFile() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long posts = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        Random random = new Random(13);
        Posts generator = new Posts();
        long started = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int c = 1; c <= CATEGORIES; c++) {
                line(out, "c" + c, "forum.category", null, 1, "Catégorie " + c, "", List.of(),
                        "{\"position\":" + c + "}", START);
            }
            long minute = 0;
            for (long t = 1; (t - 1) * POSTS_PER_TOPIC < posts; t++) {
                Posts.Post opening = generator.next(random);
                line(out, "t" + t, "forum.topic", "c" + (1 + t % CATEGORIES), 1 + random.nextInt(AUTHORS),
                        opening.title(), opening.body(), opening.tags(),
                        "{\"pinned\":false,\"locked\":false,\"question\":false}", START.plusSeconds(60 * minute++));
                for (int r = 1; r < POSTS_PER_TOPIC && (t - 1) * POSTS_PER_TOPIC + r < posts; r++) {
                    Posts.Post reply = generator.next(random);
                    line(out, "t" + t + "r" + r, "forum.reply", "t" + t, 1 + random.nextInt(AUTHORS), "", reply.body(),
                            List.of(), "{}", START.plusSeconds(60 * minute++));
                }
                if (t % 10_000 == 0) {
                    System.out.printf("%,d posts written%n", t * POSTS_PER_TOPIC);
                }
            }
        }
        System.out.printf("%s: %,d posts in %,d ms, %,d bytes%n", file, posts, (System.nanoTime() - started) / 1_000_000,
                Files.size(file));
    }

    private static void line(BufferedWriter out, String id, String type, String parent, int author, String title, String body,
            List<String> tags, String attributes, Instant created) throws IOException {
        StringBuilder line = new StringBuilder(body.length() + 300);
        line.append("{\"id\":\"").append(id).append("\",\"type\":\"").append(type).append('"');
        if (parent != null) {
            line.append(",\"parent\":\"").append(parent).append('"');
        }
        line.append(",\"author\":{\"email\":\"member").append(author).append("@bench.example\",\"name\":\"Member ")
                .append(author).append("\"},\"title\":");
        quoted(line, title);
        line.append(",\"body\":");
        quoted(line, body);
        line.append(",\"tags\":[");
        for (int i = 0; i < tags.size(); i++) {
            quoted(line.append(i == 0 ? "" : ","), tags.get(i));
        }
        line.append("],\"attributes\":").append(attributes).append(",\"created\":\"").append(created).append("\"}\n");
        out.write(line.toString());
    }

    private static StringBuilder quoted(StringBuilder line, String text) {
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.append('"');
    }
}
