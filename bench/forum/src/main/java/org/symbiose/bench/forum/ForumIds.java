package org.symbiose.bench.forum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What LoadForum created and ForumLoad loads, one per line: {@code category <id>}, {@code topic <id>},
 * {@code member <email> <password>}.
 */
record ForumIds(List<Long> categories, List<Long> topics, List<Member> members) {

    /** A member who may post, signed in with HTTP Basic. */
    record Member(String email, String password) {
    }

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        categories.forEach(id -> lines.add("category " + id));
        topics.forEach(id -> lines.add("topic " + id));
        members.forEach(member -> lines.add("member " + member.email() + " " + member.password()));
        Files.write(file, lines);
    }

    static ForumIds read(Path file) throws IOException {
        ForumIds ids = new ForumIds(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.split(" ");
            switch (fields[0]) {
                case "category" -> ids.categories.add(Long.parseLong(fields[1]));
                case "topic" -> ids.topics.add(Long.parseLong(fields[1]));
                case "member" -> ids.members.add(new Member(fields[1], fields[2]));
                default -> throw new IOException("unexpected line in " + file + ": " + line);
            }
        }
        return ids;
    }
}
