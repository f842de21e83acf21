package org.symbiose.bench.forum;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ImportedForum <baseUrl> <adminEmail> <adminPassword> [members=50]}: makes a forum filled by the bulk import
 * ({@code bench/import.sh}) ready for ForumLoad, as LoadForum leaves one it posted itself: raises the forum's rate
 * limits, registers {@code members} members who may reply (imported authors have no password), and lists every
 * category and topic anonymous visitors can read, through the forum's own lists. Writes {@code forum-ids.txt} in the
 * current directory.
 */
public final class ImportedForum {

    private ImportedForum() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ImportedForum <baseUrl> <adminEmail> <adminPassword> [members=50]");
            System.exit(2);
        }
        String baseUrl = args[0];
        int memberCount = args.length > 3 ? Integer.parseInt(args[3]) : LoadForum.MEMBERS;
        BenchMembers.raiseLimits(Api.as(baseUrl, args[1], args[2]));
        List<ForumIds.Member> members = new BenchMembers(baseUrl).register(memberCount);

        Api visitor = Api.anonymous(baseUrl);
        List<Long> categories = new ArrayList<>();
        collect(visitor.get("/api/v1/forum/categories").expect(200, "the categories").getJsonArray("items"),
                categories);
        List<Long> topics = new ArrayList<>();
        for (long category : categories) {
            String page = "/api/v1/forum/categories/" + category + "/topics?limit=100";
            while (page != null) {
                JsonObject listed = visitor.get(page).expect(200, "the topics of category " + category);
                listed.getJsonArray("items").forEach(topic -> topics.add(topic.asJsonObject().getJsonNumber("id")
                        .longValue()));
                page = !listed.containsKey("next") || listed.isNull("next") ? null : relative(listed.getString("next"));
            }
        }
        Path file = Path.of("forum-ids.txt").toAbsolutePath();
        new ForumIds(categories, topics, members).write(file);
        System.out.println(categories.size() + " categories, " + topics.size() + " topics, " + members.size()
                + " members: wrote " + file);
    }

    private static void collect(List<JsonValue> nodes, List<Long> into) {
        for (JsonValue node : nodes) {
            into.add(node.asJsonObject().getJsonNumber("id").longValue());
            collect(node.asJsonObject().getJsonArray("children"), into);
        }
    }

    /** The path and query of a next-page link, which the server may give absolute. */
    private static String relative(String link) {
        int path = link.indexOf("/api/");
        String relative = path < 0 ? link : link.substring(path);
        return relative.replace(" ", URLEncoder.encode(" ", StandardCharsets.UTF_8));
    }
}
