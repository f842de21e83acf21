package org.symbiose.plugins.ideas.export;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.symbiose.plugins.ideas.IdeasRights;
import org.symbiose.plugins.ideas.box.Boxes;
import org.symbiose.plugins.ideas.idea.Idea;
import org.symbiose.plugins.ideas.idea.Ideas;

/**
 * A box's ideas as CSV for the product team (RFC 4180, CRLF lines, a header): id, title, status,
 * votes, author, created, url, tags (separated by spaces). Managers only.
 */
@Component(service = IdeasCsv.class)
public class IdeasCsv {

    static final String HEADER = "id,title,status,votes,author,created,url,tags";

    @Reference
    private Ideas ideas;

    @Reference
    private Boxes boxes;

    @Reference
    private IdeasRights rights;

    /** The box's listed ideas, newest first, with links under {@code siteRoot} (no trailing slash). */
    public String csv(long boxId, String siteRoot, long actorId) {
        rights.requireManager(actorId);
        boxes.require(boxId, actorId);
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Idea idea : ideas.all(boxId)) {
            csv.append(row(idea, siteRoot)).append("\r\n");
        }
        return csv.toString();
    }

    static String row(Idea idea, String siteRoot) {
        return Stream.of(Long.toString(idea.id()), idea.title(), idea.status(), Long.toString(idea.votes()),
                idea.author().displayName(), idea.created().toString(), siteRoot + idea.link(),
                String.join(" ", idea.tags())).map(IdeasCsv::field).collect(Collectors.joining(","));
    }

    /**
     * One field: quoted when it holds a comma, quote or line break; a text a spreadsheet would run
     * as a formula (= + - @) is prefixed with a quote mark.
     */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9]+")) {
            text = "'" + text;
        }
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
