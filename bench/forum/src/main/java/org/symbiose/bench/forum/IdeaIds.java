package org.symbiose.bench.forum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A box IdeaSeed filled and IdeaVotes votes in, one per line: {@code box <id>}, then {@code idea <id>}. */
record IdeaIds(long box, List<Long> ideas) {

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("box " + box);
        ideas.forEach(id -> lines.add("idea " + id));
        Files.write(file, lines);
    }

    static IdeaIds read(Path file) throws IOException {
        long box = -1;
        List<Long> ideas = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.split(" ");
            switch (fields[0]) {
                case "box" -> box = Long.parseLong(fields[1]);
                case "idea" -> ideas.add(Long.parseLong(fields[1]));
                default -> throw new IOException("unexpected line in " + file + ": " + line);
            }
        }
        return new IdeaIds(box, ideas);
    }
}
